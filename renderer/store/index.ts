import { create } from 'zustand';
import type { Slice, Store } from './slice';

export type { Store } from './slice';

/** One store for the whole UI, filled with the features' slices at start; components select narrowly. */
export const useStore = create<Store>()(() => ({}) as Store);

/** Builds each slice against the store and puts its state and actions in. */
export function installSlices(slices: readonly Slice<object>[]): void {
  const { setState, getState } = useStore;
  setState(Object.assign({}, ...slices.map((slice) => slice(setState, getState, useStore))));
}
