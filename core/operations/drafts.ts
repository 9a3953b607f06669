// Drafts kept while an agent types. Implemented by electron/services/drafts.ts.
import {
  type DraftDiscarded,
  type DraftFound,
  type DraftSaved,
  draftsDiscardInput,
  draftsGetInput,
  draftsSaveInput,
} from '../drafts';
import { reads, writes } from '../operation';

export const draftsOperations = {
  'drafts.get': reads<DraftFound>()(draftsGetInput),
  'drafts.save': writes<DraftSaved>()(draftsSaveInput),
  'drafts.discard': writes<DraftDiscarded>()(draftsDiscardInput),
};
