import { describe, expect, it } from 'vitest';
import type { ArticleContent } from '../../core/knowledge';
import { contentDiff, textDiff } from '../../renderer/features/knowledge/revision-diff';

const marked = (before: string, after: string) =>
  textDiff(before, after)
    .map((p) => (p.change === 'same' ? p.text : p.change === 'added' ? `[+${p.text}]` : `[-${p.text}]`))
    .join('');

describe('revision diff', () => {
  it('marks the words a line gained and lost, keeping the rest', () => {
    expect(marked('Open Settings then Account\nRestart', 'Open Settings then Mail\nRestart')).toBe(
      'Open Settings then [-Account][+Mail]\nRestart',
    );
  });

  it('compares Chinese by word, not the whole line', () => {
    const diff = marked('打开设置并选择帐户', '打开设置并选择邮箱');
    expect(diff.startsWith('打开设置并选择')).toBe(true);
    expect(diff).toContain('[+邮箱]');
    expect(diff).toContain('[-帐户]');
  });

  it('shows added and removed lines whole', () => {
    expect(marked('a\nb\n', 'a\nb\nc\n')).toBe('a\nb\n[+c\n]');
    expect(marked('a\nb\n', 'b\n')).toBe('[-a\n]b\n');
    expect(textDiff('same', 'same')).toEqual([{ text: 'same', change: 'same' }]);
  });

  it('lists only the texts that differ between two revisions', () => {
    const base: ArticleContent = {
      versions: { 'zh-CN': { title: '标题', body: '正文' }, en: { title: 'Title', body: 'Body' } },
      kind: 'faq',
      audience: 'customers',
      supportArea: 'updates',
      service: null,
      tags: ['a'],
      reviewDays: 90,
      status: 'draft',
    };
    const next = {
      ...base,
      versions: { ...base.versions, en: { title: 'Title', body: 'Body text' } },
      tags: ['a', 'b'],
    };
    expect(contentDiff(base, next).map((s) => s.key)).toEqual(['body.en', 'tags']);
    expect(contentDiff(base, base)).toEqual([]);
  });
});
