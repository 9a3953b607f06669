// Closing the window is not quitting: the SLA watch must keep going. Quitting is explicit, and asks first
// when it would leave running clocks unwatched.
import type { DesktopStatus } from '../../core/desktop';

/** What closing the main window does: hide it (the app stays on watch) unless the app is quitting. */
export function closeDecision(state: { quitting: boolean }): 'hide' | 'close' {
  return state.quitting ? 'close' : 'hide';
}

/**
 * What an explicit quit (menu, tray, Ctrl+Q / ⌘Q) does: ask when clocks are running and nobody else keeps
 * watch; quit at once otherwise. A desk that cannot be read (null: not open yet, in recovery) has no
 * watch to lose.
 */
export function quitDecision(status: DesktopStatus | null): 'quit' | 'confirm' {
  if (!status) return 'quit';
  return status.runningClocks > 0 && status.othersOnDuty === 0 ? 'confirm' : 'quit';
}

/** The system's own end of the session (log-off, shutdown) is never held up by a question. */
export const quitAsked = (origin: 'agent' | 'system', status: DesktopStatus | null) =>
  origin === 'system' ? 'quit' : quitDecision(status);
