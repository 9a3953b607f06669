// While another process holds the case log's write lock, a request is tried again after a growing pause
// instead of waiting inside SQLite: the pauses are timers, so the host keeps answering every other request
// (reads never need the write lock in WAL mode). A request refused with LOCKED changed nothing (its
// transaction never began), so trying it again is safe.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Result } from '../../core/errors';

export interface LockRetryOptions {
  /** How long in all to keep trying before answering LOCKED. */
  budgetMs?: number;
}

const FIRST_PAUSE_MS = 10;
const LONGEST_PAUSE_MS = 250;
const DEFAULT_BUDGET_MS = 10_000;

/** Runs `attempt` until it is not refused with LOCKED, or the budget is spent (then its last answer). */
export async function retryWhileLocked<T>(
  attempt: () => Result<T>,
  { budgetMs = DEFAULT_BUDGET_MS }: LockRetryOptions = {},
): Promise<Result<T>> {
  const until = Date.now() + budgetMs;
  let pause = FIRST_PAUSE_MS;
  for (;;) {
    const result = attempt();
    if (result.ok || result.error.code !== 'LOCKED' || Date.now() + pause > until) return result;
    await sleep(pause);
    pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
  }
}
