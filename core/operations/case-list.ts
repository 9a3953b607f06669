// The case list: a page, a count, full-text search. Implemented by electron/services/case-list.ts.
import {
  type CaseCount,
  type CasePage,
  casesCountInput,
  casesListInput,
  casesSearchInput,
  type SearchResult,
} from '../case-query';
import { reads } from '../operation';

export const caseListOperations = {
  'cases.list': reads<CasePage>()(casesListInput),
  'cases.count': reads<CaseCount>()(casesCountInput),
  'cases.search': reads<SearchResult>()(casesSearchInput),
};
