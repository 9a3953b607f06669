import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES, operations } from '../../core/api';
import type { OperationDeclaration } from '../../core/operation';
import { handlers } from '../../electron/services/index';

const domains = readdirSync(path.resolve(import.meta.dirname, '../../core/operations')).map((file) =>
  path.basename(file, '.ts'),
);

type Module = Record<string, Record<string, unknown>>;
const recordOf = (module: Module, suffix: string) =>
  Object.entries(module).find(([name]) => name.endsWith(suffix))?.[1] ?? {};

describe('each domain declares its operations once, and its service implements exactly those', () => {
  it.each(domains)('%s', async (domain) => {
    const declared = recordOf((await import(`../../core/operations/${domain}.ts`)) as Module, 'Operations');
    const services = (await import(`../../electron/services/${domain}.ts`)) as Module;
    expect(Object.keys(declared).length).toBeGreaterThan(0);
    expect(Object.keys(recordOf(services, 'Handlers')).sort()).toEqual(Object.keys(declared).sort());
  });

  it('no operation is declared by two domains', async () => {
    let declared = 0;
    for (const domain of domains) {
      const module = (await import(`../../core/operations/${domain}.ts`)) as Module;
      declared += Object.keys(recordOf(module, 'Operations')).length;
    }
    expect(declared).toBe(OPERATION_NAMES.length);
    expect(Object.keys(handlers).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it('reads never need a sign-in', () => {
    const declarations: [string, OperationDeclaration][] = Object.entries(operations);
    for (const [name, d] of declarations) if (d.access === 'read') expect(d.needsSignIn, name).toBe(false);
  });
});
