import type { StateCreator } from 'zustand';
import type { Store } from './index';

/** A feature slice that can read and call the whole store. */
export type Slice<T> = StateCreator<Store, [], [], T>;
