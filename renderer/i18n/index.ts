import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../electron/contract/domain';

type Tree = Record<string, unknown>;

// One resource file per feature and language (i18n/<lang>/<feature>.json), merged into one tree:
// a feature's strings live beside each other, and features never edit each other's files.
const merge = (files: Record<string, Tree>): Tree => Object.assign({}, ...Object.values(files));

export const resources = {
  'zh-CN': {
    translation: merge(import.meta.glob<Tree>('./zh-CN/*.json', { eager: true, import: 'default' })),
  },
  en: { translation: merge(import.meta.glob<Tree>('./en/*.json', { eager: true, import: 'default' })) },
};

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
