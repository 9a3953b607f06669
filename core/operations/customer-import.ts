// Customer import from CSV, in steps. Implemented by electron/services/customer-import.ts.
import {
  customersImportCancelInput,
  customersImportCommitInput,
  customersImportStageInput,
  customersImportStartInput,
  type ImportOutcome,
  type ImportProgress,
  type ImportSession,
} from '../customer-import';
import { writes } from '../operation';

export const customerImportOperations = {
  'customers.importStart': writes<ImportSession>()(customersImportStartInput),
  'customers.importStage': writes<ImportProgress>()(customersImportStageInput),
  'customers.importCommit': writes<ImportOutcome>()(customersImportCommitInput),
  'customers.importCancel': writes<{ cancelled: boolean }>()(customersImportCancelInput),
};
