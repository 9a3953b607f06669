import { z } from 'zod';
import { LANGUAGES, type Language } from './domain';
import { id, requiredText } from './validation';
import { reads, writes } from './operation';

export const AGENT_ROLES = ['agent', 'lead'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

/** An agent as every event names them. */
export interface Agent {
  id: string;
  name: string;
  role: AgentRole;
}

/** An agent as the desk manages them. The PIN itself never leaves the service layer: only whether one is set. */
export interface AgentProfile extends Agent {
  /** The languages the agent serves customers in. */
  languages: Language[];
  hasPin: boolean;
  /** Inactive agents keep their history but can no longer sign in, be rostered or own new cases. */
  active: boolean;
}

/** A sign-in PIN: 4 to 8 digits, typed on the shared workstation's keyboard. */
export const PIN_PATTERN = /^\d{4,8}$/;
export const pinInput = z.string().max(8, 'validation.invalid').regex(PIN_PATTERN, 'validation.invalid');

const agentFields = {
  name: requiredText(60),
  role: z.enum(AGENT_ROLES, 'validation.choose'),
  languages: z
    .array(z.enum(LANGUAGES, 'validation.choose'))
    .min(1, 'validation.choose')
    .max(LANGUAGES.length * 2)
    .transform((list) => LANGUAGES.filter((l) => list.includes(l))),
};

/** The desk's agents and their PINs. Implemented by electron/services/agents.ts. */
export const agentsOperations = {
  /** Active agents (everyone a case can be assigned to); `includeInactive` for the agents page. */
  'agents.list': reads<AgentProfile[]>()(z.object({ includeInactive: z.boolean().default(false) }).strict()),
  'agents.create': writes<AgentProfile>()(z.object({ ...agentFields, pin: pinInput.optional() }).strict()),
  'agents.update': writes<AgentProfile>()(z.object({ id, ...agentFields }).strict()),
  'agents.setActive': writes<AgentProfile>()(z.object({ id, active: z.boolean() }).strict()),
  /** `null` clears the PIN. */
  'agents.setPin': writes<AgentProfile>()(z.object({ id, pin: pinInput.nullable() }).strict()),
};
