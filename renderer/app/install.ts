import { installSlices } from '../store';
import { createAppSlice, type AppSlice } from './app-slice';
import { FEATURES } from './features';

declare module '../store/slice' {
  interface StoreSlices {
    app: AppSlice;
  }
}

/** Fills the store with the app's own slice and every feature's; called once, before the first render. */
export function installStore(): void {
  installSlices([createAppSlice, ...FEATURES.flatMap((feature) => feature.slices ?? [])]);
}
