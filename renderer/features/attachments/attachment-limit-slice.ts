import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

/** The desk's attachment size limit as a setting (the store's `attachmentLimitMb` is what the drop zone checks). */
export interface AttachmentLimitSlice {
  loadAttachmentLimit(): Promise<number>;
  /** Saves the limit and has every drop zone use it at once; resolves with the stored value. */
  saveAttachmentLimit(mb: number): Promise<number>;
}

export const createAttachmentLimitSlice: Slice<AttachmentLimitSlice> = (set) => ({
  loadAttachmentLimit: async () => (await call('settings.get', {})).attachmentLimitMb,
  async saveAttachmentLimit(mb) {
    const { attachmentLimitMb } = await call('settings.update', { attachmentLimitMb: mb });
    set({ attachmentLimitMb });
    return attachmentLimitMb;
  },
});
