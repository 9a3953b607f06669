// The service rows: each operation through dispatch as a transport calls it, beside the bare engine query
// or physical limit that answers the same question, interleaved in one loop.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { EXPORT_CHUNK } from '../../core/case-export';
import type { CasePage } from '../../core/case-query';
import { OPEN_CASE_STATUSES } from '../../core/domain';
import type { Desk } from '../../electron/services/desk';
import { PAGE_SIZE, SEARCH_LIMIT } from '../../renderer/features/caselist/list-limits';
import { generate } from './desk-file';
import { benchEventLoop } from './event-loop';
import { bareExportChunk, exportCursors, exportWholeDesk } from './export';
import { HANDOVER_OPEN_CASES, prepareHandoverDesk } from './handover';
import { benchImport } from './import';
import { KNOWLEDGE_ARTICLES, knowledgeRows, prepareKnowledge } from './knowledge';
import { bareReports, bareTimesVolumeReports, fillReportHistory, fillResolutions } from './lead-reports';
import { LIST_CLASSES, bareCount, bareList } from './list-mix';
import { interleaved, measure } from './measure';
import { RUNS, wanted } from './options';
import { printRow, type Entry } from './report';
import { searchMix } from './search-mix';
import { bareWriter, fdatasyncProbe } from './writes';

const OPEN = [...OPEN_CASE_STATUSES];

/** Calls an operation as a transport does; a refusal stops the benchmark. */
const serviceCall =
  (desk: Desk) =>
  <T>(name: string, input: unknown): T => {
    const result = desk.dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };

export async function benchDesk(cases: number): Promise<Entry[]> {
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
          // The newer reports' baselines are their own statements, without the service around them; the
          // times report's is the bare read of the events it measures (see lead-reports.ts).
          what:
            report === 'sla' || report === 'handovers'
              ? 'bare aggregate over the range'
              : report === 'times'
                ? "bare read of the range's clock events"
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
