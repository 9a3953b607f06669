// Links between cases. Implemented by electron/services/case-links.ts.
import { type CaseDetail, casesLinkInput, casesUnlinkInput } from '../cases';
import { writes } from '../operation';

export const caseLinksOperations = {
  'cases.link': writes<CaseDetail>()(casesLinkInput),
  'cases.unlink': writes<CaseDetail>()(casesUnlinkInput),
};
