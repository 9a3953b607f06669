// The core's vocabularies as SQL lists, so that a query names "the open statuses" instead of spelling them.
import { DONE_CASE_STATUSES, OPEN_CASE_STATUSES } from '../core/domain';

/** `('a', 'b')`: text values as an SQL list for IN and NOT IN, quotes doubled. */
export function sqlList(values: readonly string[]): string {
  return `(${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ')})`;
}

/** `status IN OPEN_STATUS_LIST`: reads the cases_status index over the open statuses only. */
export const OPEN_STATUS_LIST = sqlList(OPEN_CASE_STATUSES);
/** `status NOT IN DONE_STATUS_LIST`: open, where a query walks another index anyway. */
export const DONE_STATUS_LIST = sqlList(DONE_CASE_STATUSES);
