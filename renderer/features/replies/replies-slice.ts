import type { CannedReply, CannedReplySaveInput } from '../../../core/canned-replies';
import type { Contact } from '../../../core/customers';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

export interface RepliesSlice {
  /** Null until first read. */
  cannedReplies: CannedReply[] | null;
  loadCannedReplies(): Promise<CannedReply[]>;
  saveCannedReply(input: CannedReplySaveInput): Promise<CannedReply>;
  removeCannedReply(id: string): Promise<void>;
  /** A reply written with it was sent. */
  cannedReplyUsed(id: string): Promise<void>;
  /** The contacts a reply may be addressed to: the case's customer's. */
  loadReplyContacts(customerId: string): Promise<Contact[]>;
}

export const createRepliesSlice: Slice<RepliesSlice> = (set, get) => ({
  cannedReplies: null,
  loadCannedReplies: async () => {
    const replies = await call('cannedReplies.list', {});
    set({ cannedReplies: replies });
    return replies;
  },
  saveCannedReply: async (input) => {
    const saved = await call('cannedReplies.save', input);
    await get().loadCannedReplies();
    return saved;
  },
  removeCannedReply: async (id) => {
    set({ cannedReplies: await call('cannedReplies.remove', { id }) });
  },
  cannedReplyUsed: async (id) => {
    await call('cannedReplies.used', { id });
    await get().loadCannedReplies();
  },
  loadReplyContacts: async (customerId) => (await call('customers.get', { id: customerId })).contacts,
});
