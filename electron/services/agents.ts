import type { Agent } from '../contract/agents';
import { uuidv7 } from '../../db/ids';
import type { Db } from '../../db/open';
import { firstAgent, insertAgent, listAgents, type AgentRow } from '../../db/queries/agents';
import type { ServiceContext } from './context';

/** The workstation's agent until agents sign in by name: created once, on first start. */
export function ensureDeskAgent(db: Db, now: number): AgentRow {
  const existing = firstAgent(db);
  if (existing) return existing;
  const agent: AgentRow = { id: uuidv7(now), name: '值班坐席', role: 'lead' };
  insertAgent(db, { ...agent, createdAt: now });
  return agent;
}

/** Everyone a case can be assigned to. */
export function allAgents(ctx: ServiceContext): Agent[] {
  return listAgents(ctx.db);
}
