// The summary the agent copies into 21Vianet's form, field by field, in the language the agent chose for
// it (which may differ from the interface language: the form is read by 21Vianet, not by the agent).
// Pure. The field and category labels are the form's own wording; statuses and severities read as in the UI.
import type { CaseEvent } from './cases';
import type { CaseStatus, Language, Severity } from './domain';
import type { PartnerCategory } from './partner-requests';
import { vocabularyLabels } from './i18n/resources';
import type { DraftFields } from './tracked-request';

export const SUMMARY_FIELDS = [
  'title',
  'category',
  'issue',
  'severity',
  'businessImpact',
  'contact',
  'tried',
  'timeline',
] as const;
export type SummaryFieldKey = (typeof SUMMARY_FIELDS)[number];

export interface SummaryField {
  key: SummaryFieldKey;
  label: string;
  value: string;
}

const LABELS: Record<Language, Record<SummaryFieldKey, string>> = {
  'zh-CN': {
    title: '标题',
    category: '问题类别',
    issue: '问题描述',
    severity: '严重级别',
    businessImpact: '业务影响',
    contact: '联系人',
    tried: '已尝试的步骤',
    timeline: '处理经过（摘录）',
  },
  en: {
    title: 'Title',
    category: 'Category',
    issue: 'Issue',
    severity: 'Severity',
    businessImpact: 'Business impact',
    contact: 'Contact',
    tried: 'Steps tried',
    timeline: 'Timeline (excerpt)',
  },
};

const CATEGORY: Record<Language, Record<PartnerCategory, string>> = {
  'zh-CN': { technical: '技术问题', billing: '计费问题', customer_subscription: '客户和订阅管理问题' },
  en: {
    technical: 'Technical issue',
    billing: 'Billing issue',
    customer_subscription: 'Customer and subscription management',
  },
};

const WORDS = {
  'zh-CN': {
    customer: '客户',
    tenant: '租户',
    service: '服务',
    reference: '我方案例编号',
    created: '创建',
    note: '备注',
    reply: '回复客户',
    callIn: (m: number) => `来电 ${m} 分钟`,
    callOut: (m: number) => `去电 ${m} 分钟`,
    status: '状态',
    none: '（无）',
    separator: '：',
  },
  en: {
    customer: 'Customer',
    tenant: 'Tenant',
    service: 'Service',
    reference: 'Our case number',
    created: 'Created',
    note: 'Note',
    reply: 'Reply to customer',
    callIn: (m: number) => `Incoming call, ${m} min`,
    callOut: (m: number) => `Outgoing call, ${m} min`,
    status: 'Status',
    none: '(none)',
    separator: ': ',
  },
} as const;

/** How many timeline entries the excerpt keeps (the latest), and how long each line may be. */
export const EXCERPT_ENTRIES = 8;
export const EXCERPT_LINE_CHARS = 200;

/** What every request's summary says, whatever its kind. */
export type RequestSummarySource = Pick<DraftFields, 'title' | 'severity' | 'businessImpact' | 'contact'> & {
  language: Language;
};

export interface EscalationSummarySource extends RequestSummarySource {
  /** IANA zone the times are written in; the workstation's by default. */
  timeZone?: string;
  caseNumber: string;
  customerName: string;
  tenantDomain: string | null;
  /** The service's name, already in the summary language. */
  serviceName: string;
  issue: string;
  tried: string;
  events: readonly CaseEvent[];
}

/** The fields of 21Vianet's form for an escalation on behalf of a customer, in `language`. */
export function escalationSummary(src: EscalationSummarySource): SummaryField[] {
  const w = WORDS[src.language];
  const facts = [
    `${w.customer}${w.separator}${src.customerName}`,
    ...(src.tenantDomain ? [`${w.tenant}${w.separator}${src.tenantDomain}`] : []),
    `${w.service}${w.separator}${src.serviceName}`,
    `${w.reference}${w.separator}${src.caseNumber}`,
  ];
  const excerpt = timelineExcerpt(src.events, src.language, src.timeZone);
  return requestSummary(src, {
    issue: [src.issue.trim(), facts.join('\n')].filter(Boolean).join('\n\n'),
    after: [
      ['tried', src.tried.trim()],
      ['timeline', excerpt.length > 0 ? excerpt.join('\n') : w.none],
    ],
  });
}

export interface PartnerSummarySource extends RequestSummarySource {
  category: PartnerCategory;
  description: string;
}

/** The fields of 21Vianet's support request form for a Partner Center request, in `language`. */
export function partnerRequestSummary(src: PartnerSummarySource): SummaryField[] {
  return requestSummary(src, {
    category: CATEGORY[src.language][src.category],
    issue: src.description.trim(),
  });
}

/** Everything at once, for pasting into a single text box or an e-mail. */
export function summaryText(summary: readonly SummaryField[]): string {
  return summary.map((f) => `${f.label}\n${f.value}`).join('\n\n');
}

/** The fields in the order of 21Vianet's forms: a kind's category, issue and further fields in place. */
function requestSummary(
  src: RequestSummarySource,
  own: { category?: string; issue: string; after?: [SummaryFieldKey, string][] },
): SummaryField[] {
  const values: [SummaryFieldKey, string][] = [
    ['title', src.title.trim()],
    ...(own.category === undefined ? [] : [['category', own.category] as [SummaryFieldKey, string]]),
    ['issue', own.issue],
    ['severity', vocabularyLabels<Severity>(src.language, 'severities')[src.severity]],
    ['businessImpact', src.businessImpact.trim()],
    ['contact', src.contact.trim()],
    ...(own.after ?? []),
  ];
  return values.map(([key, value]) => ({ key, label: LABELS[src.language][key], value }));
}

/**
 * The latest entries of the timeline as single lines: creation, notes (as last edited), replies, calls
 * and status changes; assignments, tags and the like say nothing to 21Vianet and are left out.
 */
export function timelineExcerpt(
  events: readonly CaseEvent[],
  language: Language,
  timeZone?: string,
): string[] {
  const w = WORDS[language];
  const edits = new Map<string, string>();
  for (const e of events) if (e.kind === 'note_edited') edits.set(e.payload.noteId, e.payload.body);
  const lines: string[] = [];
  for (const e of events) {
    let what: string | null = null;
    if (e.kind === 'created') what = `[${w.created}] ${e.payload.title}`;
    else if (e.kind === 'note') what = `[${w.note}] ${edits.get(e.id) ?? e.payload.body}`;
    else if (e.kind === 'reply') what = `[${w.reply}] ${e.payload.body}`;
    else if (e.kind === 'call') {
      const call = e.payload.direction === 'in' ? w.callIn : w.callOut;
      what = `[${call(e.payload.minutes)}] ${e.payload.body}`;
    } else if (e.kind === 'status_changed') {
      const s = vocabularyLabels<CaseStatus>(language, 'statuses');
      what = `[${w.status}] ${s[e.payload.from]} → ${s[e.payload.to]}`;
    }
    if (what !== null) lines.push(`${formatTime(e.at, timeZone)} ${oneLine(what)}`);
  }
  return lines.slice(-EXCERPT_ENTRIES);
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > EXCERPT_LINE_CHARS ? `${chars.slice(0, EXCERPT_LINE_CHARS - 1).join('')}…` : flat;
}

/** `2026-01-05 09:00` in the given zone: the same in both languages, and unambiguous for 21Vianet. */
export function formatTime(ms: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    ...(timeZone ? { timeZone } : {}),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}
