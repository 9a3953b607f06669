import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../core/cases';
import type { Escalation } from '../../core/escalations';
import {
  checkStep,
  formProblems,
  initialValues,
  toPrepareInput,
} from '../../renderer/features/escalations/escalation-form';

const detail = {
  id: '01900000-0000-7000-8000-000000000001',
  title: 'Teams 会议无法加入',
  description: '外部参会者无法加入会议。',
  service: 'office365',
  severity: 'A',
} as CaseDetail;
const contacts = [
  {
    id: 'x',
    customerId: 'c',
    name: '李娜',
    email: 'lina@huaxin.cn',
    phone: null,
    preferredChannel: null,
    language: null,
    createdAt: 1,
  },
];

type FormContext = Parameters<typeof initialValues>[2];

/**
 * The form as it opens on the case (or the draft), the summary in English, with the contact above, the admin
 * role granted and no premium agreement, unless `context` says otherwise.
 */
const start = (context: Partial<FormContext> = {}, draft?: Escalation) =>
  initialValues(detail, draft, {
    summaryLanguage: 'en',
    contacts,
    premiumAgreement: false,
    adminRole: true,
    ...context,
  });

describe('the escalation form', () => {
  it('starts from the case, the first contact and the desk’s language; never from severity A without premium', () => {
    const v = start();
    expect(v).toMatchObject({
      title: 'Teams 会议无法加入',
      issue: '外部参会者无法加入会议。',
      severity: 'B',
      contact: '李娜 lina@huaxin.cn',
      target: 'admin_center',
      summaryLanguage: 'en',
    });
    expect(start({ contacts: [], premiumAgreement: true })).toMatchObject({ severity: 'A', contact: '' });
  });

  it('offers the admin center only for a customer that granted the admin role, Partner Center otherwise', () => {
    const target = (adminRole: boolean) => start({ summaryLanguage: 'zh-CN', adminRole }).target;
    expect(target(true)).toBe('admin_center');
    expect(target(false)).toBe('partner_center');
  });

  it('continues a draft as it was saved', () => {
    const draft = {
      tried: 'x',
      reasons: [{ reason: 'documentation', evidence: '没有文档说明此错误代码。' }],
      service: 'azure',
      severity: 'C',
      title: 't',
      issue: 'i',
      businessImpact: 'b',
      contact: 'c',
      target: 'partner_center',
      summaryLanguage: 'zh-CN',
    } as Escalation;
    const v = start({}, draft);
    expect(v.reasons.documentation).toEqual({ checked: true, evidence: '没有文档说明此错误代码。' });
    expect(v.reasons.training.checked).toBe(false);
    expect(toPrepareInput(v, detail.id, 'draft-id', true)).toMatchObject({
      id: 'draft-id',
      reasons: [{ reason: 'documentation', evidence: '没有文档说明此错误代码。' }],
      target: 'partner_center',
      offline: true,
    });
  });

  it('puts each contract issue on its field: an evidence on its own reason, the set above the reasons', () => {
    const v = start({ premiumAgreement: true });
    v.reasons.training.checked = true;
    v.reasons.tools.checked = true;
    expect(
      formProblems(
        [
          { path: 'reasons.1.evidence', message: 'validation.evidence' },
          { path: 'reasons', message: 'validation.reasonNeeded' },
          { path: 'severity', message: 'validation.severityNeedsPremium' },
          { path: 'severity', message: 'validation.choose' },
        ],
        v,
      ),
    ).toEqual({
      fields: [
        { name: ['reasons', 'tools', 'evidence'], errors: ['validation.evidence'] },
        { name: 'severity', errors: ['validation.severityNeedsPremium'] },
      ],
      reasons: 'validation.reasonNeeded',
    });
  });

  it('judges one step at a time with the contract’s own schema', () => {
    const v = start({ premiumAgreement: true });
    expect(checkStep(v, 'justify', detail.id)).toEqual({
      fields: [{ name: 'tried', errors: ['validation.required'] }],
      reasons: 'validation.reasonNeeded',
    });
    // The request step does not complain about the justification, only about its own fields.
    expect(checkStep(v, 'request', detail.id)).toEqual({
      fields: [{ name: 'businessImpact', errors: ['validation.required'] }],
      reasons: null,
    });
  });
});
