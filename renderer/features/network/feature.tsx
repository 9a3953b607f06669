import type { Feature } from '../../lib/navigation';
import { createNetworkSlice, type NetworkSlice } from './network-slice';
import { NetworkStatus } from './NetworkStatus';

declare module '../../store/slice' {
  interface StoreSlices {
    network: NetworkSlice;
  }
}

/** Online or offline, and working offline on purpose: shown in the header. */
export const networkFeature: Feature = { slices: [createNetworkSlice], header: NetworkStatus };
