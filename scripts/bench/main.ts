// `npm run bench [-- --ui | --sync [--pg URL]] [--cases N[,N…]] [--runs N] [--only SUITES] [--desk FILE]
//   [--out FILE.json] [--markdown FILE.md]`
// Each row times an operation through the service as the app calls it (dispatch: validation, handler,
// result) and, in the same loop, the bare engine query or physical limit that answers the same question.
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_CHUNK } from '../../core/case-export';
import type { CasePage } from '../../core/case-query';
import { OPEN_CASE_STATUSES } from '../../core/domain';
import { openDesk, type Desk } from '../../electron/services/desk';
import { recomputeOpenCases } from '../../electron/services/sla';
import { refreshSearchIndex } from '../../db/search/index-writer';
import { generateDesk, type GeneratedDesk } from './generate';
import { KNOWLEDGE_ARTICLES, knowledgeRows, prepareKnowledge } from './knowledge';
import { HANDOVER_OPEN_CASES, prepareHandoverDesk } from './handover';
import { bareReports, bareTimesVolumeReports, fillReportHistory, fillResolutions } from './lead-reports';
import { bareExportChunk, exportCursors, exportWholeDesk } from './export';
import { benchEventLoop } from './event-loop';
import { benchImport } from './import';
import { PAGE_SIZE, SEARCH_LIMIT } from '../../renderer/features/caselist/list-limits';
import { LIST_CLASSES, bareCount, bareList } from './list-mix';
import { interleaved, measure, type Stats } from './measure';
import { markdownReport, met, ratioOf, targetOf, type Entry } from './report';
import { searchIndexBytes, searchMix } from './search-mix';
import { benchUi } from './ui/run-ui';
import { benchSync } from './sync';
import { bareWriter, fdatasyncProbe } from './writes';

const { values } = parseArgs({
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
const SUITES = [
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
type Suite = (typeof SUITES)[number];
const only = values.only?.split(',').map((s) => s.trim());
const unknownSuite = only?.find((s) => !(SUITES as readonly string[]).includes(s));
if (unknownSuite !== undefined) {
  console.error(`--only takes suites of: ${SUITES.join(', ')}; not "${unknownSuite}"`);
  process.exit(2);
}
const wanted = (suite: Suite) => !only || only.includes(suite);
const sizes = values.cases.split(',').map((n) => Number(n.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 100)) {
  console.error(`--cases takes whole numbers of at least 100 (comma-separated), not "${values.cases}"`);
  process.exit(2);
}
if (values.desk && sizes.length > 1) {
  console.error('--desk keeps one desk: give one size with --cases');
  process.exit(2);
}
const RUNS = Number(values.runs);
const OPEN = [...OPEN_CASE_STATUSES];

/** Calls an operation as a transport does; a refusal stops the benchmark. */
const serviceCall =
  (desk: Desk) =>
  <T>(name: string, input: unknown): T => {
    const result = desk.dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };

const fmt = (s: Stats) =>
  `p50 ${s.p50_ms.toFixed(2)}  p95 ${s.p95_ms.toFixed(2)}  p99 ${s.p99_ms.toFixed(2)}`;

function printRow(e: Entry) {
  const ratio = ratioOf(e);
  console.log(
    `  ${e.name.padEnd(22)} ${fmt(e.service)} ${e.unit ?? 'ms'}` +
      (e.baseline ? `  | bare p95 ${e.baseline.stats.p95_ms.toFixed(2)} (${ratio!.toFixed(1)}×)` : '') +
      `  ${met(e) ? 'met' : `MISSED (${targetOf(e.name).label})`}`,
  );
}

/** The desk kept by `--desk`: its file, and beside it what the generation chose, written once it is whole. */
function keptDesk(cases: number) {
  const dbPath = path.resolve(values.desk!);
  const about = `${dbPath}.json`;
  if (!existsSync(about)) return { dbPath, about };
  const kept = JSON.parse(readFileSync(about, 'utf8')) as { cases: number; generated: GeneratedDesk };
  if (kept.cases !== cases) {
    console.error(
      `${dbPath} holds ${kept.cases} cases, not ${cases}: give --cases ${kept.cases} or another file`,
    );
    process.exit(2);
  }
  return { dbPath, about, generated: kept.generated };
}

function generate(cases: number) {
  if (values.desk) {
    const kept = keptDesk(cases);
    if (kept.generated) {
      console.log(`  the desk kept in ${kept.dbPath}`);
      const desk = openDesk({ dbPath: kept.dbPath, version: 'bench' });
      return {
        dir: path.dirname(kept.dbPath),
        dbPath: kept.dbPath,
        desk,
        generated: kept.generated,
        kept: true,
      };
    }
    if (existsSync(kept.dbPath)) rmSync(kept.dbPath); // a generation cut short: start again
  }
  const dir = values.desk
    ? path.dirname(path.resolve(values.desk))
    : mkdtempSync(path.join(os.tmpdir(), 'shiftdesk-bench-'));
  const dbPath = values.desk ? path.resolve(values.desk) : path.join(dir, 'bench.db');
  const desk = openDesk({ dbPath, version: 'bench' });
  const started = Date.now();
  const generated = generateDesk(desk.ctx.db, desk.ctx.agentId, cases, (done) =>
    process.stdout.write(
      `\r  generating ${cases.toLocaleString('en')} cases × 10 events: ${Math.round((done / cases) * 100)}%`,
    ),
  );
  // Open cases get their due times as the app gives them: from the SLA policy over their timelines.
  recomputeOpenCases(desk.ctx);
  // The search index of every case, as migration 0100 builds it on an existing log.
  const indexing = Date.now();
  refreshSearchIndex(desk.ctx.db);
  const indexMb = searchIndexBytes(desk.ctx.db) / 1e6;
  console.log(
    `\n  search index: built in ${((Date.now() - indexing) / 1000).toFixed(1)} s, ${indexMb.toFixed(0)} MB on disk`,
  );
  // As after the app's next start: `PRAGMA optimize` at open gives the planner its statistics.
  desk.ctx.db.pragma('optimize=0x10002');
  console.log(
    `\r  generated ${cases.toLocaleString('en')} cases in ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
      `${(statSync(dbPath).size / 1e6).toFixed(0)} MB`,
  );
  if (values.desk) writeFileSync(`${dbPath}.json`, JSON.stringify({ cases, generated }));
  return { dir, dbPath, desk, generated, kept: !!values.desk };
}

async function benchDesk(cases: number): Promise<Entry[]> {
  const { dir, dbPath, desk, generated, kept } = generate(cases);
  const call = serviceCall(desk);
  const bare = new Database(dbPath, { readonly: true });
  const entries: Entry[] = [];
  const pair = (
    name: string,
    about: string,
    service: (i: number) => void,
    baseline: { what: string; run: (i: number) => void },
    runs = RUNS,
  ) => {
    const timed = interleaved(runs, service, baseline.run);
    const entry: Entry = {
      name,
      cases,
      about,
      service: timed.service,
      baseline: { what: baseline.what, stats: timed.baseline },
    };
    entries.push(entry);
    printRow(entry);
  };

  if (wanted('search')) {
    for (const c of searchMix(bare, generated, cases)) {
      pair(
        c.name,
        c.about,
        (i) => void call('cases.search', { ...c.queries[i % c.queries.length]!, limit: SEARCH_LIMIT }),
        { what: c.baseline, run: c.runBaseline },
      );
      if (c.runScan) {
        const scan = measure(Math.min(RUNS, 5), c.runScan, 1);
        const entry: Entry = { name: `scan_${c.name}`, cases, about: `${c.about}, no index`, service: scan };
        entries.push(entry);
        printRow(entry);
      }
    }
  }

  if (wanted('knowledge')) {
    const knowledgeMs = prepareKnowledge(desk.ctx.db, desk.ctx.agentId);
    console.log(
      `  knowledge base: ${KNOWLEDGE_ARTICLES.toLocaleString('en')} articles indexed in ${knowledgeMs} ms`,
    );
    for (const k of knowledgeRows(bare)) pair(k.name, k.about, (i) => k.service(call, i), k.baseline);
  }

  if (wanted('lists')) {
    for (const c of LIST_CLASSES) {
      const bares = c.variants.map((v) => bareList(bare, v));
      pair(
        c.name,
        c.about,
        (i) => {
          const { filters, sort, dir } = c.variants[i % c.variants.length]!;
          call('cases.list', { filters, sort, dir, limit: PAGE_SIZE });
        },
        { what: 'bare indexed SELECT, 200 rows', run: (i) => bares[i % bares.length]!() },
      );
    }
    // A page further down the default list, as scrolling reaches it (the fifth, or the last a small desk has):
    // keyset from the end of the page before.
    let after = call<CasePage>('cases.list', { limit: PAGE_SIZE }).next;
    let pagesBefore = 1;
    while (after && pagesBefore < 4) {
      const next = call<CasePage>('cases.list', { limit: PAGE_SIZE, after }).next;
      if (!next) break;
      after = next;
      pagesBefore++;
    }
    if (after) {
      const cursor = after;
      const last = bare
        .prepare(`SELECT updated_at AS key, id FROM cases ORDER BY updated_at DESC, id DESC LIMIT 1 OFFSET ?`)
        .get(PAGE_SIZE * pagesBefore - 1) as { key: number; id: string };
      const nextPage = bare.prepare(
        `SELECT * FROM cases WHERE (updated_at, id) < (?, ?) ORDER BY updated_at DESC, id DESC LIMIT ${PAGE_SIZE}`,
      );
      pair(
        'list_next_page',
        `page ${pagesBefore + 1} of 200, newest first`,
        () => void call('cases.list', { limit: PAGE_SIZE, after: cursor }),
        { what: 'bare keyset SELECT, 200 rows', run: () => void nextPage.all(last.key, last.id) },
      );
    }
    // The totals the list shows beside a filtered page: open + A, and area + service.
    const counted = [LIST_CLASSES[1]!.variants[0]!, LIST_CLASSES[2]!.variants[0]!];
    const bareCounts = counted.map((v) => bareCount(bare, v));
    pair(
      'list_count',
      'total beside a filtered page',
      (i) => void call('cases.count', { filters: counted[i % counted.length]!.filters }),
      { what: 'bare SELECT count(*)', run: (i) => bareCounts[i % bareCounts.length]!() },
      Math.min(RUNS, 50),
    );
  }

  if (wanted('export')) {
    const cursors = exportCursors(bare, cases, 50);
    const bareChunk = bareExportChunk(bare);
    pair(
      'export_chunk',
      `one chunk of ${EXPORT_CHUNK} cases with description, tenant and tags`,
      (i) => void call('cases.export', { filters: {}, after: cursors[i % cursors.length] }),
      {
        what: `bare keyset SELECT, ${EXPORT_CHUNK} rows`,
        run: (i) => bareChunk(cursors[i % cursors.length]!),
      },
      Math.min(RUNS, 50),
    );
    const exported = exportWholeDesk(call, cases);
    printRow(exported);
    entries.push(exported);
  }

  const ids = generated.caseIds;
  const pick = (i: number) => ids[(i * 7919) % ids.length]!;
  if (wanted('detail')) {
    const caseRow = bare.prepare('SELECT * FROM cases WHERE id = ?');
    const timeline = bare.prepare('SELECT * FROM case_events WHERE case_id = ? ORDER BY at, id');
    pair(
      'case_detail',
      'a case page: the case and its timeline',
      (i) => void call('cases.get', { id: pick(i) }),
      {
        what: 'bare SELECT of the case and its events',
        run: (i) => {
          caseRow.get(pick(i));
          timeline.all(pick(i));
        },
      },
    );
  }

  if (wanted('writes')) {
    const writer = bareWriter(dir);
    const fsync = fdatasyncProbe(dir);
    const body = '值班记录：已电话回访客户，问题未复现。';
    const sync = measure(RUNS, () => fsync.sync());
    pair(
      'event_append',
      `a note on a random case (fdatasync of 4 KB: p50 ${sync.p50_ms.toFixed(2)}, p99 ${sync.p99_ms.toFixed(2)} ms)`,
      (i) => void call('cases.addNote', { caseId: pick(i), body }),
      { what: 'bare INSERT, WAL, synchronous=FULL', run: (i) => writer.insert(pick(i), body) },
    );
    writer.close();
    fsync.close();
  }

  if (wanted('handover')) {
    // Last, because it adds open cases: the handover of a desk with 5,000 open cases (./handover.ts).
    const added = prepareHandoverDesk(desk.ctx);
    console.log(
      `  handover desk: ${HANDOVER_OPEN_CASES.toLocaleString('en')} open cases (${added.toLocaleString('en')} added)`,
    );
    const openCases = bare.prepare(`SELECT * FROM cases WHERE status IN (${OPEN.map(() => '?').join(', ')})`);
    pair(
      'handover',
      'compose with 5,000 open cases',
      () => void call('handover.compose', {}),
      {
        what: 'bare SELECT of the open cases',
        run: () => void openCases.all(...OPEN),
      },
      Math.min(RUNS, 50),
    );
  }

  if (wanted('reports')) {
    // The lead reports over the last 90 days of the desk (after the handover row: the history written here
    // has no handover documents to carry over), each with the same filters a lead leaves unset.
    const team = (desk.ctx.db.prepare('SELECT id FROM agents').pluck().all() as string[]).slice(0, 4);
    const newest = fillReportHistory(desk.ctx.db, team);
    fillResolutions(desk.ctx.db);
    const range = { from: newest - 90 * 86_400_000, to: newest };
    const bareReport = { ...bareReports(bare), ...bareTimesVolumeReports(bare) };
    for (const [report, op] of [
      ['sla', 'leadReports.sla'],
      ['handovers', 'leadReports.handovers'],
      ['times', 'leadReports.times'],
      ['volume', 'leadReports.volume'],
      ['coverage', 'leadReports.coverage'],
      ['agents', 'leadReports.agents'],
    ] as const) {
      pair(
        `report_${report}`,
        `${op} over 90 days, per day`,
        () => void call(op, { ...range, granularity: 'day', utcOffsetMin: 480 }),
        {
          // The newer reports' baselines are their own statements, without the service around them.
          what:
            report === 'sla' || report === 'handovers'
              ? 'bare aggregate over the range'
              : 'the same SQL on a bare connection',
          run: () => bareReport[report](range.from, range.to),
        },
        Math.min(RUNS, 50),
      );
    }
  }

  if (wanted('loop')) {
    for (const e of await benchEventLoop(desk, call, cases)) {
      entries.push(e);
      printRow(e);
    }
  }

  console.log(`  process RSS after the run: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  bare.close();
  desk.close();
  if (!kept) rmSync(dir, { recursive: true, force: true });

  if (wanted('import')) {
    const imported = benchImport(Math.min(cases, 100_000), cases);
    printRow(imported);
    entries.push(imported);
  }
  return entries;
}

/** The UI suite on a generated desk: the host and Chromium open the same file. */
async function benchDeskUi(cases: number): Promise<Entry[]> {
  const { dir, dbPath, desk, kept } = generate(cases);
  desk.close();
  try {
    const entries = await benchUi(dbPath, cases, Math.min(RUNS, 20));
    entries.forEach(printRow);
    return entries;
  } finally {
    if (!kept) rmSync(dir, { recursive: true, force: true });
  }
}

const all: Entry[] = [];
for (const cases of sizes) {
  console.log(
    `\nShiftDesk benchmark${values.ui ? ' in the browser' : values.sync ? ' of team sync' : ''} — ${cases.toLocaleString('en')} cases`,
  );
  const suite = values.sync ? benchSync(cases, values.pg) : values.ui ? benchDeskUi(cases) : benchDesk(cases);
  const entries = await suite;
  if (values.sync) entries.forEach(printRow);
  all.push(...entries);
}
const table = markdownReport(all);
const missed = all.filter((e) => !met(e));
console.log(`\n${table}\n${all.length - missed.length} of ${all.length} rows meet their target.`);
if (values.out) writeFileSync(values.out, `${JSON.stringify(all, null, 2)}\n`);
if (values.markdown) writeFileSync(values.markdown, table);
