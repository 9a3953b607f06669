// Shift handover (交接班): the document an outgoing agent writes and the API that carries it. The rules that
// compose it and check it are pure functions beside it (handover-compose.ts, handover-rules.ts), run by the
// service on what the case log says and by the UI as the agent types, so that both show the same errors.
import { z } from 'zod';
import type { CaseHeadline } from './cases';
import type { AgentRef, Severity } from './domain';
import type { SlaClockName } from './sla';
import { id, optionalText } from './validation';
import { noInput, reads, writes } from './operation';

/** One open case as the log has it when the handover is composed. */
export interface OpenCaseFacts extends CaseHeadline {
  /** 21Vianet's service request number, once escalated. */
  requestNumber: string | null;
  /** Since when the case waits on 21Vianet (status waiting_21v), else null. */
  waitingOn21vSince: number | null;
}

/** The SLA at composition time, reduced to what the handover shows and sorts by. */
export interface ItemClock {
  /** The running clock that runs out first, and when; null while paused or with nothing running. */
  dueWhich: SlaClockName | null;
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
  /** Running clocks due within AT_RISK_MS (handover-compose.ts) of composition. */
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

export const handoverCursor = z.object({ createdAt: z.number().int(), id }).strict();
export type HandoverCursor = z.infer<typeof handoverCursor>;

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

export type PendingHandover = Pick<Handover, 'id' | 'fromAgent' | 'createdAt'>;

export interface HandoverListItem extends Pick<
  Handover,
  'id' | 'fromAgent' | 'toAgent' | 'status' | 'createdAt' | 'acknowledgedAt'
> {
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

/** Shift handover: compose, submit, read, pending. Implemented by electron/services/handover.ts. */
export const handoverOperations = {
  'handover.compose': reads<HandoverDocument>()(noInput),
  'handover.submit': writes<Handover>()(handoverSubmitInput),
  'handover.get': reads<Handover>()(z.object({ id }).strict()),
  'handover.pending': reads<PendingHandover[]>()(noInput),
};

/** The incoming agent's read-back of a handover. Implemented by electron/services/handover-readback.ts. */
export const handoverReadbackOperations = {
  'handover.confirmItem': writes<Handover>()(z.object({ handoverId: id, caseId: id }).strict()),
  'handover.acknowledge': writes<Handover>()(z.object({ handoverId: id }).strict()),
};

/** Past handovers, and a handover printed to PDF. Implemented by electron/services/handover-history.ts. */
export const handoverHistoryOperations = {
  'handover.history': reads<HandoverPage>()(
    z
      .object({
        query: optionalText(200).default(''),
        limit: z.number().int().min(1).max(200).default(50),
        before: handoverCursor.optional(),
      })
      .strict(),
  ),
  'handover.exportPdf': reads<PdfExportStarted>()(z.object({ id }).strict()),
};
