import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../core/i18n/translate';
import { placeholderSet } from '../../core/placeholders';
import { DEFAULT_SLA_POLICY } from '../../core/sla';
import { SHEET_PLACEHOLDER_SET, supportSheetTemplateSaveInput } from '../../core/support-sheet';
import { DEFAULT_SHEET_BODIES } from '../../core/support-sheet-default';
import { escapeMarkdown, fillSheet, sampleSheetFacts, targetText } from '../../core/support-sheet-fill';

describe('placeholders', () => {
  it('are one machinery for any set of names: unknown names found, known ones filled', () => {
    const set = placeholderSet(['customer', 'tenant'] as const);
    expect(set.unknownIn('{customer} at {tenant}, {desk_phone} {desk_phone}')).toEqual(['desk_phone']);
    expect(set.fill('{customer} at {tenant} / {other}', { customer: '明远', tenant: '' })).toBe(
      '明远 at {tenant} / {other}',
    );
  });

  it('refuse a template naming one the sheet does not know, under that language only', () => {
    const parsed = supportSheetTemplateSaveInput.safeParse({
      version: 1,
      bodies: { 'zh-CN': '{联系人} {customer}', en: '{customer} {hotline}' },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['bodies.en', 'validation.unknownPlaceholder'],
    ]);
  });
});

describe('filling the sheet', () => {
  it('names targets in whole days, hours, or hours and minutes', () => {
    const en = translatorFor('en');
    const zh = translatorFor('zh-CN');
    expect([60, 90, 45, 1440, 4320, 1500].map((m) => targetText(en, m))).toEqual([
      '1 hour',
      '1 hour 30 minutes',
      '45 minutes',
      '1 day',
      '3 days',
      '25 hours',
    ]);
    expect(targetText(zh, 150)).toBe('2 小时 30 分钟');
  });

  it('leaves no placeholder of the shipped template unfilled, in either language', () => {
    const facts = sampleSheetFacts('en', { policy: DEFAULT_SLA_POLICY, version: 3, date: '2026-06-01' });
    for (const language of ['zh-CN', 'en'] as const) {
      const body = DEFAULT_SHEET_BODIES[language];
      expect(SHEET_PLACEHOLDER_SET.unknownIn(body)).toEqual([]);
      expect(fillSheet(body, language, facts)).not.toMatch(/\{[a-z_]+\}/);
    }
  });

  it('keeps Markdown out of what the customer record holds', () => {
    expect(escapeMarkdown('A|B *x* [y](z) #1 <b>')).toBe('A\\|B \\*x\\* \\[y\\](z) \\#1 \\<b\\>');
  });
});
