import type { ArticleSearchField } from '../../core/article-search';
import type {
  Article,
  ArticleContent,
  ArticlePart,
  ArticleRevision,
  ArticleStatus,
  SideBySideArticle,
} from '../../core/knowledge';
import { stmt, type Db } from '../statements';

export interface ArticleRow extends SideBySideArticle {
  rowid: number;
  id: string;
  /** JSON: the tags' array. */
  tags: string;
  status: ArticleStatus;
  reviewedAt: number | null;
  revision: number;
  createdAt: number;
  updatedAt: number;
  byId: string | null;
  byName: string | null;
  solvedCount: number;
}

/** The columns of an article as ArticleRow names them, from `articles a` and its editor `u`. */
export const ARTICLE_COLUMNS = `a.rowid, a.id, a.title_zh AS titleZh, a.body_zh AS bodyZh, a.title_en AS titleEn,
  a.body_en AS bodyEn, a.kind, a.audience, a.support_area AS supportArea, a.service, a.tags, a.status,
  a.review_days AS reviewDays, a.reviewed_at AS reviewedAt, a.revision, a.created_at AS createdAt,
  a.updated_at AS updatedAt, u.id AS byId, u.name AS byName,
  (SELECT count(*) FROM article_solutions s WHERE s.article_id = a.id) AS solvedCount`;
export const EDITOR_JOIN = 'LEFT JOIN agents u ON u.id = a.updated_by';
export const ARTICLE_FROM = `articles a ${EDITOR_JOIN}`;

export const toArticle = (r: ArticleRow): Article => ({
  id: r.id,
  versions: { 'zh-CN': { title: r.titleZh, body: r.bodyZh }, en: { title: r.titleEn, body: r.bodyEn } },
  kind: r.kind,
  audience: r.audience,
  supportArea: r.supportArea,
  service: r.service,
  tags: JSON.parse(r.tags) as string[],
  reviewDays: r.reviewDays,
  status: r.status,
  revision: r.revision,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  updatedBy: r.byId ? { id: r.byId, name: r.byName! } : null,
  reviewedAt: r.reviewedAt,
  solvedCount: r.solvedCount,
});

/** Declared with the article (core/knowledge.ts); its queries' callers take it from here too. */
export { contentOf } from '../../core/knowledge';

export function getArticle(db: Db, id: string): Article | undefined {
  const row = stmt<[string], ArticleRow>(
    db,
    `SELECT ${ARTICLE_COLUMNS} FROM ${ARTICLE_FROM} WHERE a.id = ?`,
  ).get(id);
  return row && toArticle(row);
}

/** Every article, oldest first: what the knowledge base exports. */
export function allArticles(db: Db): Article[] {
  return stmt<[], ArticleRow>(
    db,
    `SELECT ${ARTICLE_COLUMNS} FROM ${ARTICLE_FROM} ORDER BY a.created_at, a.id`,
  )
    .all()
    .map(toArticle);
}

export interface ArticleWrite {
  id: string;
  content: ArticleContent;
  reviewedAt: number | null;
  at: number;
  by: string;
}

const values = (w: ArticleWrite) => {
  const c = w.content;
  return [
    c.versions['zh-CN'].title,
    c.versions['zh-CN'].body,
    c.versions.en.title,
    c.versions.en.body,
    c.kind,
    c.audience,
    c.supportArea,
    c.service,
    JSON.stringify(c.tags),
    c.status,
    c.reviewDays,
    w.reviewedAt,
  ];
};

export function insertArticle(db: Db, w: ArticleWrite): void {
  stmt(
    db,
    `INSERT INTO articles (title_zh, body_zh, title_en, body_en, kind, audience, support_area, service, tags,
       status, review_days, reviewed_at, id, revision, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
  ).run(...values(w), w.id, w.at, w.at, w.by);
}

/** Writes the article as its next revision; false when no such article exists. */
export function updateArticle(db: Db, w: ArticleWrite): boolean {
  return (
    stmt(
      db,
      `UPDATE articles SET title_zh = ?, body_zh = ?, title_en = ?, body_en = ?, kind = ?, audience = ?,
         support_area = ?, service = ?, tags = ?, status = ?, review_days = ?, reviewed_at = ?,
         revision = revision + 1, updated_at = ?, updated_by = ?
       WHERE id = ?`,
    ).run(...values(w), w.at, w.by, w.id).changes > 0
  );
}

interface RevisionRow {
  id: string;
  articleId: string;
  number: number;
  at: number;
  byId: string;
  byName: string;
  changes: string;
  content: string;
}

export function insertRevision(
  db: Db,
  r: { id: string; articleId: string; number: number; at: number; by: string; changes: ArticlePart[] },
  content: ArticleContent,
): void {
  stmt(
    db,
    `INSERT INTO article_revisions (id, article_id, number, at, agent_id, changes, content)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(r.id, r.articleId, r.number, r.at, r.by, JSON.stringify(r.changes), JSON.stringify(content));
}

/** An article's revisions, newest first. */
export function listRevisions(db: Db, articleId: string): ArticleRevision[] {
  return stmt<[string], RevisionRow>(
    db,
    `SELECT r.id, r.article_id AS articleId, r.number, r.at, g.id AS byId, g.name AS byName, r.changes,
       r.content
     FROM article_revisions r JOIN agents g ON g.id = r.agent_id
     WHERE r.article_id = ? ORDER BY r.number DESC, r.at DESC`,
  )
    .all(articleId)
    .map((r) => ({
      id: r.id,
      articleId: r.articleId,
      number: r.number,
      at: r.at,
      by: { id: r.byId, name: r.byName },
      changes: JSON.parse(r.changes) as ArticlePart[],
      content: JSON.parse(r.content) as ArticleContent,
    }));
}

/** Links an article to a case it solved; false when it already was. */
export function insertSolution(db: Db, s: { articleId: string; caseId: string; at: number; by: string }) {
  return (
    stmt(
      db,
      `INSERT OR IGNORE INTO article_solutions (article_id, case_id, at, agent_id) VALUES (?, ?, ?, ?)`,
    ).run(s.articleId, s.caseId, s.at, s.by).changes > 0
  );
}

/** The search document of some articles: title, body and tags, each in both languages. */
export function readArticleDocuments(
  db: Db,
  rowids: readonly number[],
): Map<number, Record<ArticleSearchField, string[]>> {
  const rows = stmt<
    [string],
    { rowid: number; tz: string; bz: string; te: string; be: string; tags: string }
  >(
    db,
    `SELECT rowid, title_zh AS tz, body_zh AS bz, title_en AS te, body_en AS be, tags FROM articles
     WHERE rowid IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(rowids));
  const present = (v: string[]) => v.filter(Boolean);
  return new Map(
    rows.map((r) => [
      r.rowid,
      { title: present([r.tz, r.te]), body: present([r.bz, r.be]), tags: JSON.parse(r.tags) as string[] },
    ]),
  );
}
