import type { Feature } from '../../lib/navigation';
import { createTeamSlice, type TeamSlice } from './team-slice';

declare module '../../store/slice' {
  interface StoreSlices {
    team: TeamSlice;
  }
}

/** The desk's agents (shown in the duty section's agents tab). */
export const agentsFeature: Feature = { slices: [createTeamSlice] };
