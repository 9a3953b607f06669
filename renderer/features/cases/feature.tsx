import type { Feature } from '../../lib/navigation';
import { recordPage } from '../../lib/pages';
import { createCaseDetailSlice, type CaseDetailSlice } from './case-detail-slice';
import { createCaseLookupsSlice, type CaseLookupsSlice } from './case-lookups-slice';
import { NewCaseOverlay } from './NewCaseOverlay';
import { lazyComponent } from '../../lib/lazy-component';

const CasePage = lazyComponent(() => import('./CasePage'), 'CasePage');

declare module '../../lib/navigation' {
  interface RouteParams {
    case: { id: string };
  }
}
declare module '../../store/slice' {
  interface StoreSlices {
    caseDetail: CaseDetailSlice;
    caseLookups: CaseLookupsSlice;
  }
}

/** One case: its page under the case list's menu entry, and the new-case drawer any page can open. */
export const casesFeature: Feature = {
  pages: [recordPage('case', 'cases', (id) => <CasePage id={id} />)],
  slices: [createCaseDetailSlice, createCaseLookupsSlice],
  overlay: NewCaseOverlay,
};
