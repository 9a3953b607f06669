import type { SentArticle } from '../../../core/cases';
import type {
  Article,
  ArticleRevision,
  ArticleList,
  ArticleListQuery,
  ArticleSaveInput,
  ArticleStatus,
} from '../../../core/knowledge';
import type { ImportOutcome, ImportPreview } from '../../../core/knowledge-import';
import type { KnowledgeExport } from '../../../core/knowledge-import';
import type { InputOf } from '../../../core/api';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

/** An article on its way into a case's reply box: the text, and what the sent reply will record. */
export interface ComposerArticle {
  caseId: string;
  text: string;
  article: SentArticle;
}

/** Markdown files on their way to the import, as the page read them. */
export type ImportFiles = InputOf<'articles.importPreview'>['files'];

export interface KnowledgeSlice {
  /** Null until first read. */
  articleList: ArticleList | null;
  articleQuery: ArticleListQuery;
  /** The query whose answer is shown (the page says it is loading until it matches the one asked). */
  articleListFor: ArticleListQuery | null;
  setArticleQuery(patch: Partial<ArticleListQuery>): void;
  loadArticles(): Promise<void>;
  saveArticle(input: ArticleSaveInput): Promise<Article>;
  setArticleStatus(id: string, status: ArticleStatus): Promise<Article>;
  markArticleReviewed(id: string): Promise<Article>;
  /** One article as it stands, with its revisions newest first. */
  articleWithHistory(id: string): Promise<{ article: Article; revisions: ArticleRevision[] }>;
  /** Records that an article solved a case. */
  markArticleSolved(id: string, caseId: string): Promise<void>;
  exportArticles(): Promise<KnowledgeExport>;
  previewArticleImport(files: ImportFiles): Promise<ImportPreview>;
  importArticles(files: ImportFiles, basis: Record<string, number>): Promise<ImportOutcome>;
  composerArticle: ComposerArticle | null;
  /** Puts an article into a case's reply box (the case page's composer takes it). */
  sendArticleToComposer(value: ComposerArticle): void;
  /** The composer has taken it. */
  clearComposerArticle(): void;
}

export const createKnowledgeSlice: Slice<KnowledgeSlice> = (set, get) => {
  // Whatever changes articles reads the list again, in the background; the change's answer is returned.
  const reloaded = <T>(answer: T): T => {
    void get()
      .loadArticles()
      .catch(() => undefined);
    return answer;
  };
  return {
    articleList: null,
    articleQuery: { text: '' },
    articleListFor: null,
    setArticleQuery: (patch) => {
      set((s) => ({ articleQuery: { ...s.articleQuery, ...patch } }));
    },
    loadArticles: async () => {
      const query = get().articleQuery;
      const list = await call('articles.list', query);
      // An answer to a query since replaced is dropped: the newer one is on its way.
      if (get().articleQuery === query) set({ articleList: list, articleListFor: query });
    },
    saveArticle: async (input) => reloaded(await call('articles.save', input)),
    setArticleStatus: async (id, status) => reloaded(await call('articles.setStatus', { id, status })),
    markArticleReviewed: async (id) => reloaded(await call('articles.reviewed', { id })),
    articleWithHistory: async (id) => {
      const [article, revisions] = await Promise.all([
        call('articles.get', { id }),
        call('articles.history', { id }),
      ]);
      return { article, revisions };
    },
    markArticleSolved: async (id, caseId) => {
      await call('articles.solved', { id, caseId });
    },
    exportArticles: () => call('articles.export', {}),
    previewArticleImport: (files) => call('articles.importPreview', { files }),
    importArticles: async (files, basis) => reloaded(await call('articles.import', { files, basis })),
    composerArticle: null,
    sendArticleToComposer: (value) => set({ composerArticle: value }),
    clearComposerArticle: () => set({ composerArticle: null }),
  };
};
