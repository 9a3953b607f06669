import type { InputOf } from '../../../core/api';
import type { CoverageView, Roster } from '../../../core/duty';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

type ShiftInput = InputOf<'roster.addShift'>;

export interface RosterSlice {
  roster: Roster | null;
  coverage: CoverageView | null;
  loadRoster(): Promise<void>;
  loadCoverage(): Promise<void>;
  /** Adds a weekly shift, or changes the one with `id`. */
  saveShift(shift: ShiftInput & { id?: string }): Promise<void>;
  removeShift(id: string): Promise<void>;
  addException(exception: InputOf<'roster.addException'>): Promise<void>;
  removeException(id: string): Promise<void>;
  setUtcOffset(utcOffsetMinutes: number): Promise<void>;
}

export const createRosterSlice: Slice<RosterSlice> = (set, get) => {
  // Every change to the roster moves coverage and possibly who is on duty now: all three are re-read.
  const changed = async (roster: Roster) => {
    set({ roster });
    await Promise.all([get().loadCoverage(), get().refreshDuty()]);
  };
  return {
    roster: null,
    coverage: null,
    loadRoster: async () => set({ roster: await call('roster.get', {}) }),
    loadCoverage: async () => set({ coverage: await call('roster.coverage', { days: 30 }) }),
    saveShift: async ({ id, ...shift }) =>
      changed(await (id ? call('roster.updateShift', { id, ...shift }) : call('roster.addShift', shift))),
    removeShift: async (id) => changed(await call('roster.removeShift', { id })),
    addException: async (exception) => changed(await call('roster.addException', exception)),
    removeException: async (id) => changed(await call('roster.removeException', { id })),
    setUtcOffset: async (utcOffsetMinutes) =>
      changed(await call('roster.setUtcOffset', { utcOffsetMinutes })),
  };
};
