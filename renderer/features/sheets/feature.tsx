import type { Feature } from '../../lib/navigation';
import { recordPage } from '../../lib/pages';
import { lazyComponent } from '../../lib/lazy-component';
import { createSupportSheetSlice, type SupportSheetSlice } from './support-sheet-slice';

const SupportSheetPage = lazyComponent(() => import('./SupportSheetPage'), 'SupportSheetPage');

declare module '../../lib/navigation' {
  interface RouteParams {
    supportSheet: { id: string };
  }
}
declare module '../../store/slice' {
  interface StoreSlices {
    supportSheet: SupportSheetSlice;
  }
}

/** 支持流程说明 / Support process sheet: one customer's sheet, printed and marked as sent (#/support-sheet/<id>). */
export const supportSheetFeature: Feature = {
  pages: [
    // A customer's sheet belongs to the customers.
    {
      ...recordPage('supportSheet', 'support-sheet', (id) => <SupportSheetPage customerId={id} />),
      section: 'customers',
    },
  ],
  slices: [createSupportSheetSlice],
};
