import type { Feature } from '../../lib/navigation';
import { createAttachmentLimitSlice, type AttachmentLimitSlice } from './attachment-limit-slice';

declare module '../../store/slice' {
  interface StoreSlices {
    attachmentLimit: AttachmentLimitSlice;
  }
}

/** Files attached to cases, and the desk's size limit for them. */
export const attachmentsFeature: Feature = { slices: [createAttachmentLimitSlice] };
