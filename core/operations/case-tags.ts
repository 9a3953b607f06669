// Tags on cases. Implemented by electron/services/case-tags.ts.
import { type CaseDetail, casesTagInput, type TagCount, tagsSuggestInput } from '../cases';
import { reads, writes } from '../operation';

export const caseTagsOperations = {
  'cases.addTag': writes<CaseDetail>()(casesTagInput),
  'cases.removeTag': writes<CaseDetail>()(casesTagInput),
  'tags.suggest': reads<TagCount[]>()(tagsSuggestInput),
};
