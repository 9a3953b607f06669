import type { EventImport } from '../../core/cases';
import { stmt, type Db } from '../statements';
import { appendToLog, CASE_EVENTS } from './event-logs';

export interface EventRow {
  id: string;
  caseId: string;
  agentId: string;
  at: number;
  kind: string;
  payload: unknown;
}

export function appendEvent(db: Db, row: EventRow): void {
  appendToLog(db, CASE_EVENTS, row);
}

export interface EventWithAgent extends EventRow {
  agentName: string;
  /** Only on an event brought in by an import: where it came from (core/cases.ts, EventImport). */
  imported?: EventImport;
}

/** A case's timeline, oldest first; events brought in by an import say which (migration 0120). */
export function listEvents(db: Db, caseId: string): EventWithAgent[] {
  type Row = Omit<EventWithAgent, 'payload' | 'imported'> & {
    payload: string;
    importId: string | null;
    fileName: string | null;
    exportedByName: string | null;
    exportedAt: number | null;
    importedByName: string | null;
    importedAt: number | null;
  };
  const rows = stmt<[string], Row>(
    db,
    `SELECT e.id, e.case_id AS caseId, e.agent_id AS agentId, a.name AS agentName, e.at, e.kind, e.payload,
       i.id AS importId, i.file_name AS fileName, i.exported_by_name AS exportedByName,
       i.exported_at AS exportedAt, ia.name AS importedByName, i.imported_at AS importedAt
     FROM case_events e JOIN agents a ON a.id = e.agent_id
       LEFT JOIN imported_rows r ON r.table_name = 'case_events' AND r.row_id = e.id
       LEFT JOIN imports i ON i.id = r.import_id
       LEFT JOIN agents ia ON ia.id = i.imported_by
     WHERE e.case_id = ? ORDER BY e.at, e.id`,
  ).all(caseId);
  return rows.map(({ importId, fileName, exportedByName, exportedAt, importedByName, importedAt, ...r }) => ({
    ...r,
    payload: JSON.parse(r.payload) as unknown,
    ...(importId === null
      ? {}
      : {
          imported: {
            importId,
            fileName,
            exportedByName: exportedByName ?? '',
            exportedAt: exportedAt ?? 0,
            importedByName: importedByName ?? '',
            importedAt: importedAt ?? 0,
          },
        }),
  }));
}

export function getEvent(db: Db, id: string): EventRow | undefined {
  const row = stmt<[string], Omit<EventRow, 'payload'> & { payload: string }>(
    db,
    'SELECT id, case_id AS caseId, agent_id AS agentId, at, kind, payload FROM case_events WHERE id = ?',
  ).get(id);
  return row && { ...row, payload: JSON.parse(row.payload) as unknown };
}

/** The text of a note as last edited, or undefined when it was never edited. */
export function lastNoteEdit(db: Db, caseId: string, noteId: string): string | undefined {
  const row = stmt<[string, string], { body: string }>(
    db,
    `SELECT json_extract(payload, '$.body') AS body FROM case_events
     WHERE case_id = ? AND kind = 'note_edited' AND json_extract(payload, '$.noteId') = ?
     ORDER BY at DESC, id DESC LIMIT 1`,
  ).get(caseId, noteId);
  return row?.body;
}

/** Who logged the case: the agent of its `created` event. */
export function caseCreator(db: Db, caseId: string): string | undefined {
  return stmt<[string], string>(
    db,
    "SELECT agent_id FROM case_events WHERE case_id = ? AND kind = 'created' ORDER BY at, id LIMIT 1",
  )
    .pluck()
    .get(caseId);
}
