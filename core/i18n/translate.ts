// Lookup in the resource trees for code without i18next (the main process, the services): the same strings
// as the UI, with `{{name}}` placeholders filled in.
import type { Language } from '../domain';
import { MESSAGES } from './resources';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

function lookup(language: Language, key: string): string | undefined {
  let node: unknown = MESSAGES[language];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/**
 * `key` looked up in the language's tree, with a `count` choosing its plural form (`key_one`, `key_other`)
 * as i18next does; the key itself when it is missing.
 */
export function translate(language: Language, key: string, values: Record<string, string | number> = {}) {
  const count = values.count;
  const plural =
    typeof count === 'number'
      ? lookup(language, `${key}_${new Intl.PluralRules(language).select(count)}`)
      : undefined;
  const text = plural ?? lookup(language, key) ?? key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => String(values[name] ?? ''));
}

/** The language's translate function. */
export const translatorFor =
  (language: Language): Translate =>
  (key, values) =>
    translate(language, key, values);
