// The handover report: how many shifts ended with a handover the next agent read back, how many handovers
// were never acknowledged, and how long the read-back took.
import type { LeadGranularity, LeadPeriod } from './lead-reports';

export interface HandoverTally {
  /** Sign-outs that ended a shift (switching agents does not end one). */
  shiftsEnded: number;
  /** Of those, shifts whose agent wrote a handover during them that was acknowledged. */
  shiftsAcknowledged: number;
  /** Shifts ended past the handover gate by a lead, with a reason. */
  shiftsOverridden: number;
  /** Handovers written in the period, and what became of them. */
  written: number;
  acknowledged: number;
  /** Still waiting for the incoming agent. */
  pending: number;
  /** Replaced by a later handover before anyone read it back. */
  superseded: number;
  /** From submission to acknowledgement, over the acknowledged ones; null when none was. */
  averageReadBackMs: number | null;
  longestReadBackMs: number | null;
}

/** The tally's counts, in the order the report shows them. */
export const HANDOVER_COUNTS = [
  'shiftsEnded',
  'shiftsAcknowledged',
  'shiftsOverridden',
  'written',
  'acknowledged',
  'pending',
  'superseded',
] as const satisfies readonly (keyof HandoverTally)[];

export type HandoverReportPeriod = LeadPeriod & HandoverTally;

export interface HandoverReport {
  from: number;
  to: number;
  granularity: LeadGranularity;
  periods: HandoverReportPeriod[];
  totals: HandoverTally;
  generatedAt: number;
}
