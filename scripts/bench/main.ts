// `npm run bench [-- --cases N[,N…]] [--out FILE.json] [--markdown FILE.md]`
import Database, { type Statement } from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CASE_STATUSES, isOpenStatus } from '../../core/domain';
import { caseCount, casePage, caseSearch } from '../../electron/services/case-list';
import { addNote, caseDetail } from '../../electron/services/cases';
import type { ServiceContext } from '../../electron/services/context';
import { openDesk } from '../../electron/services/desk';
import { generateDesk } from './generate';
import { composeForShift } from '../../electron/services/handover';
import { recomputeOpenCases } from '../../electron/services/sla';
import { HANDOVER_OPEN_CASES, prepareHandoverDesk } from './handover';
import { benchImport } from './import';
import { measure, type Timing } from './measure';
import { markdownReport, type Entry } from './report';
import { recordingDb, replay, type RecordedStatement } from './sql-recorder';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    out: { type: 'string' },
    markdown: { type: 'string' },
    runs: { type: 'string', default: '200' },
  },
});
const sizes = values.cases.split(',').map((n) => Number(n.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 100)) {
  console.error(`--cases takes whole numbers of at least 100 (comma-separated), not "${values.cases}"`);
  process.exit(2);
}
const RUNS = Number(values.runs);
const OPEN = CASE_STATUSES.filter(isOpenStatus);

function benchDesk(cases: number): Entry[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shiftdesk-bench-'));
  const dbPath = path.join(dir, 'bench.db');
  const desk = openDesk({ dbPath, version: 'bench' });
  const ctx = desk.ctx;
  const started = Date.now();
  const desk10 = generateDesk(ctx.db, ctx.agentId, cases, (done) =>
    process.stdout.write(
      `\r  generating ${cases.toLocaleString('en')} cases × 10 events: ${Math.round((done / cases) * 100)}%`,
    ),
  );
  // Open cases get their due times as the app gives them: from the SLA policy over their timelines.
  recomputeOpenCases(ctx);
  // As after the app's next start: `PRAGMA optimize` at open gives the planner its statistics.
  ctx.db.pragma('optimize=0x10002');
  const generated = (Date.now() - started) / 1000;
  console.log(
    `\r  generated ${cases.toLocaleString('en')} cases in ${generated.toFixed(1)} s, ${(statSync(dbPath).size / 1e6).toFixed(0)} MB`,
  );

  // Baselines replay the exact statements the service ran, on a bare connection to the same file.
  const bare = new Database(dbPath, { readonly: true });
  const cache = new Map<string, Statement<unknown[]>>();
  const recorded = (call: (c: ServiceContext) => void): RecordedStatement[] => {
    const log: RecordedStatement[] = [];
    call({ ...ctx, db: recordingDb(ctx.db, log) });
    return log;
  };
  const entries: Entry[] = [];
  const run = (
    name: string,
    variants: ((c: ServiceContext) => void)[],
    withBaseline: boolean,
    runs = RUNS,
  ) => {
    const timing: Timing = measure(runs, (i) => variants[i % variants.length]!(ctx));
    const entry: Entry = { name, cases, ...timing };
    if (withBaseline) {
      const logs = variants.map(recorded);
      entry.baseline_p95_ms = measure(runs, (i) => replay(bare, logs[i % logs.length]!, cache)).p95_ms;
    }
    entries.push(entry);
    const ratio = entry.baseline_p95_ms
      ? `  (${(entry.p95_ms / entry.baseline_p95_ms).toFixed(2)}× baseline)`
      : '';
    console.log(
      `  ${name.padEnd(24)} p50 ${timing.p50_ms.toFixed(3)} ms  p95 ${timing.p95_ms.toFixed(3)} ms  max ${timing.max_ms.toFixed(3)} ms${ratio}`,
    );
  };
  const search = (query: string) => (c: ServiceContext) =>
    void caseSearch(c, { query, filters: {}, limit: 50 });

  run('search_zh_3char', ['无法登', '邮件延', '共享邮', '权限继'].map(search), true);
  run('search_en_word', ['Outlook', 'password', 'Teams', 'invoice'].map(search), true);
  run(
    'search_customer',
    desk10.customerNames.slice(0, 8).map((n) => search(n.slice(0, 4))),
    true,
  );
  run(
    'search_request_number',
    desk10.requestNumbers.slice(0, 8).map((n) => search(n.slice(-8))),
    true,
  );
  run(
    'list_first_page',
    [(c) => void casePage(c, { filters: {}, sort: 'updated', dir: 'desc', limit: 100 })],
    true,
  );
  run(
    'list_filtered_page',
    [
      (c) =>
        void casePage(c, {
          filters: { statuses: OPEN, severities: ['A'] },
          sort: 'updated',
          dir: 'desc',
          limit: 100,
        }),
      (c) =>
        void casePage(c, {
          filters: { supportAreas: ['client_connectivity'] },
          sort: 'updated',
          dir: 'desc',
          limit: 100,
        }),
    ],
    true,
  );
  run(
    'list_filtered_sorted',
    [
      (c) =>
        void casePage(c, {
          filters: { supportAreas: ['client_connectivity'], services: ['azure'] },
          sort: 'title',
          dir: 'asc',
          limit: 100,
        }),
    ],
    true,
  );
  run(
    'list_due_sorted',
    [
      (c) => void casePage(c, { filters: {}, sort: 'due', dir: 'asc', limit: 100 }),
      (c) => void casePage(c, { filters: { dueWithinMin: 60 }, sort: 'due', dir: 'asc', limit: 100 }),
    ],
    true,
  );
  run(
    'list_count_filtered',
    [
      (c) => void caseCount(c, { filters: { statuses: OPEN, severities: ['A'] } }),
      (c) => void caseCount(c, { filters: { supportAreas: ['client_connectivity'], services: ['azure'] } }),
    ],
    true,
    Math.min(RUNS, 50),
  );
  const ids = desk10.caseIds;
  run(
    'case_detail',
    [(c) => void caseDetail(c, { id: ids[Math.floor(Math.random() * ids.length)]! })],
    false,
  );
  run(
    'event_append',
    [
      (c) =>
        void addNote(c, { caseId: ids[ids.length - 1]!, body: '值班记录：已电话回访客户，问题未复现。' }),
    ],
    false,
  );
  // Last, because it adds open cases: the handover of a desk with 5,000 open cases (./handover.ts).
  const added = prepareHandoverDesk(ctx);
  console.log(
    `  handover desk: ${HANDOVER_OPEN_CASES.toLocaleString('en')} open cases (${added.toLocaleString('en')} added)`,
  );
  run('handover', [(c) => void composeForShift(c)], false);

  const rssMb = process.memoryUsage().rss / 1e6;
  console.log(`  process RSS after the run: ${rssMb.toFixed(0)} MB`);
  bare.close();
  desk.close();
  rmSync(dir, { recursive: true, force: true });

  entries.push(benchImport(Math.min(cases, 100_000), cases));
  return entries;
}

const all: Entry[] = [];
for (const cases of sizes) {
  console.log(`\nShiftDesk benchmark — ${cases.toLocaleString('en')} cases`);
  all.push(...benchDesk(cases));
}
const table = markdownReport(all);
console.log(`\n${table}`);
if (values.out) writeFileSync(values.out, `${JSON.stringify(all, null, 2)}\n`);
if (values.markdown) writeFileSync(values.markdown, table);
