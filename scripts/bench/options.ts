// The benchmark's command line (see main.ts), read and checked once.
import { parseArgs } from 'node:util';

export const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    out: { type: 'string' },
    markdown: { type: 'string' },
    runs: { type: 'string', default: '200' },
    ui: { type: 'boolean', default: false },
    // Team sync on a throwaway PostgreSQL cluster, or on the server this URL names.
    sync: { type: 'boolean', default: false },
    pg: { type: 'string' },
    // Only these suites (comma-separated, of SUITES); all by default.
    only: { type: 'string' },
    // Keep the generated desk in this file and reuse it on the next run (one size only): a desk of a
    // million cases takes long to generate.
    desk: { type: 'string' },
  },
});
export const SUITES = [
  'search',
  'knowledge',
  'lists',
  'export',
  'detail',
  'writes',
  'handover',
  'reports',
  'loop',
  'import',
] as const;
export type Suite = (typeof SUITES)[number];
const only = values.only?.split(',').map((s) => s.trim());
const unknownSuite = only?.find((s) => !(SUITES as readonly string[]).includes(s));
if (unknownSuite !== undefined) {
  console.error(`--only takes suites of: ${SUITES.join(', ')}; not "${unknownSuite}"`);
  process.exit(2);
}
export const wanted = (suite: Suite) => !only || only.includes(suite);
export const sizes = values.cases.split(',').map((n) => Number(n.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 100)) {
  console.error(`--cases takes whole numbers of at least 100 (comma-separated), not "${values.cases}"`);
  process.exit(2);
}
if (values.desk && sizes.length > 1) {
  console.error('--desk keeps one desk: give one size with --cases');
  process.exit(2);
}
export const RUNS = Number(values.runs);
