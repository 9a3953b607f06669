import type { CaseStatus, Severity } from '../../core/domain';
import { CLOCK_EVENT_KINDS, type SlaEvent } from '../../core/sla';
import { sqlList } from '../sql-lists';
import { stmt, type Db } from '../statements';

export interface SlaEventRow {
  caseId: string;
  at: number;
  kind: string;
  /** created: severity; status_changed: status; field_changed on severity: severity; else null. */
  value: string | null;
}

// Only what the clocks read, with the one payload field each kind needs extracted in SQL.
const VALUE = `CASE e.kind
    WHEN 'created' THEN json_extract(e.payload, '$.severity')
    WHEN 'status_changed' THEN json_extract(e.payload, '$.to')
    WHEN 'field_changed' THEN json_extract(e.payload, '$.to')
  END`;
const CLOCK_KINDS = `(e.kind IN ${sqlList(CLOCK_EVENT_KINDS)}
  OR (e.kind = 'field_changed' AND json_extract(e.payload, '$.field') = 'severity'))`;

/** The clock-relevant events of one case, oldest first (case_events_case index). */
export function slaEvents(db: Db, caseId: string): SlaEventRow[] {
  return stmt<[string], SlaEventRow>(
    db,
    `SELECT e.case_id AS caseId, e.at, e.kind, ${VALUE} AS value FROM case_events e
     WHERE e.case_id = ? AND ${CLOCK_KINDS} ORDER BY e.at, e.id`,
  ).all(caseId);
}

/** The same for many cases at once, grouped by case. */
export function slaEventsForCases(db: Db, caseIds: readonly string[]): Map<string, SlaEventRow[]> {
  const rows = stmt<[string], SlaEventRow>(
    db,
    `SELECT e.case_id AS caseId, e.at, e.kind, ${VALUE} AS value
     FROM json_each(?) ids JOIN case_events e ON e.case_id = ids.value
     WHERE ${CLOCK_KINDS}
     ORDER BY e.case_id, e.at, e.id`,
  ).all(JSON.stringify(caseIds));
  const byCase = new Map<string, SlaEventRow[]>();
  for (const row of rows) {
    const list = byCase.get(row.caseId);
    if (list) list.push(row);
    else byCase.set(row.caseId, [row]);
  }
  return byCase;
}

/** Timeline rows as the pure clock arithmetic reads them. */
export function toSlaEvents(rows: readonly SlaEventRow[]): SlaEvent[] {
  return rows.map((r): SlaEvent => {
    switch (r.kind) {
      case 'created':
        return { at: r.at, kind: 'created', severity: r.value as Severity };
      case 'status_changed':
        return { at: r.at, kind: 'status', to: r.value as CaseStatus };
      case 'field_changed':
        return { at: r.at, kind: 'severity', to: r.value as Severity };
      default:
        return { at: r.at, kind: 'touch' };
    }
  });
}
