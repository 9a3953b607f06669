import { captureTriggerSql } from '../sync/capture-sql';
import { SYNCED_BY_NAME } from '../sync/tables';
import type { Migration } from './types';

// The knowledge base (core/knowledge.ts), shared by the desk's workstations: articles, each save of one
// as a revision (append-only, the whole article as saved), and the cases an article solved. Articles are
// searched like cases (docs/search.md): one FTS5 document per article whose tokens the app writes
// (db/search/tokens.ts), kept current through article_search_dirty, both local to the workstation.
const DIRTY = (rowid: string) =>
  `INSERT OR IGNORE INTO article_search_dirty (article_rowid) VALUES (${rowid})`;

export const knowledge: Migration = {
  version: 190,
  name: 'knowledge',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title_zh TEXT NOT NULL CHECK (length(title_zh) <= 200),
        body_zh TEXT NOT NULL,
        title_en TEXT NOT NULL CHECK (length(title_en) <= 200),
        body_en TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('howto', 'faq', 'known_issue', 'runbook')),
        audience TEXT NOT NULL CHECK (audience IN ('customers', 'internal')),
        support_area TEXT NOT NULL,
        service TEXT REFERENCES services (key),
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'retired')),
        review_days INTEGER NOT NULL CHECK (review_days > 0),
        reviewed_at INTEGER,
        revision INTEGER NOT NULL DEFAULT 1,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        updated_by TEXT REFERENCES agents (id),
        CHECK (title_zh <> '' OR title_en <> '')
      ) STRICT;
      CREATE INDEX articles_status ON articles (status, updated_at DESC);

      CREATE TABLE article_revisions (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id),
        number INTEGER NOT NULL,
        at INTEGER NOT NULL,
        agent_id TEXT NOT NULL REFERENCES agents (id),
        changes TEXT NOT NULL CHECK (json_valid(changes)),
        content TEXT NOT NULL CHECK (json_valid(content))
      ) STRICT;
      CREATE INDEX article_revisions_article ON article_revisions (article_id, number);

      CREATE TABLE article_solutions (
        article_id TEXT NOT NULL REFERENCES articles (id),
        case_id TEXT NOT NULL REFERENCES cases (id),
        at INTEGER NOT NULL,
        agent_id TEXT NOT NULL REFERENCES agents (id),
        PRIMARY KEY (article_id, case_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX article_solutions_case ON article_solutions (case_id);

      CREATE VIRTUAL TABLE article_search USING fts5(
        title, body, tags,
        content = '', contentless_delete = 1, tokenize = 'ascii', prefix = '1 2'
      );
      CREATE TABLE article_search_dirty (article_rowid INTEGER PRIMARY KEY) STRICT;
      CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN ${DIRTY('NEW.rowid')}; END;
      CREATE TRIGGER article_search_update
        AFTER UPDATE OF title_zh, body_zh, title_en, body_en, tags ON articles
      BEGIN ${DIRTY('NEW.rowid')}; END;
      CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN ${DIRTY('OLD.rowid')}; END;
    `);
    for (const table of ['articles', 'article_revisions', 'article_solutions']) {
      db.exec(captureTriggerSql(db, SYNCED_BY_NAME.get(table)!));
    }
  },
};
