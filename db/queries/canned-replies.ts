import type { CannedReply } from '../../core/canned-replies';
import { stmt, type Db } from '../statements';

interface Row {
  id: string;
  name: string;
  zh: string;
  en: string;
  usageCount: number;
  updatedAt: number;
  byId: string | null;
  byName: string | null;
}

const SELECT = `SELECT r.id, r.name, r.body_zh AS zh, r.body_en AS en, r.usage_count AS usageCount,
    r.updated_at AS updatedAt, a.id AS byId, a.name AS byName
  FROM canned_replies r LEFT JOIN agents a ON a.id = r.updated_by`;

const toReply = (r: Row): CannedReply => ({
  id: r.id,
  name: r.name,
  bodies: { 'zh-CN': r.zh, en: r.en },
  usageCount: r.usageCount,
  updatedAt: r.updatedAt,
  updatedBy: r.byId ? { id: r.byId, name: r.byName! } : null,
});

/** Every canned reply, the most used first, then by name. */
export function listCannedReplies(db: Db): CannedReply[] {
  return stmt<[], Row>(db, `${SELECT} ORDER BY r.usage_count DESC, r.name COLLATE NOCASE, r.id`)
    .all()
    .map(toReply);
}

export function getCannedReply(db: Db, id: string): CannedReply | undefined {
  const row = stmt<[string], Row>(db, `${SELECT} WHERE r.id = ?`).get(id);
  return row && toReply(row);
}

export interface CannedReplyWrite {
  id: string;
  name: string;
  bodies: CannedReply['bodies'];
  at: number;
  by: string;
}

export function insertCannedReply(db: Db, w: CannedReplyWrite): void {
  stmt(
    db,
    `INSERT INTO canned_replies (id, name, body_zh, body_en, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(w.id, w.name, w.bodies['zh-CN'], w.bodies.en, w.at, w.at, w.by);
}

/** False when no such reply exists. */
export function updateCannedReply(db: Db, w: CannedReplyWrite): boolean {
  return (
    stmt(
      db,
      `UPDATE canned_replies SET name = ?, body_zh = ?, body_en = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
    ).run(w.name, w.bodies['zh-CN'], w.bodies.en, w.at, w.by, w.id).changes > 0
  );
}

export function deleteCannedReply(db: Db, id: string): boolean {
  return stmt(db, 'DELETE FROM canned_replies WHERE id = ?').run(id).changes > 0;
}

export function countCannedReplyUse(db: Db, id: string): boolean {
  return stmt(db, 'UPDATE canned_replies SET usage_count = usage_count + 1 WHERE id = ?').run(id).changes > 0;
}
