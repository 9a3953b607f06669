import { SYNC_OFF } from '../../../core/sync-off';
import type { SyncJoin, SyncView } from '../../../core/sync';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

export interface SyncSlice {
  sync: SyncView;
  syncLoaded: boolean;
  /**
   * Grows each time changes made on another workstation have arrived: pages that show the desk's shared
   * record read it, so that they load again without a reload of the window.
   */
  remoteEpoch: number;
  loadSync(): Promise<SyncView>;
  joinSync(input: SyncJoin): Promise<SyncView>;
  syncNow(): Promise<SyncView>;
}

export const createSyncSlice: Slice<SyncSlice> = (set, get) => {
  const take = (view: SyncView): SyncView => {
    const { sync, syncLoaded, remoteEpoch } = get();
    const arrived = syncLoaded && view.received > sync.received;
    set({ sync: view, syncLoaded: true, remoteEpoch: arrived ? remoteEpoch + 1 : remoteEpoch });
    return view;
  };
  return {
    sync: SYNC_OFF,
    syncLoaded: false,
    remoteEpoch: 0,
    loadSync: async () => take(await call('sync.status', {})),
    joinSync: async (input) => take(await call('sync.join', input)),
    syncNow: async () => take(await call('sync.now', {})),
  };
};

/** How often the header asks: often while syncing, so that arrivals show within a second or two. */
export const syncPollMs = (view: SyncView) => (view.phase === 'off' ? 15_000 : 1_000);
