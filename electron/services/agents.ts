import type { ParsedInputOf } from '../../core/api';
import type { AgentProfile, agentsOperations } from '../../core/agents';
import { localDateOf } from '../../core/local-time';
import { nameUuid, uuidv7 } from '../../db/ids';
import type { Db } from '../../db/open';
import {
  activeAgentNamed,
  countActiveLeads,
  firstAgent,
  getAgentProfile,
  insertAgent,
  insertAgentProfile,
  listAgentProfiles,
  setAgentActive,
  setPinHash,
  updateAgentProfile,
  type AgentRow,
} from '../../db/queries/agents';
import { rosterUsesOf } from '../../db/queries/roster';
import type { ServiceContext } from './context';
import { invalidField, orNotFound } from './errors';
import { refused, requireLead } from './lead';
import { hashPin } from './pin';
import { utcOffsetOf } from './roster';
import type { Handlers } from './handlers';

/** The workstation's first agent, created on first start: a lead, so that someone can manage the desk. */
export function ensureDeskAgent(db: Db, now: number): AgentRow {
  const existing = firstAgent(db);
  if (existing) return existing;
  // The same id on every new workstation: when several join one desk, their first agents are one agent.
  const agent: AgentRow = { id: nameUuid('shiftdesk/desk-agent'), name: '值班坐席', role: 'lead' };
  insertAgent(db, { ...agent, createdAt: now });
  return agent;
}

/** Everyone a case can be assigned to (active agents), or the whole team for the agents page. */
export function allAgents(ctx: ServiceContext, input: ParsedInputOf<'agents.list'>): AgentProfile[] {
  return listAgentProfiles(ctx.db, input.includeInactive);
}

export function profileOf(ctx: ServiceContext, id: string): AgentProfile {
  const agent = orNotFound(getAgentProfile(ctx.db, id), 'agent', id);
  return agent;
}

function assertNameFree(ctx: ServiceContext, name: string, exceptId?: string): void {
  if (activeAgentNamed(ctx.db, name, exceptId)) {
    // Two agents of one name could not be told apart in the switcher or on the timeline.
    throw invalidField('name', 'duty.issues.nameTaken', `another agent is called ${name}`);
  }
}

export function createAgent(ctx: ServiceContext, input: ParsedInputOf<'agents.create'>): AgentProfile {
  requireLead(ctx);
  return ctx.db
    .transaction(() => {
      assertNameFree(ctx, input.name);
      const id = uuidv7(ctx.now());
      insertAgentProfile(ctx.db, {
        id,
        name: input.name,
        role: input.role,
        languages: input.languages,
        pinHash: input.pin ? hashPin(input.pin) : null,
        createdAt: ctx.now(),
      });
      return profileOf(ctx, id);
    })
    .immediate();
}

export function updateAgent(ctx: ServiceContext, input: ParsedInputOf<'agents.update'>): AgentProfile {
  requireLead(ctx);
  return ctx.db
    .transaction(() => {
      const before = profileOf(ctx, input.id);
      assertNameFree(ctx, input.name, input.id);
      if (before.role === 'lead' && input.role !== 'lead' && before.active) assertAnotherLead(ctx);
      updateAgentProfile(ctx.db, {
        id: input.id,
        name: input.name,
        role: input.role,
        languages: input.languages,
      });
      return profileOf(ctx, input.id);
    })
    .immediate();
}

/** The desk always keeps one active lead, or nobody could manage the team and the roster again. */
function assertAnotherLead(ctx: ServiceContext): void {
  if (countActiveLeads(ctx.db) <= 1) {
    throw refused('CONFLICT', 'duty.issues.lastLead', 'the desk needs at least one active lead');
  }
}

export function setActive(ctx: ServiceContext, input: ParsedInputOf<'agents.setActive'>): AgentProfile {
  requireLead(ctx);
  return ctx.db
    .transaction(() => {
      const agent = profileOf(ctx, input.id);
      if (agent.active === input.active) return agent;
      if (input.active) {
        assertNameFree(ctx, agent.name, agent.id);
      } else {
        if (ctx.signedIn && ctx.agentId === agent.id) {
          throw refused('CONFLICT', 'duty.issues.signedInAgent', 'the signed-in agent cannot be deactivated');
        }
        if (agent.role === 'lead') assertAnotherLead(ctx);
        // Quietly dropping someone from the roster would open gaps nobody sees coming.
        const today = localDateOf(ctx.now(), utcOffsetOf(ctx));
        if (rosterUsesOf(ctx.db, agent.id, today) > 0) {
          throw refused('CONFLICT', 'duty.issues.onRoster', 'the agent is still on the roster');
        }
      }
      setAgentActive(ctx.db, agent.id, input.active);
      return profileOf(ctx, agent.id);
    })
    .immediate();
}

/** Agents set or clear their own PIN; a lead may reset anyone's. */
export function setPin(ctx: ServiceContext, input: ParsedInputOf<'agents.setPin'>): AgentProfile {
  const own = ctx.signedIn && ctx.agentId === input.id;
  if (!own) requireLead(ctx);
  profileOf(ctx, input.id);
  setPinHash(ctx.db, input.id, input.pin === null ? null : hashPin(input.pin));
  return profileOf(ctx, input.id);
}

/** The operations of core/agents.ts (`agentsOperations`), bound to the functions above. */
export const agentsHandlers: Handlers<typeof agentsOperations> = {
  'agents.list': allAgents,
  'agents.create': createAgent,
  'agents.update': updateAgent,
  'agents.setActive': setActive,
  'agents.setPin': setPin,
};
