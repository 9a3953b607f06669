import type { OperationName } from '../../core/api';
import { needsSignIn } from '../../core/duty';
import type { ServiceContext } from './context';
import { ServiceError } from './errors';
import type { Handlers } from './index';

type AnyHandler = (ctx: ServiceContext, input: unknown) => unknown;

/**
 * Every change is attributed to the signed-in agent, so while nobody is signed in each operation that
 * records something is refused with SIGN_IN_REQUIRED (which the UI words as "sign in first"). Reads pass,
 * so the desk can still look up a case. The rule is per operation name (contract/duty.ts `needsSignIn`),
 * so an operation added later is guarded unless it only reads.
 */
export function requireSignInToWrite(handlers: Handlers): Handlers {
  const guarded = { ...handlers } as unknown as Record<string, AnyHandler>;
  for (const name of Object.keys(handlers) as OperationName[]) {
    if (!needsSignIn(name)) continue;
    const run = handlers[name] as AnyHandler;
    guarded[name] = (ctx, input) => {
      if (!ctx.signedIn) throw new ServiceError('SIGN_IN_REQUIRED', `${name} needs an agent signed in`);
      return run(ctx, input);
    };
  }
  return guarded as unknown as Handlers;
}
