import type { QueueItem } from '../../core/escalation-queue';
import { queuedDrafts } from '../../db/queries/escalation-queue';
import type { ServiceContext } from './context';

/** The offline queue: escalations and Partner Center requests prepared but not yet submitted. */
export function handoffQueue(ctx: ServiceContext): QueueItem[] {
  return queuedDrafts(ctx.db);
}
