import type { CaseLink, LinkKind } from '../../core/cases';
import { stmt, type Db } from '../statements';

export interface LinkRow {
  caseId: string;
  otherId: string;
  kind: LinkKind;
}

/** The link between two cases as stored, whichever way it points. */
export function findLink(db: Db, a: string, b: string): LinkRow | undefined {
  return stmt<[string, string, string, string], LinkRow>(
    db,
    `SELECT case_id AS caseId, other_id AS otherId, kind FROM case_links
     WHERE (case_id = ? AND other_id = ?) OR (case_id = ? AND other_id = ?)`,
  ).get(a, b, b, a);
}

export function insertLink(db: Db, row: LinkRow & { createdAt: number }): void {
  stmt(db, 'INSERT INTO case_links (case_id, other_id, kind, created_at) VALUES (?, ?, ?, ?)').run(
    row.caseId,
    row.otherId,
    row.kind,
    row.createdAt,
  );
}

export function deleteLink(db: Db, row: Pick<LinkRow, 'caseId' | 'otherId'>): void {
  stmt(db, 'DELETE FROM case_links WHERE case_id = ? AND other_id = ?').run(row.caseId, row.otherId);
}

/** A case's links both ways: those it made (`out`) and those other cases made to it (`in`). */
export function linksOf(db: Db, caseId: string): CaseLink[] {
  return stmt<[string, string], CaseLink>(
    db,
    `SELECT l.other_id AS otherId, c.number, c.title, c.status, l.kind, 'out' AS direction, l.created_at AS createdAt
       FROM case_links l JOIN cases c ON c.id = l.other_id WHERE l.case_id = ?
     UNION ALL
     SELECT l.case_id, c.number, c.title, c.status, l.kind, 'in', l.created_at
       FROM case_links l JOIN cases c ON c.id = l.case_id WHERE l.other_id = ?
     ORDER BY createdAt, number`,
  ).all(caseId, caseId);
}
