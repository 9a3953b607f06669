import { MINUTE } from '../../core/time';
import { pinStateOf, writePinFailures } from '../../db/queries/agents';
import type { ServiceContext } from './context';
import { invalidField } from './errors';
import { verifyPin } from './pin';

/** Wrong PINs in a row before the agent's sign-in locks, and for how long. */
export const PIN_MAX_FAILURES = 5;
export const PIN_LOCK_MS = 5 * MINUTE;

/**
 * Checks the PIN an agent typed to sign in (nothing to check when they have none). Every refusal names the
 * `pin` field, so the UI shows it next to the PIN box. Five wrong PINs in a row lock the agent's sign-in for
 * five minutes (a lead resetting the PIN lifts the lock); the count survives a restart.
 */
export function checkSignInPin(ctx: ServiceContext, agentId: string, pin: string | undefined): void {
  const state = pinStateOf(ctx.db, agentId);
  if (!state?.pinHash) return;
  const now = ctx.now();
  if (state.lockedUntil !== null && now < state.lockedUntil) {
    throw invalidField('pin', 'duty.issues.pinLocked', 'too many wrong PINs; try again later');
  }
  if (!pin) throw invalidField('pin', 'duty.issues.pinRequired', 'this agent signs in with a PIN');
  if (verifyPin(pin, state.pinHash)) {
    if (state.failures > 0 || state.lockedUntil !== null) writePinFailures(ctx.db, agentId, 0, null);
    return;
  }
  const failures = state.failures + 1;
  const locked = failures >= PIN_MAX_FAILURES;
  writePinFailures(ctx.db, agentId, locked ? 0 : failures, locked ? now + PIN_LOCK_MS : null);
  throw invalidField('pin', locked ? 'duty.issues.pinLocked' : 'duty.issues.pinWrong', 'wrong PIN');
}
