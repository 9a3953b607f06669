// The period a lead report covers, from what the period picker holds: a day, the week (Monday on) or the
// month around a chosen date, or a custom range; always whole days in the desk's zone.
import type { LeadGranularity } from '../../../../core/lead-reports';
import { addDays, dayStart, weekdayOf, type LocalDate } from '../../../../core/local-time';
import { DAY } from '../../../../core/time';

export const PERIOD_KINDS = ['day', 'week', 'month', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface PeriodChoice {
  kind: PeriodKind;
  /** The chosen day (for day, week and month), or the first day of the custom range. */
  first: LocalDate;
  /** The last day of a custom range (inclusive); ignored otherwise. */
  last: LocalDate;
}

export interface ReportRange {
  from: number;
  to: number;
  granularity: LeadGranularity;
  /** The first and last local day covered, for titles and file names. */
  firstDay: LocalDate;
  lastDay: LocalDate;
}

const monthStart = (date: LocalDate) => `${date.slice(0, 7)}-01`;
function nextMonth(date: LocalDate): LocalDate {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** Days for up to two months, weeks for up to half a year, months beyond. */
function granularityFor(days: number): LeadGranularity {
  if (days <= 62) return 'day';
  return days <= 183 ? 'week' : 'month';
}

export function reportRange(choice: PeriodChoice, utcOffsetMin: number): ReportRange {
  let firstDay = choice.first;
  let end: LocalDate;
  switch (choice.kind) {
    case 'day':
      end = addDays(firstDay, 1);
      break;
    case 'week':
      firstDay = addDays(firstDay, 1 - weekdayOf(firstDay));
      end = addDays(firstDay, 7);
      break;
    case 'month':
      firstDay = monthStart(firstDay);
      end = nextMonth(firstDay);
      break;
    default:
      end = addDays(choice.last < firstDay ? firstDay : choice.last, 1);
  }
  const from = dayStart(firstDay, utcOffsetMin);
  const to = dayStart(end, utcOffsetMin);
  return {
    from,
    to,
    granularity: granularityFor(Math.round((to - from) / DAY)),
    firstDay,
    lastDay: addDays(end, -1),
  };
}
