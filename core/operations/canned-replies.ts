// Canned replies for the reply composer. Implemented by electron/services/canned-replies.ts.
import {
  type CannedReply,
  cannedRepliesListInput,
  cannedRepliesRemoveInput,
  cannedRepliesSaveInput,
  cannedRepliesUsedInput,
} from '../canned-replies';
import { reads, writes } from '../operation';

export const cannedRepliesOperations = {
  'cannedReplies.list': reads<CannedReply[]>()(cannedRepliesListInput),
  'cannedReplies.save': writes<CannedReply>()(cannedRepliesSaveInput),
  'cannedReplies.remove': writes<CannedReply[]>()(cannedRepliesRemoveInput),
  /** A reply was sent with it: counted, so that the picker lists the desk's favourites first. */
  'cannedReplies.used': writes<CannedReply>()(cannedRepliesUsedInput),
};
