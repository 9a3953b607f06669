// A handover carried to another workstation as a file. Implemented by electron/services/handover-transfer.ts.
import {
  type HandoverExport,
  handoverExportInput,
  handoverImportInput,
  type HandoverImportOutcome,
} from '../handover-file';
import { reads, writes } from '../operation';

export const handoverTransferOperations = {
  'handover.exportFile': reads<HandoverExport>()(handoverExportInput),
  'handover.importFile': writes<HandoverImportOutcome>()(handoverImportInput),
};
