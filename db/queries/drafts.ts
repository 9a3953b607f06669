import { stmt, type Db } from '../statements';

export interface DraftRow {
  key: string;
  agentId: string;
  body: Record<string, unknown>;
  updatedAt: number;
}

export function getDraft(db: Db, key: string): DraftRow | undefined {
  const row = stmt<[string], Omit<DraftRow, 'body'> & { body: string }>(
    db,
    'SELECT key, agent_id AS agentId, body, updated_at AS updatedAt FROM drafts WHERE key = ?',
  ).get(key);
  return row && { ...row, body: JSON.parse(row.body) as Record<string, unknown> };
}

export function upsertDraft(db: Db, row: DraftRow): void {
  stmt(
    db,
    `INSERT INTO drafts (key, agent_id, body, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
  ).run(row.key, row.agentId, JSON.stringify(row.body), row.updatedAt);
}

/** True when there was a draft to discard. */
export function deleteDraft(db: Db, key: string): boolean {
  return stmt(db, 'DELETE FROM drafts WHERE key = ?').run(key).changes > 0;
}
