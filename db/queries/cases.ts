import type { CaseListItem } from '../../electron/contract/cases';
import type { CaseStatus, Channel, Service, Severity, SupportArea } from '../../electron/contract/domain';
import type { Db } from '../open';
import { stmt } from '../statements';

export interface CaseRow {
  id: string;
  number: string;
  customerId: string;
  title: string;
  description: string;
  supportArea: SupportArea;
  service: Service;
  severity: Severity;
  channel: Channel;
  status: CaseStatus;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
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

export function insertCase(db: Db, row: CaseRow): void {
  stmt(
    db,
    `INSERT INTO cases (id, number, customer_id, title, description, support_area, service, severity, channel,
       status, created_by, created_at, updated_at)
     VALUES (@id, @number, @customerId, @title, @description, @supportArea, @service, @severity, @channel,
       @status, @createdBy, @createdAt, @updatedAt)`,
  ).run(row);
}

export function getCaseRow(db: Db, id: string): CaseRow | undefined {
  return stmt<[string], CaseRow>(
    db,
    `SELECT id, number, customer_id AS customerId, title, description, support_area AS supportArea, service,
       severity, channel, status, created_by AS createdBy, created_at AS createdAt, updated_at AS updatedAt
     FROM cases WHERE id = ?`,
  ).get(id);
}

export function setCaseStatus(db: Db, id: string, status: CaseStatus, at: number): void {
  stmt(db, 'UPDATE cases SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id);
}

export function touchCase(db: Db, id: string, at: number): void {
  stmt(db, 'UPDATE cases SET updated_at = max(updated_at, ?) WHERE id = ?').run(at, id);
}

const LIST_COLUMNS = `c.id, c.number, c.title, c.customer_id AS customerId, cu.name AS customerName,
  c.severity, c.status, c.updated_at AS updatedAt`;

/** One page of the case list, most recently updated first; keyset paging, never OFFSET. */
export function listCases(db: Db, limit: number, after?: { updatedAt: number; id: string }): CaseListItem[] {
  if (!after) {
    return stmt<[number], CaseListItem>(
      db,
      `SELECT ${LIST_COLUMNS} FROM cases c JOIN customers cu ON cu.id = c.customer_id
       ORDER BY c.updated_at DESC, c.id DESC LIMIT ?`,
    ).all(limit);
  }
  return stmt<[number, string, number], CaseListItem>(
    db,
    `SELECT ${LIST_COLUMNS} FROM cases c JOIN customers cu ON cu.id = c.customer_id
     WHERE (c.updated_at, c.id) < (?, ?)
     ORDER BY c.updated_at DESC, c.id DESC LIMIT ?`,
  ).all(after.updatedAt, after.id, limit);
}
