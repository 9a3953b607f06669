import type { Slice } from '../../store/slice';

const OVERRIDE_KEY = 'shiftdesk.workOffline';

export interface NetworkSlice {
  /** What the browser says (navigator.onLine and its online/offline events). */
  browserOnline: boolean;
  /** The agent's manual override: work as if offline (a flaky link, a captive portal, a test). */
  workOffline: boolean;
  setBrowserOnline(online: boolean): void;
  setWorkOffline(offline: boolean): void;
}

function storedOverride(): boolean {
  try {
    return localStorage.getItem(OVERRIDE_KEY) === '1';
  } catch {
    return false;
  }
}

export const createNetworkSlice: Slice<NetworkSlice> = (set) => ({
  browserOnline: typeof navigator === 'undefined' ? true : navigator.onLine,
  // The override is this workstation's choice, so it lives with the browser profile, not in the case log.
  workOffline: storedOverride(),
  setBrowserOnline(online) {
    set({ browserOnline: online });
  },
  setWorkOffline(offline) {
    try {
      if (offline) localStorage.setItem(OVERRIDE_KEY, '1');
      else localStorage.removeItem(OVERRIDE_KEY);
    } catch {
      // Storage may be unavailable (private mode); the override then lasts for this page only.
    }
    set({ workOffline: offline });
  },
});

/** Whether the hand-off to 21Vianet can go ahead: the network is there and the agent did not say otherwise. */
export const selectOnline = (s: { browserOnline: boolean; workOffline: boolean }) =>
  s.browserOnline && !s.workOffline;
