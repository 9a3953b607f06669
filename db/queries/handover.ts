import type {
  Handover,
  HandoverCursor,
  HandoverDocument,
  HandoverEvent,
  HandoverListItem,
} from '../../core/handover';
import { stmt, type Db } from '../statements';
import { appendToLog, HANDOVER_EVENTS } from './event-logs';
import { DEFAULT_UTC_OFFSET_MINUTES } from '../../core/local-time';
import { textSnippet } from '../../core/search-hit';
import { parseSearch } from '../../core/search-query';
import { refreshHandoverIndex } from '../search/handover-index';
import { matchExpression } from '../search/match';

/** A handover as stored: its agents by id. */
export interface HandoverRow extends Pick<
  Handover,
  'id' | 'status' | 'document' | 'createdAt' | 'acknowledgedAt'
> {
  fromAgentId: string;
  toAgentId: string | null;
}

/** A handover's list entry without the search snippet. */
export type HandoverHead = Omit<HandoverListItem, 'snippet'>;

export function insertHandover(db: Db, row: HandoverRow & { searchText: string }): void {
  stmt(
    db,
    `INSERT INTO handovers (id, from_agent_id, to_agent_id, status, document, case_count, severity_a_count,
       search_text, created_at, acknowledged_at)
     VALUES (@id, @fromAgentId, @toAgentId, @status, @document, @caseCount, @severityACount, @searchText,
       @createdAt, @acknowledgedAt)`,
  ).run({
    ...row,
    document: JSON.stringify(row.document),
    caseCount: row.document.items.length,
    severityACount: row.document.items.filter((i) => i.severity === 'A').length,
  });
}

type StoredRow = Omit<HandoverRow, 'document'> & { document: string };
const ROW = `SELECT id, from_agent_id AS fromAgentId, to_agent_id AS toAgentId, status, document,
  created_at AS createdAt, acknowledged_at AS acknowledgedAt FROM handovers`;
const parsed = (row: StoredRow | undefined): HandoverRow | undefined =>
  row && { ...row, document: JSON.parse(row.document) as HandoverDocument };

export function getHandoverRow(db: Db, id: string): HandoverRow | undefined {
  return parsed(stmt<[string], StoredRow>(db, `${ROW} WHERE id = ?`).get(id));
}

/** The handover the next one follows: the latest submitted one not replaced by a correction (its id only). */
export function latestHandoverId(db: Db): string | undefined {
  return stmt<[], string>(
    db,
    `SELECT id FROM handovers WHERE status <> 'superseded' ORDER BY created_at DESC, id DESC LIMIT 1`,
  )
    .pluck()
    .get();
}

/** The agent's latest handover that counts (not superseded) since `since`, for the shift-close gate. */
export function latestHandoverOf(db: Db, agentId: string, since: number): HandoverRow | undefined {
  return parsed(
    stmt<[string, number], StoredRow>(
      db,
      `${ROW} WHERE from_agent_id = ? AND created_at >= ? AND status <> 'superseded'
       ORDER BY created_at DESC, id DESC LIMIT 1`,
    ).get(agentId, since),
  );
}

/** The agent's handovers still waiting for acknowledgement (a correction supersedes them). */
export function pendingIdsOf(db: Db, agentId: string): string[] {
  return stmt<[string], string>(
    db,
    `SELECT id FROM handovers WHERE status = 'pending' AND from_agent_id = ? ORDER BY created_at`,
  )
    .pluck()
    .all(agentId);
}

export function setHandoverStatus(db: Db, id: string, status: 'superseded'): void {
  stmt(db, 'UPDATE handovers SET status = ? WHERE id = ?').run(status, id);
}

export function setAcknowledged(db: Db, id: string, toAgentId: string, at: number): void {
  stmt(
    db,
    `UPDATE handovers SET status = 'acknowledged', to_agent_id = ?, acknowledged_at = ? WHERE id = ?`,
  ).run(toAgentId, at, id);
}

const HEAD_COLUMNS = `h.id, h.status, h.created_at AS createdAt, h.acknowledged_at AS acknowledgedAt,
  h.case_count AS caseCount, h.severity_a_count AS severityACount,
  f.id AS fromId, f.name AS fromName, t.id AS toId, t.name AS toName`;
const HEAD_JOINS = 'JOIN agents f ON f.id = h.from_agent_id LEFT JOIN agents t ON t.id = h.to_agent_id';
const HEAD = `SELECT ${HEAD_COLUMNS} FROM handovers h ${HEAD_JOINS}`;
type HeadRow = Omit<HandoverHead, 'fromAgent' | 'toAgent'> & {
  fromId: string;
  fromName: string;
  toId: string | null;
  toName: string | null;
};
const toHead = ({ fromId, fromName, toId, toName, ...rest }: HeadRow): HandoverHead => ({
  ...rest,
  fromAgent: { id: fromId, name: fromName },
  toAgent: toId ? { id: toId, name: toName ?? '' } : null,
});

/** Handovers waiting for acknowledgement, oldest first (handovers_pending index). */
export function pendingHeads(db: Db): HandoverHead[] {
  return stmt<[], HeadRow>(db, `${HEAD} WHERE h.status = 'pending' ORDER BY h.created_at, h.id`)
    .all()
    .map(toHead);
}

/** One page of the history, newest first, before the cursor. */
export function historyPage(db: Db, limit: number, before?: HandoverCursor): HandoverHead[] {
  if (!before) {
    return stmt<[number], HeadRow>(db, `${HEAD} ORDER BY h.created_at DESC, h.id DESC LIMIT ?`)
      .all(limit)
      .map(toHead);
  }
  return stmt<[number, number, string, number], HeadRow>(
    db,
    `${HEAD} WHERE h.created_at <= ? AND (h.created_at < ? OR h.id < ?)
     ORDER BY h.created_at DESC, h.id DESC LIMIT ?`,
  )
    .all(before.createdAt, before.createdAt, before.id, limit)
    .map(toHead);
}

/**
 * History matching a query, newest first: the case search's query language over the handovers' own index
 * (any substring from one character), each with the text around its first match, every term marked.
 */
export function searchHistory(
  db: Db,
  args: { query: string; limit: number; before?: HandoverCursor | undefined },
): (HandoverHead & { snippet: string })[] {
  refreshHandoverIndex(db);
  const { match, exclude, required } = matchExpression(
    parseSearch(args.query, { utcOffsetMinutes: DEFAULT_UTC_OFFSET_MINUTES }).clauses,
    () => null,
  );
  const where: string[] = [];
  const params: unknown[] = [];
  const found = 'SELECT rowid FROM handover_search WHERE handover_search MATCH ?';
  if (match || exclude) {
    where.push(match ? `h.rowid IN (${found})` : `h.rowid NOT IN (${found})`);
    params.push(match ?? exclude);
  }
  if (args.before) {
    where.push('h.created_at <= ? AND (h.created_at < ? OR h.id < ?)');
    params.push(args.before.createdAt, args.before.createdAt, args.before.id);
  }
  const terms = required.flatMap((c) => c.any);
  return stmt<unknown[], HeadRow & { text: string }>(
    db,
    `SELECT h.search_text AS text, ${HEAD_COLUMNS} FROM handovers h ${HEAD_JOINS}
     WHERE ${where.join(' AND ') || '1'} ORDER BY h.created_at DESC, h.id DESC LIMIT ?`,
  )
    .all(...params, args.limit)
    .map(({ text, ...row }) => ({ ...toHead(row), snippet: textSnippet(text, terms) }));
}

/** A handover event as stored: its agent by id; no handover for a shift-close override none blocked. */
export interface HandoverEventRow extends Omit<HandoverEvent, 'agent'> {
  handoverId: string | null;
  agentId: string;
}

export function appendHandoverEvent(db: Db, row: HandoverEventRow): void {
  appendToLog(db, HANDOVER_EVENTS, row);
}

/** For an import: true when the event was new here. */
export function insertHandoverEventIfNew(db: Db, row: HandoverEventRow): boolean {
  return appendToLog(db, HANDOVER_EVENTS, row, true);
}

export type HandoverEventWithAgent = HandoverEventRow & { agentName: string };

/** A handover's events, oldest first. */
export function handoverEvents(db: Db, handoverId: string): HandoverEventWithAgent[] {
  return stmt<[string], Omit<HandoverEventWithAgent, 'payload'> & { payload: string }>(
    db,
    `SELECT e.id, e.handover_id AS handoverId, e.agent_id AS agentId, a.name AS agentName, e.at, e.kind,
       e.payload
     FROM handover_events e JOIN agents a ON a.id = e.agent_id
     WHERE e.handover_id = ? ORDER BY e.at, e.id`,
  )
    .all(handoverId)
    .map((r) => ({ ...r, payload: JSON.parse(r.payload) as Record<string, unknown> }));
}
