import { SettingOutlined } from '@ant-design/icons';
import { definePage, type Feature } from '../../lib/navigation';
import { LanguageSwitch } from './LanguageSwitch';
import { SettingsPage } from './SettingsPage';

declare module '../../lib/navigation' {
  interface RouteParams {
    settings: object;
  }
}

/** 设置 / Settings; the language switch also sits in the header. */
export const settingsFeature: Feature = {
  pages: [
    definePage({
      name: 'settings',
      parse: (parts) => (parts[0] === 'settings' ? { name: 'settings' } : null),
      format: () => '#/settings',
      render: () => <SettingsPage />,
      section: 'settings',
    }),
  ],
  menu: { key: 'settings', icon: <SettingOutlined />, label: 'nav.settings', route: { name: 'settings' } },
  header: LanguageSwitch,
};
