// Team sync: its state, joining a desk's server, and "Sync now". Implemented by electron/services/sync.ts.
import { ANYONE, reads, writes } from '../operation';
import { type SyncView, syncJoinInput, syncNowInput, syncStatusInput } from '../sync';

export const syncOperations = {
  'sync.status': reads<SyncView>()(syncStatusInput),
  'sync.join': writes<SyncView>()(syncJoinInput),
  // Asks for a round now; what the round sends or receives is recorded by the changes themselves.
  'sync.now': writes<SyncView>()(syncNowInput, ANYONE),
};
