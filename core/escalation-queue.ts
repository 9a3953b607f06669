// The offline queue: requests prepared (often with no network) but not yet submitted in 21Vianet's form.
import { z } from 'zod';
import type { RequestKind } from './tracked-request';

export const handoffQueueInput = z.object({}).strict();

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
