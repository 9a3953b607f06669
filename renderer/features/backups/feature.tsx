import { DatabaseOutlined } from '@ant-design/icons';
import type { Feature } from '../../lib/navigation';
import { plainPage } from '../../lib/pages';
import { lazyComponent } from '../../lib/lazy-component';
import { createBackupsSlice, type BackupsSlice } from './backups-slice';
import { ReadOnlyNotice } from './ReadOnlyNotice';

const BackupsPage = lazyComponent(() => import('./BackupsPage'), 'BackupsPage');

declare module '../../lib/navigation' {
  interface RouteParams {
    backups: object;
  }
}
declare module '../../store/slice' {
  interface StoreSlices {
    backups: BackupsSlice;
  }
}

/** 备份 / Backups: the backup folder, "Back up now", restoring a chosen backup; the read-only notice. */
export const backupsFeature: Feature = {
  pages: [plainPage('backups', 'backups', () => <BackupsPage />)],
  menu: { key: 'backups', icon: <DatabaseOutlined />, label: 'backups.nav', route: { name: 'backups' } },
  slices: [createBackupsSlice],
  header: ReadOnlyNotice,
};
