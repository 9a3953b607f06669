// What every lead report takes: a range of whole local days, the size of the periods it is cut into, and
// filters on the cases it counts. Each report's own result type lives beside its name in this folder.
import { z } from 'zod';
import { CHANNELS, SEVERITIES, SUPPORT_AREAS } from './domain';
import { MAX_UTC_OFFSET_MINUTES, MIN_UTC_OFFSET_MINUTES } from './local-time';
import { DAY } from './time';
import { id } from './validation';
import { reads } from './operation';
import type { SlaReport } from './sla-report';
import type { HandoverReport } from './handover-report';
import type { CoverageReport } from './coverage-report';
import type { AgentsReport } from './agents-report';
import type { TimesReport } from './times-report';
import type { VolumeReport } from './volume-report';

/** The periods a lead report is cut into. */
export const LEAD_GRANULARITIES = ['day', 'week', 'month'] as const;
export type LeadGranularity = (typeof LEAD_GRANULARITIES)[number];

/** A quarter, so that a report of 90 days can be set against the 90 before it. */
export const MAX_LEAD_REPORT_DAYS = 400;

/** Which cases a report counts; every filter given must hold (AND). */
export const leadReportFilters = z
  .object({
    severities: z.array(z.enum(SEVERITIES)).max(SEVERITIES.length).optional(),
    supportAreas: z.array(z.enum(SUPPORT_AREAS)).max(SUPPORT_AREAS.length).optional(),
    services: z.array(z.string().min(1).max(40)).max(50).optional(),
    channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).optional(),
    customerId: id.optional(),
    /** The case's owner. */
    agentId: id.optional(),
  })
  .strict();
export type LeadReportFilters = z.infer<typeof leadReportFilters>;

export const leadReportInput = z
  .object({
    /** Epoch ms, inclusive. */
    from: z.number().int().min(0),
    /** Epoch ms, exclusive. */
    to: z.number().int().min(0),
    granularity: z.enum(LEAD_GRANULARITIES).default('day'),
    /** Minutes east of UTC of the desk's zone, so that days, weeks and months start at its midnight. */
    utcOffsetMin: z.number().int().min(MIN_UTC_OFFSET_MINUTES).max(MAX_UTC_OFFSET_MINUTES).default(480),
    filters: leadReportFilters.default({}),
  })
  .strict()
  .refine((r) => r.to > r.from && r.to - r.from <= MAX_LEAD_REPORT_DAYS * DAY, {
    message: 'validation.reportRange',
    path: ['to'],
  });
export type LeadReportInput = z.input<typeof leadReportInput>;

/** One period of a report: `2026-01` for months, the date of the day or of the week's Monday. */
export interface LeadPeriod {
  key: string;
  start: number;
  end: number;
}

/** The same range moved back by its own length, for the trend. */
export const previousRange = (from: number, to: number) => ({ from: from - (to - from), to: from });

/** The desk lead's reports. Implemented by electron/services/sla-report.ts and its neighbours. */
export const leadReportsOperations = {
  'leadReports.sla': reads<SlaReport>()(leadReportInput),
  'leadReports.handovers': reads<HandoverReport>()(leadReportInput),
  'leadReports.coverage': reads<CoverageReport>()(leadReportInput),
  'leadReports.agents': reads<AgentsReport>()(leadReportInput),
};

/**
 * The desk lead's time and volume reports, taking the same input as the reports above.
 * Implemented by electron/services/times-report.ts and volume-report.ts.
 */
export const timesVolumeReportsOperations = {
  'leadReports.times': reads<TimesReport>()(leadReportInput),
  'leadReports.volume': reads<VolumeReport>()(leadReportInput),
};
