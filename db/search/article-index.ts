import { ARTICLE_SEARCH_FIELDS, type ArticleSearchField } from '../../core/article-search';
import { readArticleDocuments } from '../queries/articles';
import type { DocumentIndex } from './index-writer';

/** The knowledge base's index (migration 0190): an article's title, body and tags in both languages. */
export const ARTICLE_INDEX: DocumentIndex<ArticleSearchField> = {
  table: 'article_search',
  dirty: 'article_search_dirty',
  dirtyColumn: 'article_rowid',
  source: 'articles',
  fields: ARTICLE_SEARCH_FIELDS,
  read: readArticleDocuments,
};
