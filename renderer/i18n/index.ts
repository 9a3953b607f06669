import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../core/domain';
import type { MessageTree } from '../../core/i18n/resources';

// The feature files of core/i18n (the same the services read through core/i18n/resources.ts). Simplified
// Chinese, the desk's first language, is part of the first screen's code; English loads when it is chosen.
const zhFiles = import.meta.glob<MessageTree>('../../core/i18n/zh-CN/*.json', {
  eager: true,
  import: 'default',
});
const enFiles = import.meta.glob<MessageTree>('../../core/i18n/en/*.json', { import: 'default' });

const merge = (files: MessageTree[]): MessageTree => Object.assign({}, ...files);

const loadLanguage = async (language: string): Promise<MessageTree> => {
  if (language === 'en') return merge(await Promise.all(Object.values(enFiles).map((load) => load())));
  return merge(Object.values(zhFiles));
};

/** i18next asks this for a language it does not hold yet: `changeLanguage` waits for it. */
const lazyLanguages: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, done) {
    loadLanguage(language).then(
      (tree) => done(null, tree as ResourceKey),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** Starts i18next in `language`; the promise settles once that language's text is loaded. */
export function initI18n(language: Language = 'zh-CN') {
  return i18n
    .use(lazyLanguages)
    .use(initReactI18next)
    .init({
      resources: { 'zh-CN': { translation: merge(Object.values(zhFiles)) } },
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: 'zh-CN',
      interpolation: { escapeValue: false },
      returnNull: false,
    })
    .then(() => i18n);
}

export { i18n };
