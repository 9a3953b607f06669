// Past handovers, and a handover printed to PDF. Implemented by electron/services/handover-history.ts.
import {
  handoverHistoryInput,
  type HandoverPage,
  handoverPdfInput,
  type PdfExportStarted,
} from '../handover';
import { reads } from '../operation';

export const handoverHistoryOperations = {
  'handover.history': reads<HandoverPage>()(handoverHistoryInput),
  'handover.exportPdf': reads<PdfExportStarted>()(handoverPdfInput),
};
