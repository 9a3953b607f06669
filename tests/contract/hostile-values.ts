// Generated input for the hostile-input property test: values shaped after an operation's own schema (so
// that many pass it and reach the service), with hostile leaves mixed in: control characters, halves of
// UTF-16 pairs, bidi overrides, search syntax, huge and non-finite numbers, deep nesting, wrong types.
import type { z } from 'zod';
import type { SeededRandom } from '../../electron/services/seeded-random';
import { defOf, WRAPPER_TYPES } from './zod-defs';

const HOSTILE_STRINGS = [
  '\u0000',
  'a\u0000b',
  'SD-2026-\u0000',
  '\u0001\u0002\u001f\u007f',
  '\ud800',
  'x\udc00y',
  'invoice\u202egpj.exe',
  '\u200f\u2066',
  '"',
  '"unclosed',
  '-',
  'NOT',
  'OR OR',
  '*',
  '()',
  'status:',
  'created:>',
  'created:9999-99-99..',
  "'; DROP TABLE cases; --",
  '%_\\',
  '😀'.repeat(50),
  '长'.repeat(5_000),
  'x'.repeat(70_000),
  '../../etc/passwd',
  'CON',
  '__proto__',
  'constructor',
  'SD-2026-9007199254740991',
  ' ',
];
const PLAIN_STRINGS = [
  '2026-01-05',
  '09:00',
  'VIP',
  'a@b.cn',
  '13800138000',
  'office365',
  '1234',
  '',
  'a',
  'Outlook',
  '邮件',
  '上海明远贸易有限公司',
  'SD-2026-000001',
  'x.partner.onmschina.cn',
];
const HOSTILE_NUMBERS = [
  -1,
  -0,
  0.5,
  2 ** 31,
  2 ** 53 + 2,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  1e300,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  8.64e15 + 1,
];
const PLAIN_NUMBERS = [0, 1, 5, 30, 100, 1_700_000_000_000];

function deep(levels: number, leaf: unknown): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < levels; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
}

export interface Pools {
  /** Ids of rows that exist, so that generated input reaches the service behind the schema. */
  ids: string[];
  /** Ids by the field name that takes them (`caseId`, `customerId` …). */
  named: Record<string, string[]>;
  /** How often a node is replaced by a hostile value; 0 makes plausible input that reaches the services. */
  hostility: number;
}

export function hostileValue(rng: SeededRandom): unknown {
  const r = rng.next();
  if (r < 0.45) return rng.pick(HOSTILE_STRINGS);
  if (r < 0.7) return rng.pick(HOSTILE_NUMBERS);
  if (r < 0.78) return deep(rng.pick([40, 1_000]), rng.pick(HOSTILE_STRINGS));
  if (r < 0.84) return Array.from({ length: rng.pick([0, 600, 5_000]) }, () => 'a');
  if (r < 0.9) return { ['__proto__']: { polluted: true }, constructor: 1 };
  return rng.pick([null, true, false, {}, [], undefined]);
}

/** A value for `schema`: mostly of its shape, sometimes hostile at this very node. */
export function valueFor(schema: z.ZodType, rng: SeededRandom, pools: Pools, depth = 0): unknown {
  if (rng.next() < pools.hostility) return hostileValue(rng);
  const def = defOf(schema);
  const again = (s: z.ZodType) => valueFor(s, rng, pools, depth + 1);
  if (WRAPPER_TYPES.has(def.type)) {
    if (rng.next() < 0.2) return def.type === 'nullable' ? null : undefined;
    return again(def.innerType!);
  }
  switch (def.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        if (rng.next() < 0.15 * (pools.hostility > 0 ? 1 : 0.3)) continue;
        // An id field mostly names a row that exists, so that the call gets past "not found".
        const named = /(^id|Id)$/.test(key) ? pools.named[key] : undefined;
        out[key] = named && rng.next() < 0.8 ? rng.pick(named) : again(field);
      }
      if (rng.next() < pools.hostility / 2) out[rng.pick(HOSTILE_STRINGS)] = hostileValue(rng);
      return out;
    }
    case 'pipe':
      return again(def.in!);
    case 'lazy':
      return depth > 6 ? null : again(def.getter!());
    case 'array':
      return depth > 6 ? [] : Array.from({ length: rng.pick([0, 1, 2, 3]) }, () => again(def.element!));
    case 'tuple':
      return (def.items ?? []).map(again);
    case 'union':
      return again(rng.pick(def.options!));
    case 'record': {
      const out: Record<string, unknown> = {};
      for (let i = rng.pick([0, 1, 3]); i > 0; i -= 1) {
        out[rng.pick([...PLAIN_STRINGS, ...HOSTILE_STRINGS]).slice(0, 50) || 'k'] =
          def.valueType && defOf(def.valueType).type !== 'unknown' ? again(def.valueType) : hostileValue(rng);
      }
      return out;
    }
    case 'enum':
      return rng.pick(Object.values(def.entries ?? { x: 'x' }));
    case 'literal':
      return rng.pick(def.values ?? [null]);
    case 'string':
      return rng.next() < 0.45
        ? rng.pick(pools.ids)
        : rng.next() < 1 - pools.hostility * 4
          ? rng.pick(PLAIN_STRINGS)
          : rng.pick(HOSTILE_STRINGS);
    case 'number':
    case 'int':
      return rng.next() < 1 - pools.hostility * 3 ? rng.pick(PLAIN_NUMBERS) : rng.pick(HOSTILE_NUMBERS);
    case 'boolean':
      return rng.next() < 0.5;
    case 'null':
      return null;
    default:
      return hostileValue(rng);
  }
}
