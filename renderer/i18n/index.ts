import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../electron/contract/domain';
import en from './en.json';
import zhCN from './zh-CN.json';

export const resources = { 'zh-CN': { translation: zhCN }, en: { translation: en } } as const;

export function initI18n(language: Language = 'zh-CN') {
  void i18n.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18n;
}

export { i18n };
