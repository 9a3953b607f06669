import { definePage, type Feature } from '../../lib/navigation';
import { createCaseDetailSlice, type CaseDetailSlice } from './case-detail-slice';
import { createCaseLookupsSlice, type CaseLookupsSlice } from './case-lookups-slice';
import { CasePage } from './CasePage';
import { NewCaseDrawer } from './NewCaseDrawer';

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
  pages: [
    definePage({
      name: 'case',
      parse: (parts) =>
        parts[0] === 'cases' && parts[1] ? { name: 'case', id: decodeURIComponent(parts[1]) } : null,
      format: (route) => `#/cases/${encodeURIComponent(route.id)}`,
      render: (route) => <CasePage id={route.id} />,
      section: 'cases',
    }),
  ],
  slices: [createCaseDetailSlice, createCaseLookupsSlice],
  overlay: NewCaseDrawer,
};
