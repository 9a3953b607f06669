import { definePage, type Feature } from '../../lib/navigation';
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
    definePage({
      name: 'supportSheet',
      parse: (parts) =>
        parts[0] === 'support-sheet' && parts[1]
          ? { name: 'supportSheet', id: decodeURIComponent(parts[1]) }
          : null,
      format: (route) => `#/support-sheet/${encodeURIComponent(route.id)}`,
      render: (route) => <SupportSheetPage customerId={route.id} />,
      // A customer's sheet belongs to the customers.
      section: 'customers',
    }),
  ],
  slices: [createSupportSheetSlice],
};
