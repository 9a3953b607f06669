// The escalation report: how often and why the desk escalates to 21Vianet, which topics come back (a
// knowledge-base article or training would serve better), and what still waits on 21Vianet.
import { z } from 'zod';
import type { SupportArea } from './domain';
import type { HandoffStatus } from './escalation-status';
import type { RequestKind } from './tracked-request';
import { reads } from './operation';

export const REPORT_GRANULARITIES = ['week', 'month'] as const;
export type ReportGranularity = (typeof REPORT_GRANULARITIES)[number];

/** The dimensions escalations are counted by. */
export const REPORT_DIMENSIONS = ['supportArea', 'service', 'agent', 'reason'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

const DAY = 86_400_000;
/** A report longer than this would have too many columns to read (about two years of weeks). */
export const MAX_REPORT_DAYS = 800;

export interface ReportPeriod {
  /** `2026-01` for months, `2026-01-05` (the Monday) for weeks. */
  key: string;
  start: number;
  end: number;
  /** Escalations submitted in the period. */
  escalations: number;
  /** Cases created in the period, and how many of them have been escalated (by now). */
  casesCreated: number;
  casesEscalated: number;
}

export interface DimensionRow {
  /** A support area, service key, agent id or reason. */
  key: string;
  /** For agents: the name; else the key is translated by the UI. */
  name: string | null;
  total: number;
  /** One count per period, in the order of `periods`. */
  perPeriod: number[];
}

export interface RepeatedTopic {
  service: string;
  /** The support area of the group's first escalation: where an article about it belongs. */
  supportArea: SupportArea;
  /** The first title of the group, to name it by. */
  title: string;
  count: number;
  escalations: { id: string; caseId: string; caseNumber: string; title: string; submittedAt: number }[];
}

export interface WaitingRequest {
  kind: RequestKind;
  id: string;
  caseId: string | null;
  caseNumber: string | null;
  customerName: string | null;
  title: string;
  requestNumber: string;
  status: HandoffStatus;
  submittedAt: number;
  /** How long 21Vianet has had it, up to the report's generation. */
  waitingMs: number;
}

export interface EscalationReport {
  from: number;
  to: number;
  granularity: ReportGranularity;
  periods: ReportPeriod[];
  dimensions: Record<ReportDimension, DimensionRow[]>;
  totals: {
    escalations: number;
    casesCreated: number;
    casesEscalated: number;
    /** casesEscalated / casesCreated, 0..1; 0 when no case was created. */
    share: number;
    partnerRequests: number;
  };
  repeated: RepeatedTopic[];
  /** Everything still with 21Vianet (any period), the longest wait first. */
  waiting: WaitingRequest[];
  generatedAt: number;
}

/** The escalation report. Implemented by electron/services/escalation-report.ts. */
export const escalationReportOperations = {
  'escalationReport.get': reads<EscalationReport>()(
    z
      .object({
        /** Epoch ms, inclusive. */
        from: z.number().int().min(0),
        /** Epoch ms, exclusive. */
        to: z.number().int().min(0),
        granularity: z.enum(REPORT_GRANULARITIES).default('month'),
        /**
         * Minutes to add to UTC for the workstation's local time (China: 480), so that weeks and months start
         * at local midnight.
         */
        utcOffsetMin: z
          .number()
          .int()
          .min(-14 * 60)
          .max(14 * 60)
          .default(480),
      })
      .strict()
      .refine((r) => r.to > r.from && r.to - r.from <= MAX_REPORT_DAYS * DAY, {
        message: 'validation.reportRange',
        path: ['to'],
      }),
  ),
};
