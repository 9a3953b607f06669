import type { OutputOf } from '../../../core/api';
import type { SlaPolicy } from '../../../core/sla';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

/** The desk's SLA policy as a setting. */
export interface SlaPolicySlice {
  loadSlaPolicy(): Promise<SlaPolicy>;
  /** Saves the policy; the answer says how many open cases are recomputed under it. */
  saveSlaPolicy(policy: SlaPolicy): Promise<OutputOf<'slaPolicy.update'>>;
}

export const createSlaPolicySlice: Slice<SlaPolicySlice> = () => ({
  loadSlaPolicy: () => call('slaPolicy.get', {}),
  saveSlaPolicy: (policy) => call('slaPolicy.update', { policy }),
});
