import type { CaseDetail, SimilarCase } from '../../core/cases';
import type { CaseStatus } from '../../core/domain';
import { stmt, type Db } from '../statements';
import { DONE_STATUS_LIST } from '../sql-lists';

/**
 * A case as stored: the contract's case fields, its customer and owner by id. `nextDueAt` and `slaState`
 * are kept by the SLA service in the same transaction as every event (see services/sla.ts).
 */
export interface CaseRow extends Pick<
  CaseDetail,
  | 'id'
  | 'number'
  | 'title'
  | 'description'
  | 'supportArea'
  | 'service'
  | 'severity'
  | 'channel'
  | 'status'
  | 'requestNumber'
  | 'createdAt'
  | 'updatedAt'
  | 'nextDueAt'
  | 'slaState'
> {
  customerId: string;
  ownerId: string | null;
  createdBy: string;
}

/** Takes the next number of `year`'s sequence; call inside the transaction that inserts the case. */
export function nextCaseSequence(db: Db, year: number): number {
  const row = stmt<[number], { last: number }>(
    db,
    `INSERT INTO case_counters (year, last) VALUES (?, 1)
     ON CONFLICT (year) DO UPDATE SET last = last + 1
     RETURNING last`,
  ).get(year);
  return row!.last;
}

/** A new case's SLA columns are filled in by the event that opens it. */
export function insertCase(
  db: Db,
  row: Omit<CaseRow, 'nextDueAt' | 'slaState'> & { customerName: string },
): void {
  stmt(
    db,
    `INSERT INTO cases (id, number, customer_id, customer_name, title, description, support_area, service, severity,
       channel, status, owner_id, request_number, created_by, created_at, updated_at)
     VALUES (@id, @number, @customerId, @customerName, @title, @description, @supportArea, @service, @severity,
       @channel, @status, @ownerId, @requestNumber, @createdBy, @createdAt, @updatedAt)`,
  ).run(row);
}

export function getCaseRow(db: Db, id: string): CaseRow | undefined {
  return stmt<[string], CaseRow>(
    db,
    `SELECT id, number, customer_id AS customerId, title, description, support_area AS supportArea, service,
       severity, channel, status, owner_id AS ownerId, request_number AS requestNumber, created_by AS createdBy, created_at AS createdAt, updated_at AS updatedAt,
       next_due_at AS nextDueAt, sla_state AS slaState
     FROM cases WHERE id = ?`,
  ).get(id);
}

export function setCaseStatus(db: Db, id: string, status: CaseStatus, at: number): void {
  stmt(db, 'UPDATE cases SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id);
}

export function touchCase(db: Db, id: string, at: number): void {
  stmt(db, 'UPDATE cases SET updated_at = max(updated_at, ?) WHERE id = ?').run(at, id);
}

/** The columns the edit form changes, by contract field name. */
const FIELD_COLUMN = {
  title: 'title',
  description: 'description',
  supportArea: 'support_area',
  service: 'service',
  severity: 'severity',
  channel: 'channel',
} as const;
export type EditableField = keyof typeof FIELD_COLUMN;

/** Sets one edited field; one statement per column, so each is compiled once. */
export function setCaseField(db: Db, id: string, field: EditableField, value: string, at: number): void {
  stmt(db, `UPDATE cases SET ${FIELD_COLUMN[field]} = ?, updated_at = max(updated_at, ?) WHERE id = ?`).run(
    value,
    at,
    id,
  );
}

export function setCaseOwner(db: Db, id: string, ownerId: string | null, at: number): void {
  stmt(db, 'UPDATE cases SET owner_id = ?, updated_at = max(updated_at, ?) WHERE id = ?').run(
    ownerId,
    at,
    id,
  );
}

/** A similar case before it is scored. */
export type OpenCaseTitle = Omit<SimilarCase, 'score'>;

/** A customer's open cases, most recently updated first (cases_customer index), at most `limit`. */
export function openCasesOfCustomer(db: Db, customerId: string, limit: number): OpenCaseTitle[] {
  return stmt<[string, number], OpenCaseTitle>(
    db,
    `SELECT id, number, title, status, severity, updated_at AS updatedAt FROM cases
     WHERE customer_id = ? AND status NOT IN ${DONE_STATUS_LIST}
     ORDER BY updated_at DESC LIMIT ?`,
  ).all(customerId, limit);
}
