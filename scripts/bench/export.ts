// The case export as the page reads it: chunk after chunk through the service. Two figures: how long one
// chunk holds the host (against the bare keyset SELECT of the same rows), and how much the host grows
// while the whole desk is exported.
import type Database from 'better-sqlite3';
import { EXPORT_CHUNK, type CaseExportChunk } from '../../core/case-export';
import type { ListCursor } from '../../core/case-query';
import { stats } from './measure';
import type { Entry } from './report';

type Call = <T>(name: string, input: unknown) => T;

/** Cursors spread over the desk, so that chunks are read from everywhere in it. */
export function exportCursors(bare: Database.Database, cases: number, count: number): ListCursor[] {
  const at = bare.prepare(
    'SELECT created_at AS key, id FROM cases ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET ?',
  );
  const room = Math.max(1, cases - EXPORT_CHUNK);
  return Array.from({ length: count }, (_, i) => at.get(Math.floor((room * i) / count)) as ListCursor);
}

export function bareExportChunk(bare: Database.Database) {
  const chunk = bare.prepare(
    `SELECT * FROM cases WHERE (created_at, id) < (?, ?) ORDER BY created_at DESC, id DESC LIMIT ${EXPORT_CHUNK + 1}`,
  );
  return (after: ListCursor) => void chunk.all(after.key, after.id);
}

/** The whole desk exported once; the host's resident memory sampled after every chunk. */
export function exportWholeDesk(call: Call, cases: number): Entry {
  global.gc?.();
  const idle = process.memoryUsage().rss;
  let peak = idle;
  let after: ListCursor | null = null;
  let rows = 0;
  const started = performance.now();
  do {
    const chunk: CaseExportChunk = call('cases.export', { filters: {}, ...(after ? { after } : {}) });
    rows += chunk.rows.length;
    peak = Math.max(peak, process.memoryUsage().rss);
    after = chunk.next;
  } while (after);
  const seconds = (performance.now() - started) / 1000;
  return {
    name: 'export_memory',
    cases,
    unit: 'MB',
    about: `growth while exporting all ${rows.toLocaleString('en')} cases in ${seconds.toFixed(1)} s`,
    service: stats([(peak - idle) / 1e6]),
    baseline: { what: 'resident memory before the export', stats: stats([idle / 1e6]) },
  };
}
