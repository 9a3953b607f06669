// The desk's agents and their PINs. Implemented by electron/services/agents.ts.
import {
  type AgentProfile,
  agentsCreateInput,
  agentsListInput,
  agentsSetActiveInput,
  agentsSetPinInput,
  agentsUpdateInput,
} from '../agents';
import { reads, writes } from '../operation';

export const agentsOperations = {
  'agents.list': reads<AgentProfile[]>()(agentsListInput),
  'agents.create': writes<AgentProfile>()(agentsCreateInput),
  'agents.update': writes<AgentProfile>()(agentsUpdateInput),
  'agents.setActive': writes<AgentProfile>()(agentsSetActiveInput),
  'agents.setPin': writes<AgentProfile>()(agentsSetPinInput),
};
