import type { CannedReply, CannedReplySaveInput } from '../../../core/canned-replies';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

export interface RepliesSlice {
  /** Null until first read. */
  cannedReplies: CannedReply[] | null;
  loadCannedReplies(): Promise<CannedReply[]>;
  saveCannedReply(input: CannedReplySaveInput): Promise<CannedReply>;
  removeCannedReply(id: string): Promise<void>;
  /** A reply written with it was sent (the list is ordered again when next read). */
  cannedReplyUsed(id: string): Promise<void>;
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
    const used = await call('cannedReplies.used', { id });
    set((s) => ({ cannedReplies: s.cannedReplies?.map((r) => (r.id === id ? used : r)) ?? null }));
  },
});
