import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, CHANNELS, SERVICES, SEVERITIES, SUPPORT_AREAS } from '../../core/domain';
import { ERROR_CODES } from '../../core/errors';

const root = path.resolve(import.meta.dirname, '../..');

function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

const i18nDir = path.join(root, 'core/i18n');
const readJson = (lang: string, file: string) =>
  JSON.parse(readFileSync(path.join(i18nDir, lang, file), 'utf8')) as Record<string, unknown>;
const featureFiles = (lang: string) =>
  readdirSync(path.join(i18nDir, lang))
    .filter((f) => f.endsWith('.json'))
    .sort();

/** The merged tree the app loads: every feature file of a language. */
const load = (lang: string) => {
  const merged: Record<string, unknown> = {};
  for (const file of featureFiles(lang)) Object.assign(merged, readJson(lang, file));
  return flatten(merged);
};

const locales = { 'zh-CN': load('zh-CN'), en: load('en') };
const zh = locales['zh-CN'];
const en = locales.en;

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]!).sort();

describe('i18n resource files', () => {
  it('come in zh-CN and en twins, feature by feature', () => {
    expect(featureFiles('zh-CN')).toEqual(featureFiles('en'));
    expect(featureFiles('zh-CN').length).toBeGreaterThan(0);
  });

  it('never define the same top-level section in two feature files', () => {
    for (const lang of ['zh-CN', 'en']) {
      const owners = new Map<string, string>();
      for (const file of featureFiles(lang)) {
        for (const section of Object.keys(readJson(lang, file))) {
          expect(
            owners.get(section),
            `${lang}: ${section} in ${file} and ${owners.get(section)}`,
          ).toBeUndefined();
          owners.set(section, file);
        }
      }
    }
  });
});

describe('i18n resource parity', () => {
  it('loads a substantial set of keys', () => {
    expect(zh.size).toBeGreaterThan(20);
  });

  it('zh-CN and en have exactly the same flattened keys', () => {
    const onlyZh = [...zh.keys()].filter((k) => !en.has(k));
    const onlyEn = [...en.keys()].filter((k) => !zh.has(k));
    expect({ onlyZh, onlyEn }).toEqual({ onlyZh: [], onlyEn: [] });
  });

  it.each(Object.entries(locales))('%s has only non-empty string values', (_name, messages) => {
    const bad = [...messages].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it('uses the same {{placeholders}} in both languages', () => {
    const mismatched: string[] = [];
    for (const [key, zhText] of zh) {
      const enText = en.get(key);
      if (typeof zhText !== 'string' || typeof enText !== 'string') continue;
      if (placeholders(zhText).join() !== placeholders(enText).join()) mismatched.push(key);
    }
    expect(mismatched).toEqual([]);
    expect(placeholders(en.get('cases.created') as string)).toEqual(['number']);
  });

  const vocabulary: [string, readonly string[]][] = [
    ['supportAreas', SUPPORT_AREAS],
    ['services', SERVICES],
    ['severities', SEVERITIES],
    ['channels', CHANNELS],
    ['statuses', CASE_STATUSES],
    ['errors', ERROR_CODES],
  ];

  it.each(vocabulary)('labels every value of %s in both languages', (group, values) => {
    const missing = values
      .flatMap((v) => Object.entries(locales).map(([lang, m]) => [lang, `${group}.${v}`, m] as const))
      .filter(([, key, m]) => !m.has(key))
      .map(([lang, key]) => `${lang}:${key}`);
    expect(missing).toEqual([]);
  });

  it('translates every validation message key used by the contract and the services', () => {
    const dirs = ['core', 'electron/services'];
    const used = new Set<string>();
    for (const dir of dirs) {
      for (const file of readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.ts'))) {
        const source = readFileSync(path.join(root, dir, file), 'utf8');
        for (const m of source.matchAll(/validation\.[a-zA-Z]+/g)) used.add(m[0]);
      }
    }
    // The keys the schemas and services are known to use must be among those found.
    for (const key of ['validation.required', 'validation.invalidId', 'validation.reopenReason']) {
      expect(used).toContain(key);
    }
    const missing = [...used]
      .flatMap((key) => Object.entries(locales).map(([lang, m]) => (m.has(key) ? null : `${lang}:${key}`)))
      .filter((x) => x !== null);
    expect(missing).toEqual([]);
  });
});

describe('i18n keys in the interface', () => {
  const sources = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => readFileSync(path.join(root, dir, f), 'utf8'));
  // A literal key; keys built at run time (`statuses.${s}`) are covered by the vocabulary checks above.
  const used = new Set(
    sources('renderer').flatMap((source) =>
      [...source.matchAll(/\bt\(\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)].map((m) => m[1]!),
    ),
  );

  it('finds the keys the screens pass to t()', () => {
    expect(used).toContain('controls.cancel');
    expect(used.size).toBeGreaterThan(500);
  });

  it.each(Object.entries(locales))('%s holds every one of them (a plural as its _other form)', (_lang, m) => {
    const missing = [...used].filter((key) => !m.has(key) && !m.has(`${key}_other`));
    expect(missing).toEqual([]);
  });
});
