// Open cases like the one being logged. Implemented by electron/services/similar-cases.ts.
import { casesSimilarOpenInput, type SimilarCase } from '../cases';
import { reads } from '../operation';

export const similarCasesOperations = {
  'cases.similarOpen': reads<SimilarCase[]>()(casesSimilarOpenInput),
};
