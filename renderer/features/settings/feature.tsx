import { SettingOutlined } from '@ant-design/icons';
import type { Feature } from '../../lib/navigation';
import { plainPage } from '../../lib/pages';
import { LanguageSwitch } from './LanguageSwitch';
import { lazyComponent } from '../../lib/lazy-component';

const SettingsPage = lazyComponent(() => import('./SettingsPage'), 'SettingsPage');

declare module '../../lib/navigation' {
  interface RouteParams {
    settings: object;
  }
}

/** 设置 / Settings; the language switch also sits in the header. */
export const settingsFeature: Feature = {
  pages: [plainPage('settings', 'settings', () => <SettingsPage />)],
  menu: { key: 'settings', icon: <SettingOutlined />, label: 'nav.settings', route: { name: 'settings' } },
  header: LanguageSwitch,
};
