import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../core/i18n/resources';

const dir = path.resolve(import.meta.dirname, '../../core/i18n/en');

function* strings(value: unknown, prefix = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [prefix, value];
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, prefix ? `${prefix}.${k}` : k);
}

/** A number placed before an English plural noun ("{{count}} cases", "{{count}} more gaps", "case(s)"). */
const COUNTED_PLURAL = /\{\{\s*count\s*\}\}\s+(?:more\s+|open\s+)?[A-Za-z]+s\b|\(s\)/;

describe('English counts', () => {
  it('put a number before a plural noun only in the plural form of a key with a singular twin', () => {
    const offenders: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const flat = new Map(strings(JSON.parse(readFileSync(path.join(dir, file), 'utf8'))));
      for (const [key, text] of flat) {
        if (!COUNTED_PLURAL.test(text)) continue;
        const base = key.replace(/_other$/, '');
        if (!key.endsWith('_other') || !flat.has(`${base}_one`)) offenders.push(`${file}: ${key}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('read "1 case" and "2 cases" through the plural rules of each language', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'en',
      resources: { en: { translation: MESSAGES.en }, 'zh-CN': { translation: MESSAGES['zh-CN'] } },
    });
    expect(i18n.t('caseList.total', { count: 1 })).toBe('1 case');
    expect(i18n.t('caseList.total', { count: 2 })).toBe('2 cases');
    expect(i18n.t('caseList.results', { count: 1 })).toBe('1 result');
    await i18n.changeLanguage('zh-CN');
    expect(i18n.t('caseList.total', { count: 1 })).toBe('共 1 个案例');
  });
});
