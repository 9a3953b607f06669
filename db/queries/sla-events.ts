import type { Db } from '../open';
import { stmt } from '../statements';

export interface SlaEventRow {
  caseId: string;
  at: number;
  kind: string;
  /** created: severity; status_changed: status; field_changed on severity: severity; else null. */
  value: string | null;
}

// Only what the clocks read, with the one payload field each kind needs extracted in SQL.
const SLA_EVENTS = `SELECT case_id AS caseId, at, kind,
    CASE kind
      WHEN 'created' THEN json_extract(payload, '$.severity')
      WHEN 'status_changed' THEN json_extract(payload, '$.to')
      WHEN 'field_changed' THEN json_extract(payload, '$.to')
    END AS value
  FROM case_events
  WHERE kind IN ('created', 'status_changed', 'reply', 'call')
     OR (kind = 'field_changed' AND json_extract(payload, '$.field') = 'severity')`;

/** The clock-relevant events of one case, oldest first. */
export function slaEvents(db: Db, caseId: string): SlaEventRow[] {
  return stmt<[string], SlaEventRow>(db, `SELECT * FROM (${SLA_EVENTS}) WHERE caseId = ? ORDER BY at`).all(
    caseId,
  );
}

/** The same for many cases at once, grouped by case. */
export function slaEventsForCases(db: Db, caseIds: readonly string[]): Map<string, SlaEventRow[]> {
  const rows = stmt<[string], SlaEventRow>(
    db,
    `SELECT e.case_id AS caseId, e.at, e.kind,
       CASE e.kind
         WHEN 'created' THEN json_extract(e.payload, '$.severity')
         WHEN 'status_changed' THEN json_extract(e.payload, '$.to')
         WHEN 'field_changed' THEN json_extract(e.payload, '$.to')
       END AS value
     FROM json_each(?) ids JOIN case_events e ON e.case_id = ids.value
     WHERE e.kind IN ('created', 'status_changed', 'reply', 'call')
        OR (e.kind = 'field_changed' AND json_extract(e.payload, '$.field') = 'severity')
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
