// Shift handover (交接班): the composition and completeness rules, pure and deterministic. The service feeds
// them what the case log says (open cases, their SLA clocks, the previous handover); the UI runs the same
// validation as the agent types, so that the errors shown next to a section are exactly the server's.
import { z } from 'zod';
import type { CaseStatus, Severity } from './domain';
import { nextDue, type SlaClocks } from './sla';
import { id, optionalText } from './validation';

export interface AgentRef {
  id: string;
  name: string;
}

/** One open case as the log has it when the handover is composed. */
export interface OpenCaseFacts {
  caseId: string;
  number: string;
  title: string;
  customerName: string;
  severity: Severity;
  status: CaseStatus;
  owner: AgentRef | null;
  /** 21Vianet's service request number, once escalated. */
  requestNumber: string | null;
  /** Since when the case waits on 21Vianet (status waiting_21v), else null. */
  waitingOn21vSince: number | null;
}

export type ClockName = 'firstResponse' | 'nextUpdate' | 'resolution';

/** The SLA at composition time, reduced to what the handover shows and sorts by. */
export interface ItemClock {
  /** The running clock that runs out first, and when; null while paused or with nothing running. */
  dueWhich: ClockName | null;
  dueAt: number | null;
  /** Active time left on the most urgent unfinished clock (negative once breached); null if none. */
  remainingMs: number | null;
  paused: boolean;
  breached: boolean;
}

/** What the outgoing agent writes for one case: the next action, who does it by when, and a fallback. */
export interface CasePlan {
  nextAction: string;
  owner: AgentRef | null;
  deadline: number | null;
  /** "如果 10:00 前客户未回电" … */
  contingencyIf: string;
  /** … "则升级给值班主管". */
  contingencyThen: string;
}

export interface HandoverItem extends OpenCaseFacts, ItemClock, CasePlan {
  /** The plan was carried over from the previous handover. */
  carried: boolean;
}

export interface WatchItem {
  id: string;
  text: string;
  /** The handover this item was carried over from, if it was. */
  carriedFrom: string | null;
}

export interface HandoverSummary {
  total: number;
  bySeverity: Record<Severity, number>;
  breached: number;
  /** Running clocks due within AT_RISK_MS of composition. */
  atRisk: number;
  waitingOn21v: number;
}

/** The handover as written: immutable once submitted. */
export interface HandoverDocument {
  composedAt: number;
  items: HandoverItem[];
  casesNone: boolean;
  watch: WatchItem[];
  watchNone: boolean;
  notes: string;
  notesNone: boolean;
  summary: HandoverSummary;
  /** The handover this one follows (its plans and watch items were offered for carrying over). */
  previousId: string | null;
}

/** What the previous handover passes on: plans for cases still open, and its watch items. */
export interface CarryOver {
  id: string;
  plans: ReadonlyMap<string, CasePlan>;
  watch: readonly WatchItem[];
}

/** The SLA warning horizon of the summary: the shortest first-response target (severity A, 2 h). */
export const AT_RISK_MS = 2 * 60 * 60_000;

const SEVERITY_RANK: Record<Severity, number> = { A: 0, B: 1, C: 2 };

export function itemClock(clocks: SlaClocks | undefined): ItemClock {
  if (!clocks) return { dueWhich: null, dueAt: null, remainingMs: null, paused: false, breached: false };
  const due = nextDue(clocks);
  const unfinished = [clocks.firstResponse, clocks.nextUpdate, clocks.resolution].filter(
    (c) => c !== null && c.metAt === null,
  );
  const remaining = unfinished.map((c) => c!.remainingMs);
  return {
    dueWhich: due?.which ?? null,
    dueAt: due?.dueAt ?? null,
    remainingMs: remaining.length ? Math.min(...remaining) : null,
    paused: clocks.paused,
    breached: [clocks.firstResponse, clocks.nextUpdate, clocks.resolution].some(
      (c) => c?.state === 'breached',
    ),
  };
}

/**
 * Most urgent first: severity A before B before C; within a severity, running clocks by due time (breached
 * ones, due in the past, first), then paused cases by the active time they have left, then cases with no
 * clock; the case number breaks ties so that the order never depends on the input order.
 */
export function compareItems(a: HandoverItem, b: HandoverItem): number {
  return compareKeys(urgency(a), urgency(b));
}

type Urgency = [rank: number, group: number, key: number, number: string];

function urgency(i: HandoverItem): Urgency {
  const group = i.dueAt !== null ? 0 : i.remainingMs !== null ? 1 : 2;
  return [SEVERITY_RANK[i.severity], group, i.dueAt ?? i.remainingMs ?? 0, i.number];
}

function compareKeys(a: Urgency, b: Urgency): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0);
}

/** Sorts by compareItems, working out each item's key once (5,000 items: ~65,000 comparisons). */
function byUrgency(items: HandoverItem[]): HandoverItem[] {
  const keyed = items.map((item) => ({ item, key: urgency(item) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return keyed.map((k) => k.item);
}

export function summarize(items: readonly HandoverItem[], now: number): HandoverSummary {
  const bySeverity: Record<Severity, number> = { A: 0, B: 0, C: 0 };
  let breached = 0;
  let atRisk = 0;
  let waitingOn21v = 0;
  for (const i of items) {
    bySeverity[i.severity] += 1;
    if (i.breached) breached += 1;
    else if (i.dueAt !== null && i.dueAt - now <= AT_RISK_MS) atRisk += 1;
    if (i.status === 'waiting_21v') waitingOn21v += 1;
  }
  return { total: items.length, bySeverity, breached, atRisk, waitingOn21v };
}

const emptyPlan = (owner: AgentRef | null): CasePlan => ({
  nextAction: '',
  owner,
  deadline: null,
  contingencyIf: '',
  contingencyThen: '',
});

/**
 * A new handover from the log: every open case with its clocks, ordered by urgency; plans carried over
 * from the previous handover for cases still open (else the case's owner as the default owner); the
 * previous watch items carried over; notes start empty (they belong to one shift).
 */
export function composeHandover(args: {
  cases: readonly OpenCaseFacts[];
  clocks: ReadonlyMap<string, SlaClocks>;
  previous: CarryOver | null;
  now: number;
}): HandoverDocument {
  const { cases, clocks, previous, now } = args;
  const items = byUrgency(
    cases.map((f): HandoverItem => {
      const carried = previous?.plans.get(f.caseId);
      const plan = carried ?? emptyPlan(f.owner);
      const clock = itemClock(clocks.get(f.caseId));
      // Spelled out rather than spread: at 5,000 items, spreading three objects into each costs ten
      // times as much as the whole rest of the composition.
      return {
        caseId: f.caseId,
        number: f.number,
        title: f.title,
        customerName: f.customerName,
        severity: f.severity,
        status: f.status,
        requestNumber: f.requestNumber,
        waitingOn21vSince: f.waitingOn21vSince,
        dueWhich: clock.dueWhich,
        dueAt: clock.dueAt,
        remainingMs: clock.remainingMs,
        paused: clock.paused,
        breached: clock.breached,
        nextAction: plan.nextAction,
        owner: plan.owner,
        deadline: plan.deadline,
        contingencyIf: plan.contingencyIf,
        contingencyThen: plan.contingencyThen,
        carried: carried !== undefined,
      };
    }),
  );
  return {
    composedAt: now,
    items,
    casesNone: false,
    watch: (previous?.watch ?? []).map((w) => ({ ...w, carriedFrom: w.carriedFrom ?? previous!.id })),
    watchNone: false,
    notes: '',
    notesNone: false,
    summary: summarize(items, now),
    previousId: previous?.id ?? null,
  };
}

/** A case whose SLA runs out before the next action is due (or already has) needs a fallback. */
export function needsContingency(item: Pick<HandoverItem, 'severity' | 'breached' | 'dueAt' | 'deadline'>) {
  if (item.severity === 'A' || item.breached) return true;
  return item.dueAt !== null && item.deadline !== null && item.dueAt <= item.deadline;
}

/** One problem, against a section (`cases`, `watch`, `notes`), a case (`items.<caseId>.<field>`) or a watch item. */
export interface HandoverIssue {
  path: string;
  /** An i18n key. */
  message: string;
}

type Checked = Pick<HandoverDocument, 'items' | 'casesNone' | 'watch' | 'watchNone' | 'notes' | 'notesNone'>;

/**
 * Completeness: each section holds content or an explicit "none", never both; each case has its next
 * action, owner and a deadline still ahead, and an if/then fallback where needsContingency says so.
 */
export function validateHandover(doc: Checked, now: number): HandoverIssue[] {
  const issues: HandoverIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  if (doc.items.length === 0 && !doc.casesNone) add('cases', 'handover.issues.sectionEmpty');
  if (doc.items.length > 0 && doc.casesNone) add('cases', 'handover.issues.noneButOpenCases');
  for (const item of doc.items) {
    const at = (field: string) => `items.${item.caseId}.${field}`;
    if (!item.nextAction.trim()) add(at('nextAction'), 'handover.issues.nextActionRequired');
    if (!item.owner) add(at('owner'), 'handover.issues.ownerRequired');
    if (item.deadline === null) add(at('deadline'), 'handover.issues.deadlineRequired');
    else if (item.deadline <= now) add(at('deadline'), 'handover.issues.deadlinePassed');
    const hasIf = item.contingencyIf.trim() !== '';
    const hasThen = item.contingencyThen.trim() !== '';
    if (hasIf !== hasThen) add(at('contingency'), 'handover.issues.contingencyHalf');
    else if (!hasIf && needsContingency(item)) add(at('contingency'), 'handover.issues.contingencyRequired');
  }

  const watch = doc.watch.filter((w) => w.text.trim() !== '');
  if (doc.watchNone && watch.length > 0) add('watch', 'handover.issues.noneButContent');
  else if (!doc.watchNone && doc.watch.length === 0) add('watch', 'handover.issues.sectionEmpty');
  for (const w of doc.watch) if (!w.text.trim()) add(`watch.${w.id}`, 'handover.issues.watchEmpty');

  const hasNotes = doc.notes.trim() !== '';
  if (doc.notesNone && hasNotes) add('notes', 'handover.issues.noneButContent');
  else if (!doc.notesNone && !hasNotes) add('notes', 'handover.issues.sectionEmpty');
  return issues;
}

/** Which sections have problems, for the markers beside each section. */
export function sectionOf(path: string): 'cases' | 'watch' | 'notes' {
  return path.startsWith('items.') || path === 'cases'
    ? 'cases'
    : path.startsWith('watch')
      ? 'watch'
      : 'notes';
}

// Read-back rules: the incoming agent confirms each severity-A item, then acknowledges.

/** Cases the incoming agent must confirm one by one before acknowledging. */
export function itemsToConfirm(doc: Pick<HandoverDocument, 'items'>): string[] {
  return doc.items.filter((i) => i.severity === 'A').map((i) => i.caseId);
}

export type ReadBackRefusal =
  'ownHandover' | 'notPending' | 'notConfirmable' | 'alreadyConfirmed' | 'unconfirmedItems';

/** Why `agentId` may not confirm `caseId` on this handover, or null when they may. */
export function confirmRefusal(
  handover: { fromAgentId: string; status: HandoverStatus; document: Pick<HandoverDocument, 'items'> },
  confirmed: ReadonlySet<string>,
  agentId: string,
  caseId: string,
): ReadBackRefusal | null {
  if (handover.fromAgentId === agentId) return 'ownHandover';
  if (handover.status !== 'pending') return 'notPending';
  if (!itemsToConfirm(handover.document).includes(caseId)) return 'notConfirmable';
  if (confirmed.has(caseId)) return 'alreadyConfirmed';
  return null;
}

/** Why `agentId` may not acknowledge, or null when every A item is confirmed and they may. */
export function acknowledgeRefusal(
  handover: { fromAgentId: string; status: HandoverStatus; document: Pick<HandoverDocument, 'items'> },
  confirmed: ReadonlySet<string>,
  agentId: string,
): ReadBackRefusal | null {
  if (handover.fromAgentId === agentId) return 'ownHandover';
  if (handover.status !== 'pending') return 'notPending';
  if (itemsToConfirm(handover.document).some((caseId) => !confirmed.has(caseId))) return 'unconfirmedItems';
  return null;
}

/** Everything the text search of the history covers, as one text. */
export function handoverSearchText(doc: HandoverDocument, from: string): string {
  const parts = [from, doc.notes];
  for (const i of doc.items) {
    parts.push(i.number, i.title, i.customerName, i.requestNumber ?? '', i.nextAction, i.owner?.name ?? '');
    parts.push(i.contingencyIf, i.contingencyThen);
  }
  for (const w of doc.watch) parts.push(w.text);
  return parts.filter((p) => p.trim() !== '').join('\n');
}

// The API.

export const HANDOVER_STATUSES = ['pending', 'acknowledged', 'superseded'] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

const planFields = {
  nextAction: optionalText(2_000),
  ownerId: id.nullable(),
  deadline: z.number().int().positive().nullable(),
  contingencyIf: optionalText(1_000),
  contingencyThen: optionalText(1_000),
};
export const handoverPlanInput = z.object({ caseId: id, ...planFields }).strict();
export type HandoverPlanInput = z.infer<typeof handoverPlanInput>;

export const watchItemInput = z
  .object({ id, text: optionalText(2_000), carriedFrom: id.nullable() })
  .strict();

export const handoverComposeInput = z.object({}).strict();
/**
 * The agent's part only: the facts (cases, clocks) are read again from the log at submission, so a case
 * opened meanwhile shows up as a case without a plan instead of being silently left out.
 */
export const handoverSubmitInput = z
  .object({
    plans: z.array(handoverPlanInput).max(20_000),
    casesNone: z.boolean(),
    watch: z.array(watchItemInput).max(200),
    watchNone: z.boolean(),
    notes: optionalText(20_000),
    notesNone: z.boolean(),
  })
  .strict();
export type HandoverSubmitInput = z.input<typeof handoverSubmitInput>;

export const handoverGetInput = z.object({ id }).strict();
export const handoverPendingInput = z.object({}).strict();
export const handoverConfirmInput = z.object({ handoverId: id, caseId: id }).strict();
export const handoverAcknowledgeInput = z.object({ handoverId: id }).strict();

export const handoverCursor = z.object({ createdAt: z.number().int(), id }).strict();
export type HandoverCursor = z.infer<typeof handoverCursor>;
export const handoverHistoryInput = z
  .object({
    query: optionalText(200).default(''),
    limit: z.number().int().min(1).max(200).default(50),
    before: handoverCursor.optional(),
  })
  .strict();
export const handoverPdfInput = z.object({ id }).strict();

export interface HandoverConfirmation {
  caseId: string;
  agent: AgentRef;
  at: number;
}

export const HANDOVER_EVENT_KINDS = [
  'submitted',
  'item_confirmed',
  'acknowledged',
  'superseded',
  'shift_close_override',
  'imported',
] as const;
export type HandoverEventKind = (typeof HANDOVER_EVENT_KINDS)[number];

export interface HandoverEvent {
  id: string;
  kind: HandoverEventKind;
  agent: AgentRef;
  at: number;
  payload: Record<string, unknown>;
}

export interface Handover {
  id: string;
  fromAgent: AgentRef;
  /** Who acknowledged it (the incoming agent), once acknowledged. */
  toAgent: AgentRef | null;
  status: HandoverStatus;
  /** T1: composed, checked and submitted by the outgoing agent. */
  createdAt: number;
  /** T2: acknowledged by the incoming agent. */
  acknowledgedAt: number | null;
  document: HandoverDocument;
  confirmations: HandoverConfirmation[];
  events: HandoverEvent[];
}

export interface PendingHandover {
  id: string;
  fromAgent: AgentRef;
  createdAt: number;
}

export interface HandoverListItem {
  id: string;
  fromAgent: AgentRef;
  toAgent: AgentRef | null;
  status: HandoverStatus;
  createdAt: number;
  acknowledgedAt: number | null;
  caseCount: number;
  severityACount: number;
  /** Where the search matched, with the match between SNIPPET_OPEN/CLOSE; null without a query. */
  snippet: string | null;
}

export interface HandoverPage {
  items: HandoverListItem[];
  next: HandoverCursor | null;
}

export interface PdfExportStarted {
  /** False where there is no PDF printer (browser mode): the UI prints with the browser instead. */
  started: boolean;
}
