// Who acts on a case log opened for reading only: nobody is signed in (signing in is itself a write), and
// reads such as "my cases" answer for the agent who signed in last.
import type { Db } from '../../db/open';
import { firstAgent } from '../../db/queries/agents';
import { lastSession } from '../../db/queries/duty';
import { CaseLogError } from '../../db/failures';
import type { Terminals } from './terminals';

export function readOnlyTerminals(db: Db): Terminals {
  const fallback = firstAgent(db)?.id;
  if (!fallback) throw new CaseLogError('read-only', 'the case log has no agent yet and cannot be written');
  const lastAgent = () => lastSession(db)?.agentId ?? fallback;
  return {
    actorAt: () => ({ agentId: lastAgent(), signedIn: false }),
    lastAgent,
    leave: () => {},
  };
}
