// The knowledge base beside the desk: 10,000 articles in both languages, searched from the knowledge page
// and suggested for a case's text, each timed against the same FTS5 query on a bare connection.
import type Database from 'better-sqlite3';
import { suggestionTerms } from '../../core/article-search';
import type { Db } from '../../db/open';
import { ARTICLE_BM25 } from '../../db/queries/article-search';
import { ARTICLE_INDEX } from '../../db/search/article-index';
import { refreshIndex } from '../../db/search/index-writer';
import { termPhrase } from '../../db/search/tokens';
import { generateArticles } from './articles';

export const KNOWLEDGE_ARTICLES = 10_000;

const SEARCHES = ['密码', '邮', '无法连接', 'Outlook', 'password expired', 'MFA 设置', 'proxy', '许可证'];
const CASE_TEXTS = [
  'Outlook 提示密码过期，无法登录\n客户说从今天早上开始一直弹出密码框',
  'Teams 会议没有声音',
  'Azure 虚拟机无法连接，已检查代理服务器设置',
  'Power BI report refresh fails every night',
  '发票金额与账单核对不一致',
];

/** Generates and indexes the articles; returns how long the index took. */
export function prepareKnowledge(db: Db, agentId: string): number {
  // A kept desk (--desk) has them from an earlier run.
  const have = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  if (have < KNOWLEDGE_ARTICLES) generateArticles(db, agentId, KNOWLEDGE_ARTICLES - have);
  const started = Date.now();
  refreshIndex(db, ARTICLE_INDEX);
  return Date.now() - started;
}

export interface KnowledgeRow {
  name: string;
  about: string;
  service: (call: <T>(name: string, input: unknown) => T, i: number) => void;
  baseline: { what: string; run: (i: number) => void };
}

export function knowledgeRows(bare: Database.Database): KnowledgeRow[] {
  const page = bare.prepare(
    `SELECT a.* FROM article_search s JOIN articles a ON a.rowid = s.rowid
     WHERE article_search MATCH ? ORDER BY ${ARTICLE_BM25} LIMIT 100`,
  );
  const count = bare.prepare('SELECT count(*) FROM article_search WHERE article_search MATCH ?');
  const searchMatch = SEARCHES.map((q) => q.split(' ').map(termPhrase).join(' AND '));
  const candidates = bare.prepare(
    `SELECT a.* FROM article_search s JOIN articles a ON a.rowid = s.rowid
     WHERE article_search MATCH ? AND a.status = 'published' ORDER BY ${ARTICLE_BM25} LIMIT 50`,
  );
  const suggestMatch = CASE_TEXTS.map((text) => suggestionTerms(text).map(termPhrase).join(' OR '));
  return [
    {
      name: 'knowledge_search',
      about: `a page of 100 of ${KNOWLEDGE_ARTICLES.toLocaleString('en')} articles, counted, 1–3+ character terms`,
      service: (call, i) => void call('articles.list', { text: SEARCHES[i % SEARCHES.length], limit: 100 }),
      baseline: {
        what: 'the same MATCH, 100 rows and count(*)',
        run: (i) => {
          page.all(searchMatch[i % searchMatch.length]);
          count.get(searchMatch[i % searchMatch.length]);
        },
      },
    },
    {
      name: 'knowledge_suggest',
      about: "the best 5 for a case's title and description",
      service: (call, i) => void call('articles.suggest', { text: CASE_TEXTS[i % CASE_TEXTS.length] }),
      baseline: {
        what: 'the same OR MATCH, 50 candidates by bm25',
        run: (i) => void candidates.all(suggestMatch[i % suggestMatch.length]),
      },
    },
  ];
}
