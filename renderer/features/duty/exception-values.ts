import type { Dayjs } from 'dayjs';
import type { InputOf } from '../../../core/api';
import type { ExceptionKind } from '../../../core/roster';

/** What the exception form holds; which fields count depends on the kind. */
export interface ExceptionValues {
  agentId?: string;
  coverAgentId?: string;
  dates?: [Dayjs, Dayjs];
  date?: Dayjs;
  start?: string;
  end?: string;
  note?: string;
}
export const EXCEPTION_FIELDS = ['agentId', 'coverAgentId', 'dates', 'date', 'start', 'end', 'note'] as const;

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** The form's values as the roster's exception of that kind (the form's rules made them complete). */
export function toException(kind: ExceptionKind, v: ExceptionValues): InputOf<'roster.addException'> {
  const note = v.note?.trim() ?? '';
  if (kind === 'leave') {
    return { kind, agentId: v.agentId!, fromDate: day(v.dates![0]), toDate: day(v.dates![1]), note };
  }
  if (kind === 'swap') {
    return { kind, agentId: v.agentId!, coverAgentId: v.coverAgentId!, date: day(v.date!), note };
  }
  return { kind, agentId: v.agentId!, date: day(v.date!), start: v.start!.trim(), end: v.end!.trim(), note };
}
