import type { Attachment } from '../../core/attachments';
import { stmt, type Db } from '../statements';

const COLUMNS = `t.id, t.case_id AS caseId, t.event_id AS eventId, t.sha256, t.name, t.size, t.mime,
  t.agent_id AS agentId, a.name AS agentName, t.created_at AS createdAt`;

export function insertAttachment(db: Db, row: Omit<Attachment, 'agentName'>): void {
  stmt(
    db,
    `INSERT INTO attachments (id, case_id, event_id, sha256, name, size, mime, agent_id, created_at)
     VALUES (@id, @caseId, @eventId, @sha256, @name, @size, @mime, @agentId, @createdAt)`,
  ).run(row);
}

export function getAttachment(db: Db, id: string): Attachment | undefined {
  return stmt<[string], Attachment>(
    db,
    `SELECT ${COLUMNS} FROM attachments t JOIN agents a ON a.id = t.agent_id WHERE t.id = ?`,
  ).get(id);
}

/** A case's files, oldest first (attachments_case index). */
export function listAttachments(db: Db, caseId: string): Attachment[] {
  return stmt<[string], Attachment>(
    db,
    `SELECT ${COLUMNS} FROM attachments t JOIN agents a ON a.id = t.agent_id
     WHERE t.case_id = ? ORDER BY t.created_at, t.id`,
  ).all(caseId);
}

/** Whether any attachment row names this content (only asked on the rare path of a refused upload). */
export function contentInUse(db: Db, sha256: string): boolean {
  return (
    stmt<[string], number>(db, 'SELECT 1 FROM attachments WHERE sha256 = ? LIMIT 1').pluck().get(sha256) === 1
  );
}
