import { describe, expect, it } from 'vitest';
import type { Result } from '../../core/errors';
import { hasForbiddenCharacter, inputBoundIssue, MAX_INPUT_DEPTH } from '../../core/input-bounds';
import { openTestDesk } from '../db/case-support';

function nested(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { text: '邮件' };
  for (let i = 0; i < levels; i += 1) value = { inner: value };
  return value;
}

const refusedWith = (result: Result<unknown>, message: string) => {
  expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  if (!result.ok) expect(result.error.issues?.map((i) => i.message)).toContain(message);
};

describe('a NUL in any search box', () => {
  it.each([
    ['cases.search', { query: 'Out\u0000look' }],
    ['cases.list', { filters: { tags: ['VIP\u0000'] } }],
    ['customers.search', { query: '明远\u0000' }],
    ['customers.list', { query: 'a\u0000b' }],
    ['cases.export', { query: '\u0000' }],
    ['handover.history', { query: 'x\u0000' }],
    ['tags.suggest', { query: '\u0000' }],
  ])('%s answers VALIDATION naming the field', (name, input) => {
    const t = openTestDesk();
    const result = t.desk.dispatch(name, input);
    refusedWith(result, 'validation.controlCharacter');
  });
});

describe('nesting and size', () => {
  it('refuses a draft nested 1,000 levels deep, and writes nothing', () => {
    const t = openTestDesk();
    refusedWith(
      t.desk.dispatch('drafts.save', { key: 'new-case', body: nested(1_000) }),
      'validation.tooDeep',
    );
    expect(t.count('drafts')).toBe(0);
  });

  it('refuses a cyclic input (structured clone carries cycles) as too deep', () => {
    const cyclic: Record<string, unknown> = { key: 'new-case' };
    cyclic.body = cyclic;
    expect(inputBoundIssue(cyclic)?.message).toBe('validation.tooDeep');
  });

  it('keeps a draft as deep as a form makes it', () => {
    const t = openTestDesk();
    const result = t.desk.dispatch('drafts.save', { key: 'new-case', body: nested(MAX_INPUT_DEPTH - 4) });
    expect(result.ok).toBe(true);
  });

  it('refuses an input of too many values', () => {
    expect(inputBoundIssue({ tags: Array.from({ length: 200_000 }, () => 1) })?.message).toBe(
      'validation.tooLarge',
    );
  });

  it('names the path of the offending value', () => {
    expect(inputBoundIssue({ customer: { new: { name: 'a\u0007' } } })).toEqual({
      path: 'customer.new.name',
      message: 'validation.controlCharacter',
    });
    expect(inputBoundIssue({ ['k\u0000']: 1 })?.message).toBe('validation.controlCharacter');
  });
});

describe('hasForbiddenCharacter', () => {
  it.each(['\u0000', 'a\u0001', '\u001b[31m', '\u007f', '\ud800', 'x\udc00', '\ud83d'])(
    'refuses %j',
    (text) => {
      expect(hasForbiddenCharacter(text)).toBe(true);
    },
  );

  it.each(['', 'line\nbreak\r\n\ttab', '邮件 Outlook', '😀', '\u202e'])('accepts %j', (text) => {
    expect(hasForbiddenCharacter(text)).toBe(false);
  });
});
