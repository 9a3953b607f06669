import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES, operations } from '../../core/api';
import type { OperationDeclaration } from '../../core/operation';
import { handlers } from '../../electron/services/index';

type Module = Record<string, Record<string, unknown>>;
const recordOf = (module: Module, suffix: string) =>
  Object.entries(module).find(([name]) => name.endsWith(suffix))?.[1] ?? {};

// Each domain's `<domain>Operations` record, wherever in core/ it is declared; its service is
// electron/services/<domain>.ts (`caseListOperations` → case-list.ts).
const coreModules = readdirSync(path.resolve(import.meta.dirname, '../../core'))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map((file) => path.basename(file, '.ts'));
const declaredRecords = async () => {
  const records: [string, Record<string, unknown>][] = [];
  for (const name of coreModules) {
    const module = (await import(`../../core/${name}.ts`)) as Module;
    for (const [exported, record] of Object.entries(module))
      if (exported.endsWith('Operations')) records.push([exported.slice(0, -'Operations'.length), record]);
  }
  return records;
};
const serviceFile = (domain: string) => domain.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const declared = Object.fromEntries(await declaredRecords());

describe('each domain declares its operations once, and its service implements exactly those', () => {
  it.each(Object.entries(declared))('%s', async (domain, record) => {
    const services = (await import(`../../electron/services/${serviceFile(domain)}.ts`)) as Module;
    expect(Object.keys(record).length).toBeGreaterThan(0);
    expect(Object.keys(recordOf(services, 'Handlers')).sort()).toEqual(Object.keys(record).sort());
  });

  it('no operation is declared by two domains', async () => {
    let count = 0;
    for (const [, record] of await declaredRecords()) count += Object.keys(record).length;
    expect(count).toBe(OPERATION_NAMES.length);
    expect(Object.keys(handlers).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it('reads never need a sign-in', () => {
    const declarations: [string, OperationDeclaration][] = Object.entries(operations);
    for (const [name, d] of declarations) if (d.access === 'read') expect(d.needsSignIn, name).toBe(false);
  });
});
