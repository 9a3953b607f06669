// Starting on a case log that another process is writing to: the start waits for the lock between attempts,
// off the event loop, instead of failing after one long synchronous wait.
import { setTimeout as sleep } from 'node:timers/promises';
import { caseLogProblem } from '../../db/failures';
import { openDesk, type Desk, type DeskOptions } from './desk';

export interface OpenWhenFreeOptions {
  /** How long to keep trying while the file is locked; then the lock error is thrown. */
  budgetMs?: number;
  /** Told once, when the first attempt finds the file locked. */
  onWait?: () => void;
}

export async function openDeskWhenFree(
  options: DeskOptions,
  { budgetMs = 30_000, onWait }: OpenWhenFreeOptions = {},
): Promise<Desk> {
  const until = Date.now() + budgetMs;
  let pause = 20;
  for (let attempt = 0; ; attempt++) {
    try {
      return openDesk(options);
    } catch (error) {
      if (caseLogProblem(error) !== 'locked' || Date.now() + pause > until) throw error;
      if (attempt === 0) onWait?.();
      await sleep(pause);
      pause = Math.min(pause * 2, 500);
    }
  }
}
