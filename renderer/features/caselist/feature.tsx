import { FileTextOutlined } from '@ant-design/icons';
import type { Feature } from '../../lib/navigation';
import { plainPage } from '../../lib/pages';
import { createCaseListSlice, type CaseListSlice } from './case-list-slice';
import { lazyComponent } from '../../lib/lazy-component';

const CaseListPage = lazyComponent(() => import('./CaseListPage'), 'CaseListPage');

declare module '../../lib/navigation' {
  interface RouteParams {
    cases: object;
  }
}
declare module '../../store/slice' {
  interface StoreSlices {
    caseList: CaseListSlice;
  }
}

/** The case list: search, filters, saved views; the app's home page. */
export const caseListFeature: Feature = {
  pages: [plainPage('cases', 'cases', () => <CaseListPage />, { fillsFrame: true })],
  menu: { key: 'cases', icon: <FileTextOutlined />, label: 'nav.cases', route: { name: 'cases' } },
  slices: [createCaseListSlice],
};
