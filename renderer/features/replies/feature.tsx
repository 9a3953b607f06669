import type { Feature } from '../../lib/navigation';
import { createRepliesSlice, type RepliesSlice } from './replies-slice';

declare module '../../store/slice' {
  interface StoreSlices {
    replies: RepliesSlice;
  }
}

/** Canned replies: kept under Settings, picked in the reply composer. */
export const repliesFeature: Feature = {
  slices: [createRepliesSlice],
};
