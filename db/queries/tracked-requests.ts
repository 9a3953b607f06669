// The tracked-request model in the case log: customer escalations and Partner Center requests live in two
// tables with the same tracking columns (migration 0080). One description per table names what is its
// own; the drafts, reads, lists and the life from draft to closed are written here once for both.
import { HANDOFF_STATUSES, isOpenHandoff, type HandoffStatus } from '../../core/escalation-status';
import type { DraftFields, HandoffRequest, Submission } from '../../core/tracked-request';
import { stmt, type Db } from '../statements';

/** Not yet closed or withdrawn (drafts included), as an SQL list. */
export const OPEN_STATUSES = `(${HANDOFF_STATUSES.filter(isOpenHandoff)
  .map((s) => `'${s}'`)
  .join(', ')})`;

/** The fields every draft writes, beside its id and author, as field → column. */
const DRAFT_COLUMNS: Record<keyof DraftFields | 'queuedOffline', string> = {
  title: 'title',
  severity: 'severity',
  businessImpact: 'business_impact',
  contact: 'contact',
  summaryLanguage: 'summary_language',
  queuedOffline: 'queued_offline',
};

/** What 21Vianet answered and when, read the same from either table. */
const TRACKING_COLUMNS = {
  requestNumber: 'request_number',
  vianetSeverity: 'vianet_severity',
  vianetContact: 'vianet_contact',
  agentId: 'agent_id',
  status: 'status',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  submittedAt: 'submitted_at',
  endedAt: 'ended_at',
};

/** One kind's table: its name and alias, and the columns only it has. */
export interface TableSpec<Own extends string> {
  table: 'escalations' | 'partner_requests';
  alias: string;
  /** The kind's own fields, as field → column. */
  own: Record<Own, string>;
  /** Own fields set when the draft starts and never rewritten (the case an escalation belongs to). */
  fixed?: readonly Own[];
  /** Further select expressions, aliased (an escalation's reasons). */
  extraColumns?: string;
}

/** A draft as the desk writes it: what every request asks, the kind's own fields, who and when. */
type RequestDraftRow<R, Own extends keyof R> = Pick<R, Own> &
  DraftFields & { id: string; agentId: string; queuedOffline: boolean; at: number };

/** A request as SQLite returns it: the offline flag as 0 or 1. */
export type StoredRequest<R> = Omit<R, 'queuedOffline'> & { queuedOffline: 0 | 1 };

const aliased = (t: string, columns: Record<string, string>) =>
  Object.entries(columns).map(([field, column]) => `${t}.${column} AS ${field}`);

/**
 * The reads and writes of one kind of request. `parse` turns what the extra columns return (JSON) into
 * the request's own shape.
 */
export function trackedTable<R extends HandoffRequest, Own extends keyof R & string>(
  spec: TableSpec<Own>,
  parse: (row: Record<string, unknown>) => Partial<R> = () => ({}),
) {
  const { table, alias: t } = spec;
  const written = { ...DRAFT_COLUMNS, ...spec.own } as Record<string, string>;
  const rewritten = Object.entries(written).filter(([field]) => !spec.fixed?.includes(field as Own));
  /** The request's columns, its author joined as `a`. */
  const columns = [
    `${t}.id`,
    'a.name AS agentName',
    ...aliased(t, written),
    ...aliased(t, TRACKING_COLUMNS),
    ...(spec.extraColumns ? [spec.extraColumns] : []),
  ].join(', ');
  const from = `${table} ${t} JOIN agents a ON a.id = ${t}.agent_id`;
  const toRequest = (row: StoredRequest<R>): R =>
    ({ ...row, ...parse(row as Record<string, unknown>), queuedOffline: row.queuedOffline === 1 }) as R;
  const bind = (row: RequestDraftRow<R, Own>) => ({ ...row, queuedOffline: row.queuedOffline ? 1 : 0 });

  return {
    columns,
    from,
    toRequest,

    insertDraft(db: Db, row: RequestDraftRow<R, Own>): void {
      const names = Object.keys(written);
      stmt(
        db,
        `INSERT INTO ${table} (id, agent_id, status, created_at, updated_at, ${names.map((f) => written[f]).join(', ')})
         VALUES (@id, @agentId, 'draft', @at, @at, ${names.map((f) => `@${f}`).join(', ')})`,
      ).run(bind(row));
    },

    /** Rewrites a draft's fields; the agent who prepared it stays its author. */
    updateDraft(db: Db, row: RequestDraftRow<R, Own>): void {
      stmt(
        db,
        `UPDATE ${table} SET ${rewritten.map(([f, c]) => `${c} = @${f}`).join(', ')}, updated_at = @at
         WHERE id = @id AND status = 'draft'`,
      ).run(bind(row));
    },

    get(db: Db, id: string): R | undefined {
      const row = stmt<[string], StoredRequest<R>>(
        db,
        `SELECT ${columns} FROM ${from} WHERE ${t}.id = ?`,
      ).get(id);
      return row && toRequest(row);
    },

    /** Most recently changed first; `open` leaves out closed and withdrawn. */
    list(db: Db, args: { open: boolean; limit: number }): R[] {
      return stmt<[number, number], StoredRequest<R>>(db, `SELECT ${columns} FROM ${from} ${listing(t)}`)
        .all(args.open ? 1 : 0, args.limit)
        .map(toRequest);
    },

    /** A draft reached 21Vianet: its number, the severity it gave, its representative. */
    markSubmitted(db: Db, args: Submission & { id: string; at: number }): void {
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

export type TrackedTable<R extends HandoffRequest, Own extends keyof R & string> = ReturnType<
  typeof trackedTable<R, Own>
>;

/** A list's filter and order: `(open ? 1 : 0, limit)`; most recently changed first. */
export const listing = (t: string) =>
  `WHERE (? = 0 OR ${t}.status IN ${OPEN_STATUSES}) ORDER BY ${t}.updated_at DESC, ${t}.id DESC LIMIT ?`;

/** 21Vianet numbers its requests once, whichever kind they are. */
export function requestNumberTaken(db: Db, requestNumber: string): boolean {
  return (
    stmt<[string, string], { n: number }>(
      db,
      `SELECT (SELECT count(*) FROM escalations WHERE request_number = ?)
            + (SELECT count(*) FROM partner_requests WHERE request_number = ?) AS n`,
    ).get(requestNumber, requestNumber)!.n > 0
  );
}
