import type { DutySession, DutyStatus } from '../../../core/duty';
import { setDeskUtcOffset } from '../../shared/format';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

export interface DutySlice {
  /** Who is signed in at this workstation and who is rostered now; null until first read. */
  duty: DutyStatus | null;
  switcherOpen: boolean;
  /** The sign-out dialog (header, tray, menu). */
  signOutOpen: boolean;
  /** The agent (by position) a digit asked for in the open switcher, not yet acted on. */
  switcherPick: number | null;
  /** The switcher lists agents (digits pick) or asks a PIN (digits are the PIN). */
  switcherStep: 'list' | 'pin';
  refreshDuty(): Promise<DutyStatus>;
  /** Signs an agent in (a switch when someone else is signed in); rejects with the field issue on a wrong PIN. */
  signIn(agentId: string, pin?: string): Promise<DutyStatus>;
  /** Closes the signed-in agent's shift; rejects when the handover gate holds it open. */
  signOut(override?: { reason: string }): Promise<DutyStatus>;
  /** The latest sign-in sessions at this workstation, newest first. */
  loadSessions(limit: number): Promise<DutySession[]>;
  setSwitcherOpen(open: boolean): void;
  setSignOutOpen(open: boolean): void;
  pickInSwitcher(index: number | null): void;
  setSwitcherStep(step: 'list' | 'pin'): void;
}

export const createDutySlice: Slice<DutySlice> = (set) => {
  // The app frame's `agent` ("me" for the case pages) follows the sign-in, so it is set with the status.
  const apply = (duty: DutyStatus) => {
    const me = duty.signedIn;
    setDeskUtcOffset(duty.utcOffsetMinutes);
    set({ duty, agent: me ? { id: me.id, name: me.name, role: me.role } : null });
    return duty;
  };
  return {
    duty: null,
    switcherOpen: false,
    signOutOpen: false,
    switcherPick: null,
    switcherStep: 'list',
    refreshDuty: async () => apply(await call('duty.status', {})),
    signIn: async (agentId, pin) => apply(await call('duty.signIn', { agentId, ...(pin ? { pin } : {}) })),
    signOut: async (override) => apply(await call('duty.signOut', override ? { override } : {})),
    loadSessions: (limit) => call('duty.sessions', { limit }),
    setSignOutOpen: (signOutOpen) => set({ signOutOpen }),
    setSwitcherOpen: (switcherOpen) => set({ switcherOpen, switcherPick: null, switcherStep: 'list' }),
    pickInSwitcher: (switcherPick) => set({ switcherPick }),
    setSwitcherStep: (switcherStep) => set({ switcherStep }),
  };
};
