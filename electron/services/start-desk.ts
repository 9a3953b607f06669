// How the app and browser mode start on a case log: wait out another process's lock, and when the file is
// damaged, start in recovery (recovery.ts) instead of stopping with SQLite's text.
import { caseLogProblem } from '../../db/failures';
import { openDesk, type Desk, type DeskOptions } from './desk';
import type { Dispatch } from './dispatch';
import { openDeskWhenFree, type OpenWhenFreeOptions } from './open-desk-when-free';
import { recoveryDispatch } from './recovery';

export interface DeskStart {
  /** What the transports call: the desk's dispatch, or recovery's until a backup is restored. */
  dispatch: Dispatch;
  /** The desk, once open: at once, or after a restore. */
  opened: Promise<Desk>;
  /** Set while the desk waits in recovery. */
  recovering: boolean;
}

export async function startDesk(options: DeskOptions, waiting: OpenWhenFreeOptions = {}): Promise<DeskStart> {
  try {
    const desk = await openDeskWhenFree(options, waiting);
    return { dispatch: desk.dispatch, opened: Promise.resolve(desk), recovering: false };
  } catch (error) {
    if (caseLogProblem(error) !== 'corrupt') throw error;
    (options.log ?? console.error)(error);
  }
  let resolveOpened!: (desk: Desk) => void;
  const opened = new Promise<Desk>((resolve) => (resolveOpened = resolve));
  const start: DeskStart = { dispatch: (...args) => current(...args), opened, recovering: true };
  let current: Dispatch = recoveryDispatch(options.dbPath, options.now ?? Date.now, () => {
    const desk = openDesk(options);
    current = desk.dispatch;
    start.recovering = false;
    resolveOpened(desk);
  });
  return start;
}
