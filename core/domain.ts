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

/** A zero for every severity, for the counts reports and summaries keep per severity. */
export const zeroPerSeverity = () =>
  Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;

export const CHANNELS = ['phone', 'email', 'chat', 'walk_in'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The statuses of a case the desk still owes the customer something on. */
export const OPEN_CASE_STATUSES = ['new', 'in_progress', 'waiting_customer', 'waiting_21v'] as const;
/** Resolved or closed: no SLA clock runs, nothing is owed until a reopen. */
export const DONE_CASE_STATUSES = ['resolved', 'closed'] as const;
export const CASE_STATUSES = [...OPEN_CASE_STATUSES, ...DONE_CASE_STATUSES] as const;
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

export function isOpenStatus(status: CaseStatus): boolean {
  return (OPEN_CASE_STATUSES as readonly CaseStatus[]).includes(status);
}

/** Leaving resolved or closed is a reopen, which must say why. */
export function isReopen(from: CaseStatus, to: CaseStatus): boolean {
  return !isOpenStatus(from) && to !== 'closed';
}

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** An agent as other records name them: who owns a case, who wrote an event, who is on duty. */
export interface AgentRef {
  id: string;
  name: string;
}
