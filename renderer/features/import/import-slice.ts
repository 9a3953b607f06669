import type { ImportOutcome } from '../../../core/customer-import';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';
import { stageText } from './stage-text';

/** The steps of a customer import; what the dialog shows stays in the dialog. */
export interface CustomerImportSlice {
  /** Sends the file's text piece by piece and resolves with the preview (null once cancelled). */
  stageCustomerImport: typeof stageText;
  /** Drops the staged rows of a preview; nothing was written. */
  cancelCustomerImport(importId: string): Promise<void>;
  commitCustomerImport(importId: string): Promise<ImportOutcome>;
}

export const createCustomerImportSlice: Slice<CustomerImportSlice> = () => ({
  stageCustomerImport: stageText,
  async cancelCustomerImport(importId) {
    await call('customers.importCancel', { importId });
  },
  commitCustomerImport: (importId) => call('customers.importCommit', { importId }),
});
