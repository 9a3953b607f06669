// The offline queue: requests prepared (often with no network) but not yet submitted in 21Vianet's form.
import type { RequestKind } from './tracked-request';
import { noInput, reads } from './operation';

export interface QueueItem {
  kind: RequestKind;
  id: string;
  title: string;
  /** For escalations: the case to continue on. */
  caseId: string | null;
  caseNumber: string | null;
  customerName: string | null;
  /** Prepared while the workstation had no network. */
  queuedOffline: boolean;
  createdAt: number;
  updatedAt: number;
}

/** Hand-offs waiting for the network. Implemented by electron/services/escalation-queue.ts. */
export const escalationQueueOperations = {
  'handoffQueue.list': reads<QueueItem[]>()(noInput),
};
