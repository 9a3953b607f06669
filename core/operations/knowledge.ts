// The knowledge base: articles, their revisions, search and suggestions. Implemented by
// electron/services/knowledge.ts.
import {
  type Article,
  type ArticleList,
  type ArticleRevision,
  type ArticleSuggestion,
  articlesGetInput,
  articlesListInput,
  articlesReviewedInput,
  articlesSaveInput,
  articlesSolvedInput,
  articlesStatusInput,
  articlesSuggestInput,
} from '../knowledge';
import { reads, writes } from '../operation';

export const knowledgeOperations = {
  'articles.list': reads<ArticleList>()(articlesListInput),
  'articles.get': reads<Article>()(articlesGetInput),
  'articles.history': reads<ArticleRevision[]>()(articlesGetInput),
  /** A new article is a draft; every save is a revision. */
  'articles.save': writes<Article>()(articlesSaveInput),
  'articles.setStatus': writes<Article>()(articlesStatusInput),
  /** Read again and still right: its review interval starts over. */
  'articles.reviewed': writes<Article>()(articlesReviewedInput),
  /** The best published articles for what an agent is typing into a case. */
  'articles.suggest': reads<ArticleSuggestion[]>()(articlesSuggestInput),
  /** The article solved the case: linked, counted, on the case's timeline. */
  'articles.solved': writes<Article>()(articlesSolvedInput),
};
