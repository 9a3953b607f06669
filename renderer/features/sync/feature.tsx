import { CloudSyncOutlined } from '@ant-design/icons';
import type { Feature } from '../../lib/navigation';
import { lazyComponent } from '../../lib/lazy-component';
import { plainPage } from '../../lib/pages';
import { createSyncSlice, type SyncSlice } from './sync-slice';
import { SyncIndicator } from './SyncIndicator';

const TeamSyncPage = lazyComponent(() => import('./TeamSyncPage'), 'TeamSyncPage');

declare module '../../lib/navigation' {
  interface RouteParams {
    teamSync: object;
  }
}
declare module '../../store/slice' {
  interface StoreSlices {
    sync: SyncSlice;
  }
}

/** 团队同步 / Team sync: the header's state and the page where a lead joins the desk's server. */
export const syncFeature: Feature = {
  pages: [plainPage('teamSync', 'sync', () => <TeamSyncPage />)],
  menu: { key: 'sync', icon: <CloudSyncOutlined />, label: 'sync.nav', route: { name: 'teamSync' } },
  slices: [createSyncSlice],
  header: SyncIndicator,
};
