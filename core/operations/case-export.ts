// The case list exported as a file. Implemented by electron/services/case-export.ts.
import { type CaseExportChunk, casesExportInput } from '../case-export';
import { reads } from '../operation';

export const caseExportOperations = {
  'cases.export': reads<CaseExportChunk>()(casesExportInput),
};
