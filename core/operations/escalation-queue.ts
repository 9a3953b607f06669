// Hand-offs waiting for the network. Implemented by electron/services/escalation-queue.ts.
import { handoffQueueInput, type QueueItem } from '../escalation-queue';
import { reads } from '../operation';

export const escalationQueueOperations = {
  'handoffQueue.list': reads<QueueItem[]>()(handoffQueueInput),
};
