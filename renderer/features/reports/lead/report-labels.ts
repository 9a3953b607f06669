import { formatWait } from '../../../../core/duration-text';

/** What a report's tables need to write their cells in the agent's language; pure callers pass it in. */
export interface LeadLabels {
  t: (key: string, options?: Record<string, unknown>) => string;
  time: (ms: number) => string;
  service: (key: string) => string;
}

/** A length of time to the minute, as the escalation report writes waits. */
export const durationText = (l: LeadLabels, ms: number) =>
  formatWait((key, options) => l.t(key, options), ms);

/** A length of time, or a dash where there was nothing to measure. */
export const durationOrDash = (l: LeadLabels, ms: number | null) => (ms === null ? '–' : durationText(l, ms));
