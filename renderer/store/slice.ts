import type { StateCreator } from 'zustand';

/**
 * The store's slices by name. Each slice's file adds its own entry (declaration merging), so the store's
 * type follows from the slices without a file that lists them all.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the slices' files fill it in
export interface StoreSlices {}

type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (all: infer I) => void
  ? I
  : never;

/** Every slice's state and actions in one object. */
export type Store = Intersection<StoreSlices[keyof StoreSlices]>;

/** A feature slice that can read and call the whole store. */
export type Slice<T> = StateCreator<Store, [], [], T>;
