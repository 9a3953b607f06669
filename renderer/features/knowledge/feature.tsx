import { BookOutlined } from '@ant-design/icons';
import type { Feature } from '../../lib/navigation';
import { plainPage, recordPage } from '../../lib/pages';
import { lazyComponent } from '../../lib/lazy-component';
import { createKnowledgeSlice, type KnowledgeSlice } from './knowledge-slice';

const KnowledgePage = lazyComponent(() => import('./KnowledgePage'), 'KnowledgePage');
const ArticlePage = lazyComponent(() => import('./ArticlePage'), 'ArticlePage');

declare module '../../lib/navigation' {
  interface RouteParams {
    knowledge: object;
    article: { id: string };
  }
}
declare module '../../store/slice' {
  interface StoreSlices {
    knowledge: KnowledgeSlice;
  }
}

/** 知识库 / Knowledge: how-to articles and FAQs in both languages, suggested while cases are written. */
export const knowledgeFeature: Feature = {
  pages: [
    plainPage('knowledge', 'knowledge', () => <KnowledgePage />),
    recordPage('article', 'knowledge', (id) => <ArticlePage id={id} />),
  ],
  menu: { key: 'knowledge', icon: <BookOutlined />, label: 'knowledge.nav', route: { name: 'knowledge' } },
  slices: [createKnowledgeSlice],
};
