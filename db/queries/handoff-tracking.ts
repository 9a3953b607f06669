// What customer escalations and Partner Center requests share in the case log: the columns that track a
// request with 21Vianet, and its life from draft to closed. Both tables have the same columns for these.
import type { Severity } from '../../core/domain';
import { HANDOFF_STATUSES, isOpenHandoff, type HandoffStatus } from '../../core/escalation-status';
import type { Db } from '../open';
import { stmt } from '../statements';

/** The two tables of requests handed off to 21Vianet. */
export type HandoffTable = 'escalations' | 'partner_requests';

/** Not yet closed or withdrawn (drafts included), as an SQL list. */
export const OPEN_STATUSES = `(${HANDOFF_STATUSES.filter(isOpenHandoff)
  .map((s) => `'${s}'`)
  .join(', ')})`;

/** Who prepared the request (its author joined as `a`), and its status; `t` is the request's alias. */
export const authorColumns = (t: string) => `${t}.agent_id AS agentId, a.name AS agentName, ${t}.status`;

/** From the summary language on, the columns both kinds of request end with; `t` is the request's alias. */
export const trackingColumns = (t: string) =>
  `${t}.summary_language AS summaryLanguage, ${t}.queued_offline AS queuedOffline,
  ${t}.request_number AS requestNumber, ${t}.vianet_severity AS vianetSeverity,
  ${t}.vianet_contact AS vianetContact, ${t}.created_at AS createdAt, ${t}.updated_at AS updatedAt,
  ${t}.submitted_at AS submittedAt, ${t}.ended_at AS endedAt`;

/** A list's filter and order: `(open ? 1 : 0, limit)`; most recently changed first. */
export const listing = (t: string) =>
  `WHERE (? = 0 OR ${t}.status IN ${OPEN_STATUSES}) ORDER BY ${t}.updated_at DESC, ${t}.id DESC LIMIT ?`;

/** A request as SQLite returns it: the offline flag as 0 or 1. */
export type TrackingRow<T extends { queuedOffline: boolean }> = Omit<T, 'queuedOffline'> & {
  queuedOffline: 0 | 1;
};

export const fromTrackingRow = <R extends { queuedOffline: 0 | 1 }>(
  row: R,
): Omit<R, 'queuedOffline'> & { queuedOffline: boolean } => ({
  ...row,
  queuedOffline: row.queuedOffline === 1,
});

export interface SubmittedArgs {
  id: string;
  requestNumber: string;
  vianetSeverity: Severity;
  vianetContact: string;
  at: number;
}

/** The writes that move a request through its life, the same on either table. */
export function lifecycleWrites(table: HandoffTable) {
  return {
    /** A draft reached 21Vianet: its number, the severity it gave, its representative. */
    markSubmitted(db: Db, args: SubmittedArgs): void {
      stmt(
        db,
        `UPDATE ${table} SET status = 'submitted', request_number = @requestNumber,
           vianet_severity = @vianetSeverity, vianet_contact = @vianetContact, submitted_at = @at, updated_at = @at
         WHERE id = @id AND status = 'draft'`,
      ).run(args);
    },

    /** A later status; closing and withdrawing also stamp when the request ended. */
    setStatus(db: Db, id: string, status: HandoffStatus, at: number): void {
      stmt(
        db,
        `UPDATE ${table} SET status = @status, updated_at = @at,
           ended_at = CASE WHEN @status IN ('closed', 'withdrawn') THEN @at ELSE NULL END
         WHERE id = @id`,
      ).run({ id, status, at });
    },

    /** Drafts never reached 21Vianet: discarding one leaves nothing behind (an escalation's reasons cascade). */
    deleteDraft(db: Db, id: string): boolean {
      return stmt(db, `DELETE FROM ${table} WHERE id = ? AND status = 'draft'`).run(id).changes === 1;
    },
  };
}

export type LifecycleWrites = ReturnType<typeof lifecycleWrites>;
