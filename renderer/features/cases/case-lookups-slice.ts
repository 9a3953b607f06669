import type { OutputOf } from '../../../core/api';
import type { CaseListItem } from '../../../core/cases';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

/** What the case pages look up as the agent types (pickers, suggestions); nothing is kept in the store. */
export interface CaseLookupsSlice {
  /** Cases whose text matches, or the latest cases for an empty text. */
  findCases(text: string, limit: number): Promise<CaseListItem[]>;
  suggestTags(query: string, limit: number): Promise<OutputOf<'tags.suggest'>>;
  /** The customer's open cases that look like a new one with this title. */
  similarOpenCases(customerId: string, title: string): Promise<OutputOf<'cases.similarOpen'>>;
  /** The case a number names (a link from outside), or null. */
  caseIdByNumber(number: string): Promise<string | null>;
}

export const createCaseLookupsSlice: Slice<CaseLookupsSlice> = () => ({
  async findCases(text, limit) {
    return text
      ? (await call('cases.search', { query: text, limit })).items
      : (await call('cases.list', { limit })).items;
  },
  suggestTags: (query, limit) => call('tags.suggest', { query, limit }),
  similarOpenCases: (customerId, title) => call('cases.similarOpen', { customerId, title }),
  caseIdByNumber: async (number) => (await call('desktop.caseByNumber', { number })).caseId,
});
