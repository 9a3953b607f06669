import type { PartnerRequest, PartnerRequestEvent } from '../../core/partner-requests';
import { stmt, type Db } from '../statements';
import { appendToLog, PARTNER_REQUEST_EVENTS } from './event-logs';
import { trackedTable } from './tracked-requests';

type Own = 'category' | 'description';

/** A Partner Center request's own columns: its category and description (it belongs to no case). */
export const partnerTable = trackedTable<PartnerRequest, Own>({
  table: 'partner_requests',
  alias: 'p',
  own: { category: 'category', description: 'description' },
});

export function appendPartnerEvent(
  db: Db,
  row: { id: string; requestId: string; agentId: string; at: number; kind: string; payload: unknown },
): void {
  appendToLog(db, PARTNER_REQUEST_EVENTS, row);
}

export function partnerEvents(db: Db, requestId: string): PartnerRequestEvent[] {
  return stmt<[string], Omit<PartnerRequestEvent, 'payload'> & { payload: string }>(
    db,
    `SELECT e.id, e.request_id AS requestId, e.kind, e.at, e.agent_id AS agentId, a.name AS agentName, e.payload
     FROM partner_request_events e JOIN agents a ON a.id = e.agent_id
     WHERE e.request_id = ? ORDER BY e.at, e.id`,
  )
    .all(requestId)
    .map((r) => ({ ...r, payload: JSON.parse(r.payload) }) as PartnerRequestEvent);
}
