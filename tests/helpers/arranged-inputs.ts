// Operation inputs that the service tests and the browser journeys arrange alike.
import type { CasesCreateInput } from '../../core/cases';
import type { EscalationPrepareInput } from '../../core/escalations';
import type { HandoverSubmitInput } from '../../core/handover';
import type { SubmitInput } from '../../core/tracked-request';

/** A customer's Outlook sign-in problem by phone, severity B: the tests' everyday case, as its form holds it. */
export const OUTLOOK_CASE = {
  title: '客户无法登录 Outlook',
  supportArea: 'client_connectivity',
  service: 'office365',
  severity: 'B',
  channel: 'phone',
} as const satisfies Omit<CasesCreateInput, 'customer'>;

/** The everyday case for a customer, titled `title`, with what `extra` changes. */
export const outlookCase = (
  customerId: string,
  title: string = OUTLOOK_CASE.title,
  extra: Partial<CasesCreateInput> = {},
): CasesCreateInput => ({
  ...OUTLOOK_CASE,
  customer: { id: customerId },
  title,
  ...extra,
});

/** An escalation of the case for want of tools: an Outlook problem titled `title`, for severity B. */
export const escalationDraft = (caseId: string, title: string): EscalationPrepareInput => ({
  caseId,
  tried: '重置密码，重建配置文件。',
  reasons: [{ reason: 'tools', evidence: '我们无权查看该租户的登录日志。' }],
  service: 'office365',
  severity: 'B',
  title,
  issue: title,
  businessImpact: '销售部无法收发邮件。',
  contact: '王晓明',
  target: 'admin_center',
  summaryLanguage: 'zh-CN',
});

/** What 21Vianet answered the request `id` in its form: its number, severity B, and its engineer. */
export const vianetAnswer = (id: string, requestNumber: string): SubmitInput => ({
  id,
  requestNumber,
  vianetSeverity: 'B',
  vianetContact: '张工',
});

/** A quiet desk's handover: an explicit none for every section. */
export const QUIET_HANDOVER = {
  plans: [],
  casesNone: true,
  watch: [],
  watchNone: true,
  notes: '',
  notesNone: true,
} satisfies HandoverSubmitInput;
