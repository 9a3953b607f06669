import { SwapOutlined } from '@ant-design/icons';
import { definePage, type Feature } from '../../lib/navigation';
import { createHandoverSlice, type HandoverSlice } from './handover-slice';
import { handoverTabOf, type HandoverTab } from './tabs';
import { lazyComponent } from '../../lib/lazy-component';

const HandoverPage = lazyComponent(() => import('./HandoverPage'), 'HandoverPage');
const HandoverView = lazyComponent(() => import('./HandoverView'), 'HandoverView');

declare module '../../lib/navigation' {
  interface RouteParams {
    handover: { tab: HandoverTab };
    handoverView: { id: string };
  }
}
declare module '../../store/slice' {
  interface StoreSlices {
    handover: HandoverSlice;
  }
}

/** 交接班 / Handover: compose, read back, look up; and one handover's page. */
export const handoverFeature: Feature = {
  pages: [
    definePage({
      name: 'handover',
      parse: (parts) => {
        const tab = parts[0] === 'handover' ? handoverTabOf(parts[1]) : undefined;
        return tab ? { name: 'handover', tab } : null;
      },
      format: (route) => (route.tab === 'compose' ? '#/handover' : `#/handover/${route.tab}`),
      render: (route) => <HandoverPage tab={route.tab} />,
      section: 'handover',
    }),
    definePage({
      name: 'handoverView',
      parse: (parts) =>
        parts[0] === 'handover' && !handoverTabOf(parts[1])
          ? { name: 'handoverView', id: decodeURIComponent(parts[1]!) }
          : null,
      format: (route) => `#/handover/${encodeURIComponent(route.id)}`,
      render: (route) => <HandoverView id={route.id} />,
      section: 'handover',
    }),
  ],
  menu: {
    key: 'handover',
    icon: <SwapOutlined />,
    label: 'handover.nav',
    route: { name: 'handover', tab: 'compose' },
  },
  slices: [createHandoverSlice],
};
