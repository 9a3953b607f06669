import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useMemo } from 'react';
import { useStore } from '../store';
import { setDateLocale } from '../shared/format';
import { useReducedMotion } from '../shared/use-reduced-motion';
import { Boot } from './Boot';

const THEME = {
  algorithm: theme.defaultAlgorithm,
  token: {
    colorPrimary: '#1d5fb8',
    borderRadius: 4,
    fontSize: 13,
    // Text and tags dark enough to read at 4.5:1 (WCAG AA) on their backgrounds: antd's greys and the
    // links fall short on a light background (tags: global.css).
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.55)',
    colorLink: '#1d5fb8',
    colorError: '#cf1322',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', Arial, sans-serif",
  },
  components: {
    Layout: { headerHeight: 48, headerPadding: '0 16px', siderBg: '#15223b', headerBg: '#ffffff' },
    Menu: { darkItemBg: '#15223b', darkSubMenuItemBg: '#15223b' },
    Table: { cellPaddingBlockSM: 6 },
  },
};

export function App() {
  const language = useStore((s) => s.language);
  setDateLocale(language);
  // Dialogs, drawers and menus open without zooming or sliding when the system asks for less motion.
  const reducedMotion = useReducedMotion();
  const appTheme = useMemo(
    () => ({ ...THEME, token: { ...THEME.token, motion: !reducedMotion } }),
    [reducedMotion],
  );
  // Screen readers pick their voice, and the browser its quotes and fonts, from the page's language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <ConfigProvider
      locale={language === 'en' ? enUS : zhCN}
      theme={appTheme}
      button={{ autoInsertSpace: false }}
      // Labels end without a colon: antd draws it as CSS content, which screen readers read into the name.
      form={{ colon: false }}
      // Selects render every option as an option of their listbox: a virtual list exposes only the active one
      // and its two neighbours to assistive technology. The app's option lists are short.
      virtual={false}
    >
      <AntApp style={{ height: '100%' }}>
        <Boot />
      </AntApp>
    </ConfigProvider>
  );
}
