import type { QueueItem } from '../../core/escalation-queue';
import { stmt, type Db } from '../statements';

/** Every draft of either kind, the oldest first: what waits to be submitted in 21Vianet's form. */
export function queuedDrafts(db: Db): QueueItem[] {
  return stmt<[], Omit<QueueItem, 'queuedOffline'> & { queuedOffline: 0 | 1 }>(
    db,
    `SELECT 'escalation' AS kind, e.id, e.title, e.case_id AS caseId, c.number AS caseNumber,
       c.customer_name AS customerName, e.queued_offline AS queuedOffline, e.created_at AS createdAt,
       e.updated_at AS updatedAt
     FROM escalations e JOIN cases c ON c.id = e.case_id WHERE e.status = 'draft'
     UNION ALL
     SELECT 'partner_request', p.id, p.title, NULL, NULL, NULL, p.queued_offline, p.created_at, p.updated_at
     FROM partner_requests p WHERE p.status = 'draft'
     ORDER BY createdAt, id`,
  )
    .all()
    .map((r) => ({ ...r, queuedOffline: r.queuedOffline === 1 }));
}
