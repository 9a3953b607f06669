// The volume and backlog report: cases opened, resolved and closed per period, the cases still open at the
// end of each period, how old the open ones are, and where the work came from.
import type { LeadGranularity, LeadPeriod } from './lead-reports';
import { DAY } from './time';

export interface VolumeCounts {
  /** Cases logged in the period. */
  created: number;
  /** Cases set to resolved / to closed in the period (each case once per period). */
  resolved: number;
  closed: number;
}

export interface VolumeReportPeriod extends LeadPeriod, VolumeCounts {
  /** Cases open at the period's end (now, for a period still running). */
  openAtEnd: number;
  /** The same open cases by how long they had been open since they were logged. */
  ages: Record<AgeBand, number>;
}

/** The age bands of the open backlog: under 1 day, 1–3, 3–7, over 7 days (lower bound inclusive). */
export const AGE_BANDS = ['under1d', 'd1to3', 'd3to7', 'over7d'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BAND_LIMITS_MS: Record<AgeBand, number> = {
  under1d: DAY,
  d1to3: 3 * DAY,
  d3to7: 7 * DAY,
  over7d: Number.MAX_SAFE_INTEGER,
};

/** Where the work came from: the cases of the range by channel, area, service and customer. */
export const VOLUME_BREAKDOWNS = ['channel', 'supportArea', 'service', 'customer'] as const;
export type VolumeBreakdown = (typeof VOLUME_BREAKDOWNS)[number];

export interface VolumeShare {
  /** The channel, support area or service code, or the customer's id. */
  key: string;
  /** The customer's name; the code itself for the others. */
  name: string;
  created: number;
  resolved: number;
}

/** How many customers the report lists, those with the most new cases first. */
export const TOP_CUSTOMERS = 10;

export interface VolumeReport {
  from: number;
  to: number;
  granularity: LeadGranularity;
  periods: VolumeReportPeriod[];
  totals: VolumeCounts;
  breakdowns: Record<VolumeBreakdown, VolumeShare[]>;
  generatedAt: number;
}
