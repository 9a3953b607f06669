// The case list exported as a file. Implemented by electron/services/case-export.ts.
import { type CaseExport, casesExportInput } from '../case-query';
import { reads } from '../operation';

export const caseExportOperations = {
  'cases.export': reads<CaseExport>()(casesExportInput),
};
