// The incoming agent's read-back of a handover. Implemented by electron/services/handover-readback.ts.
import { type Handover, handoverAcknowledgeInput, handoverConfirmInput } from '../handover';
import { writes } from '../operation';

export const handoverReadbackOperations = {
  'handover.confirmItem': writes<Handover>()(handoverConfirmInput),
  'handover.acknowledge': writes<Handover>()(handoverAcknowledgeInput),
};
