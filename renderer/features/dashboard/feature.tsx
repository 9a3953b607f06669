import { DashboardOutlined } from '@ant-design/icons';
import type { Feature } from '../../lib/navigation';
import { plainPage } from '../../lib/pages';
import { createDashboardSlice, type DashboardSlice } from './dashboard-slice';
import { lazyComponent } from '../../lib/lazy-component';

const NowPage = lazyComponent(() => import('./NowPage'), 'NowPage');

declare module '../../lib/navigation' {
  interface RouteParams {
    now: object;
  }
}
declare module '../../store/slice' {
  interface StoreSlices {
    dashboard: DashboardSlice;
  }
}

/** 当前 / Now: the desk at a glance. */
export const dashboardFeature: Feature = {
  pages: [plainPage('now', 'now', () => <NowPage />)],
  menu: { key: 'now', icon: <DashboardOutlined />, label: 'dashboard.nav', route: { name: 'now' } },
  slices: [createDashboardSlice],
};
