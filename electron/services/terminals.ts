// Who acts at each terminal (an app window, a browser tab): the agent of the terminal's open duty session.
// The case log holds the sign-ins (duty_sessions.terminal_id), so a restart, or another host on the same
// file, sees the same ones; the desk itself only remembers which terminals it has met since it opened.
import { uuidv7 } from '../../db/ids';
import type { Db } from '../../db/open';
import { listAgentProfiles } from '../../db/queries/agents';
import {
  insertSession,
  lastSession,
  lastSessionAt,
  moveSession,
  openSessionAt,
  openSessions,
} from '../../db/queries/duty';

/** The terminal of a request that names none: tests, scripts, the command line. */
export const DEFAULT_TERMINAL = 'default';
/** An app window, by its web contents; the numbers start again with each run of the app. */
export const windowTerminal = (webContentsId: number) => `window:${webContentsId}`;
/** A browser tab, by the id it keeps in its session storage across reloads and host restarts. */
export const tabTerminal = (tabId: string) => `tab:${tabId}`;

export interface Actor {
  agentId: string;
  signedIn: boolean;
}

export interface Terminals {
  /** Who acts at the terminal now; the first time the desk meets a terminal, its sign-in resumes. */
  actorAt(terminal: string, now: number): Actor;
  /** Whoever signed in last, at any terminal: the agent of work that no terminal asked for. */
  lastAgent(): string;
  /** The terminal is gone (its window closed): the next app window carries on its sign-in. */
  leave(terminal: string): void;
}

export function terminals(db: Db, deskAgentId: string): Terminals {
  const met = new Set<string>();
  const lastAgent = () => lastSession(db)?.agentId ?? deskAgentId;
  return {
    actorAt(terminal, now) {
      if (!met.has(terminal)) {
        resume(db, terminal, met, now);
        met.add(terminal);
      }
      const open = openSessionAt(db, terminal);
      if (open) return { agentId: open.agentId, signedIn: true };
      return { agentId: lastSessionAt(db, terminal)?.agentId ?? lastAgent(), signedIn: false };
    },
    lastAgent,
    leave: (terminal) => void met.delete(terminal),
  };
}

/**
 * A sign-in no terminal of this desk holds: from before terminals, from before the desk opened (an app
 * window's or a tab's: a tab reopened on a new port is a new terminal), or of a window now closed.
 */
const leftBehind = (terminalId: string | null, met: ReadonlySet<string>) =>
  terminalId === null || !met.has(terminalId);

/**
 * A terminal met for the first time carries on its own sign-in (a tab reloaded after the host restarted
 * on the same port), or takes over the latest one left behind (a restart does not end a shift).
 * Otherwise a desk with a single agent and no PIN signs that agent in, so that a one-person desk (and
 * every fresh install) works without a sign-in step; with more, nobody is signed in until someone does.
 */
function resume(db: Db, terminal: string, met: ReadonlySet<string>, now: number): void {
  db.transaction(() => {
    if (openSessionAt(db, terminal)) return;
    const left = openSessions(db).find((s) => leftBehind(s.terminalId, met));
    if (left) return moveSession(db, left.id, terminal);
    const active = listAgentProfiles(db, false);
    const only = active.length === 1 ? active[0] : undefined;
    if (only && !only.hasPin) {
      insertSession(db, { id: uuidv7(now), agentId: only.id, startedAt: now, terminalId: terminal });
    }
  }).immediate();
}
