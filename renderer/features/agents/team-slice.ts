import type { InputOf } from '../../../core/api';
import type { AgentProfile } from '../../../core/agents';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

type AgentFields = InputOf<'agents.update'>;

export interface TeamSlice {
  /** Every agent, active ones first; for the agents page, the switcher and the roster's pickers. */
  team: AgentProfile[];
  loadTeam(): Promise<AgentProfile[]>;
  /** Creates an agent (with an optional PIN), or edits the one with `id`. */
  saveAgent(agent: Omit<AgentFields, 'id'> & { id?: string; pin?: string }): Promise<AgentProfile>;
  setAgentActive(id: string, active: boolean): Promise<void>;
  setAgentPin(id: string, pin: string | null): Promise<void>;
}

export const createTeamSlice: Slice<TeamSlice> = (set, get) => {
  // A change to an agent shows in the header too when it is the signed-in one.
  const changed = async <T>(value: T) => {
    await Promise.all([get().loadTeam(), get().refreshDuty()]);
    return value;
  };
  return {
    team: [],
    async loadTeam() {
      const team = await call('agents.list', { includeInactive: true });
      set({ team });
      return team;
    },
    saveAgent: async ({ id, pin, ...fields }) =>
      changed(
        await (id
          ? call('agents.update', { id, ...fields })
          : call('agents.create', { ...fields, ...(pin ? { pin } : {}) })),
      ),
    setAgentActive: async (id, active) =>
      void (await changed(await call('agents.setActive', { id, active }))),
    setAgentPin: async (id, pin) => void (await changed(await call('agents.setPin', { id, pin }))),
  };
};
