// Shift handover: compose, submit, read, pending. Implemented by electron/services/handover.ts.
import {
  type Handover,
  handoverComposeInput,
  type HandoverDocument,
  handoverGetInput,
  handoverPendingInput,
  handoverSubmitInput,
  type PendingHandover,
} from '../handover';
import { reads, writes } from '../operation';

export const handoverOperations = {
  'handover.compose': reads<HandoverDocument>()(handoverComposeInput),
  'handover.submit': writes<Handover>()(handoverSubmitInput),
  'handover.get': reads<Handover>()(handoverGetInput),
  'handover.pending': reads<PendingHandover[]>()(handoverPendingInput),
};
