import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../core/domain';
import { MESSAGES } from '../../core/i18n/resources';

export const resources = {
  'zh-CN': { translation: MESSAGES['zh-CN'] },
  en: { translation: MESSAGES.en },
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
