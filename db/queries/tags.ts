import type { TagCount } from '../../core/cases';
import { stmt, type Db } from '../statements';
import { escapeLike } from './customers';

export function listTags(db: Db, caseId: string): string[] {
  return stmt<[string], { tag: string }>(db, 'SELECT tag FROM case_tags WHERE case_id = ? ORDER BY tag')
    .all(caseId)
    .map((r) => r.tag);
}

/** True when the tag was new on this case. */
export function insertTag(db: Db, caseId: string, tag: string): boolean {
  return (
    stmt(db, 'INSERT OR IGNORE INTO case_tags (case_id, tag) VALUES (?, ?)').run(caseId, tag).changes > 0
  );
}

/** True when the case had the tag. */
export function deleteTag(db: Db, caseId: string, tag: string): boolean {
  return stmt(db, 'DELETE FROM case_tags WHERE case_id = ? AND tag = ?').run(caseId, tag).changes > 0;
}

/** How the desk already spells a tag, ignoring ASCII case ("outlook" → "Outlook"). */
export function existingSpelling(db: Db, tag: string): string | undefined {
  return stmt<[string], { tag: string }>(
    db,
    'SELECT tag FROM case_tags WHERE tag = ? COLLATE NOCASE GROUP BY tag ORDER BY count(*) DESC LIMIT 1',
  ).get(tag)?.tag;
}

/** Tags in use containing `query`, the most used first. */
export function suggestTags(db: Db, query: string, limit: number): TagCount[] {
  return stmt<[string, number], TagCount>(
    db,
    `SELECT tag, count(*) AS count FROM case_tags WHERE tag LIKE ? ESCAPE '\\'
     GROUP BY tag ORDER BY count DESC, tag LIMIT ?`,
  ).all(`%${escapeLike(query)}%`, limit);
}
