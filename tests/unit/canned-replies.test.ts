import { describe, expect, it } from 'vitest';
import {
  bodyFor,
  cannedRepliesSaveInput,
  fillPlaceholders,
  placeholdersIn,
  unknownPlaceholders,
} from '../../core/canned-replies';

describe('placeholders', () => {
  it('are found once each, in order, and told apart from unknown ones', () => {
    const text = '{contact}您好，案例 {case_number} 由 {agent} 跟进；{contact}，{Customer} {customer_name}';
    expect(placeholdersIn(text)).toEqual(['contact', 'case_number', 'agent', 'customer_name']);
    expect(unknownPlaceholders(text)).toEqual(['customer_name']);
  });

  it('are filled where the case has a value, and left as typed where it has none', () => {
    const text = 'Hello {contact}, case {case_number} ({request_number}) is due {sla_due}. {unknown}';
    expect(fillPlaceholders(text, { contact: '王晓明', case_number: 'SD-2026-000123', sla_due: '' })).toBe(
      'Hello 王晓明, case SD-2026-000123 ({request_number}) is due {sla_due}. {unknown}',
    );
  });
});

describe('saving a canned reply', () => {
  const save = (bodies: { 'zh-CN': string; en: string }) =>
    cannedRepliesSaveInput.safeParse({ name: '确认收到', bodies });

  it('refuses an unknown placeholder next to the body that has it', () => {
    const result = save({ 'zh-CN': '{客户}您好', en: 'Hello {contact_name}' });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join('.'), i.message]);
    // {客户} is not a placeholder at all (names are lowercase ASCII), so only the English body is wrong.
    expect(issues).toEqual([['bodies.en', 'validation.unknownPlaceholder']]);
  });

  it('needs a body in at least one language', () => {
    const result = save({ 'zh-CN': '  ', en: '' });
    expect(result.error!.issues.map((i) => i.message)).toEqual(['validation.required']);
    expect(save({ 'zh-CN': '', en: 'Hello {contact}' }).success).toBe(true);
  });

  it('offers the body in the contact’s language, else the other one', () => {
    expect(bodyFor({ bodies: { 'zh-CN': '您好', en: 'Hello' } }, 'en')).toBe('Hello');
    expect(bodyFor({ bodies: { 'zh-CN': '您好', en: '' } }, 'en')).toBe('您好');
  });
});
