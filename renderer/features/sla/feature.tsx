import type { Feature } from '../../lib/navigation';
import { createSlaPolicySlice, type SlaPolicySlice } from './sla-policy-slice';

declare module '../../store/slice' {
  interface StoreSlices {
    slaPolicy: SlaPolicySlice;
  }
}

/** SLA clocks on cases and lists, and the desk's SLA policy. */
export const slaFeature: Feature = { slices: [createSlaPolicySlice] };
