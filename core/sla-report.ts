// The SLA compliance report: how many clock cycles ended met and how many breached, per period, clock and
// severity, against the period before; and the breaches themselves.
import type { Severity } from './domain';
import type { LeadGranularity, LeadPeriod } from './lead-reports';
import type { SlaClockName } from './sla';

/** Clock cycles that ended in a span, as recorded in `sla_outcomes`. */
export interface SlaTally {
  met: number;
  breached: number;
}

export const EMPTY_TALLY: SlaTally = { met: 0, breached: 0 };

/** The share met, 0..1; null when nothing ended (no share to show, rather than a false 0 % or 100 %). */
export const metShare = (t: SlaTally): number | null => {
  const all = t.met + t.breached;
  return all > 0 ? t.met / all : null;
};

export interface SlaReportPeriod extends LeadPeriod {
  clocks: Record<SlaClockName, SlaTally>;
}

export interface SlaBreach {
  caseId: string;
  caseNumber: string;
  title: string;
  severity: Severity;
  clock: SlaClockName;
  dueAt: number;
  /** When the late cycle finally ended (the reply, call or resolution), null while it still runs. */
  endedAt: number | null;
  /** Wall time from the due time to the end, or to the report's generation while it still runs. */
  lateMs: number;
  /** Who was signed in at the desk when the target ran out; null when nobody was. */
  agentOnDuty: string | null;
}

/** How many breaches the report lists; the count above it says how many there were in all. */
export const MAX_LISTED_BREACHES = 200;

export interface SlaReport {
  from: number;
  to: number;
  granularity: LeadGranularity;
  periods: SlaReportPeriod[];
  bySeverity: Record<Severity, Record<SlaClockName, SlaTally>>;
  totals: SlaTally;
  /** The same range just before, for the trend. */
  previous: SlaTally;
  breaches: SlaBreach[];
  generatedAt: number;
}
