import { needsSignIn, type OperationName } from '../../core/api';
import type { ServiceContext } from './context';
import { ServiceError } from './errors';

/**
 * Every change is attributed to the signed-in agent, so while nobody is signed in at the terminal each
 * operation declared to need it is refused with SIGN_IN_REQUIRED (which the UI words as "sign in first").
 * Reads pass, so the desk can still look up a case.
 */
export function assertSignedInFor(name: OperationName, ctx: ServiceContext): void {
  if (needsSignIn(name) && !ctx.signedIn) {
    throw new ServiceError('SIGN_IN_REQUIRED', `${name} needs an agent signed in`);
  }
}
