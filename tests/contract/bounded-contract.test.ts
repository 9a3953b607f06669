import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { operations } from '../../core/api';
import { defOf, WRAPPER_TYPES, type ZodDef } from './zod-defs';

/**
 * Every string and array an operation takes, with nothing bounding its length. The central checks
 * (core/input-bounds.ts) bound depth and the number of values; lengths are each schema's to state.
 */
function unbounded(schema: z.ZodType, path: string, out: string[], seen = new Set<unknown>()): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = defOf(schema);
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const hasMax = checks.some(
    (c) => c.check === 'max_length' || c.check === 'length_equals' || c.format === 'uuid',
  );
  const inner = (key: keyof ZodDef, at = path) => unbounded(def[key] as z.ZodType, at, out, seen);
  if (WRAPPER_TYPES.has(def.type)) return inner('innerType');
  switch (def.type) {
    case 'string':
      if (!hasMax) out.push(`${path}: string`);
      return;
    case 'array':
      if (!hasMax) out.push(`${path}: array`);
      return inner('element', `${path}[]`);
    case 'object':
      for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        unbounded(field, `${path}.${key}`, out, seen);
      }
      return;
    case 'pipe':
      return inner('in');
    case 'union':
      (def.options as z.ZodType[]).forEach((o, i) => unbounded(o, `${path}|${i}`, out, seen));
      return;
    case 'record':
      inner('keyType', `${path}{key}`);
      return inner('valueType', `${path}{value}`);
    case 'lazy':
      return unbounded((def.getter as () => z.ZodType)(), path, out, seen);
    default:
      return;
  }
}

describe('the contract', () => {
  it('bounds the length of every string and list any operation takes', () => {
    const out: string[] = [];
    for (const [name, op] of Object.entries(operations)) unbounded(op.input, name, out);
    expect(out).toEqual([]);
  });
});
