// Pure domain vocabulary shared by every layer. Values are stable keys; labels live in the i18n files.

/** The seven support duties a CSP reseller owes its customers (seed document). */
export const SUPPORT_AREAS = [
  'account_setup',
  'accounts_billing',
  'howto_faq',
  'updates',
  'software_config',
  'client_connectivity',
  'performance_availability',
] as const;
export type SupportArea = (typeof SUPPORT_AREAS)[number];

/** Services operated by 21Vianet that the desk resells. */
export const SERVICES = ['office365', 'azure', 'dynamics365', 'powerbi', 'other'] as const;
export type Service = (typeof SERVICES)[number];

/** 21Vianet's severities: A critical, B moderate, C minimal. */
export const SEVERITIES = ['A', 'B', 'C'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CHANNELS = ['phone', 'email', 'chat', 'walk_in'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CASE_STATUSES = [
  'new',
  'in_progress',
  'waiting_customer',
  'waiting_21v',
  'resolved',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  new: ['in_progress', 'waiting_customer', 'waiting_21v', 'resolved'],
  in_progress: ['waiting_customer', 'waiting_21v', 'resolved'],
  waiting_customer: ['in_progress', 'resolved'],
  waiting_21v: ['in_progress', 'resolved'],
  resolved: ['closed', 'in_progress'],
  closed: ['in_progress'],
};

export function allowedTransitions(from: CaseStatus): readonly CaseStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Leaving resolved or closed is a reopen, which must say why. */
export function isReopen(from: CaseStatus, to: CaseStatus): boolean {
  return (from === 'resolved' || from === 'closed') && to !== 'closed';
}

export function isOpenStatus(status: CaseStatus): boolean {
  return status !== 'resolved' && status !== 'closed';
}

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** `SD-2026-000001`: the human case number, one sequence per calendar year. */
export function formatCaseNumber(year: number, sequence: number): string {
  return `SD-${year}-${String(sequence).padStart(6, '0')}`;
}

export const CASE_NUMBER_PATTERN = /^SD-\d{4}-\d{6,}$/;
