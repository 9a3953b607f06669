import type { escalationQueueOperations, QueueItem } from '../../core/escalation-queue';
import { queuedDrafts } from '../../db/queries/escalation-queue';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';

/** The offline queue: escalations and Partner Center requests prepared but not yet submitted. */
export function handoffQueue(ctx: ServiceContext): QueueItem[] {
  return queuedDrafts(ctx.db);
}

/** The operations of core/escalation-queue.ts (`escalationQueueOperations`), bound to the functions above. */
export const escalationQueueHandlers: Handlers<typeof escalationQueueOperations> = {
  'handoffQueue.list': handoffQueue,
};
