import type { AgentProfile } from '../../core/agents';
import { getAgentProfile } from '../../db/queries/agents';
import type { ServiceContext } from './context';
import { ServiceError } from './errors';

/** A refusal the UI words itself: the issue carries the i18n key, against no particular field. */
export const refused = (code: 'UNAUTHORIZED' | 'CONFLICT', key: string, message: string) =>
  new ServiceError(code, message, [{ path: '', message: key }]);

/** Managing the team and the roster is for a lead: the signed-in agent must be one. */
export function requireLead(ctx: ServiceContext): AgentProfile {
  const me = getAgentProfile(ctx.db, ctx.agentId);
  if (!ctx.signedIn || !me || me.role !== 'lead') {
    throw refused('UNAUTHORIZED', 'duty.issues.leadOnly', 'only a lead may do this');
  }
  return me;
}
