import type { Migration } from './types';

// A sign-in belongs to a terminal (an app window, a browser tab), not to the whole workstation: two terminals
// may be two agents at once, each with a duty session of its own. Sessions from before keep no terminal; the
// first terminal to open takes over the one left open.
export const terminalSignIns: Migration = {
  version: 90,
  name: 'terminal-sign-ins',
  up(db) {
    db.exec(`
      ALTER TABLE duty_sessions ADD COLUMN terminal_id TEXT;
      DROP INDEX duty_sessions_one_open;
      -- At most one open session per terminal (sessions without a terminal are from before, at most one open).
      CREATE UNIQUE INDEX duty_sessions_open_per_terminal ON duty_sessions (terminal_id) WHERE ended_at IS NULL;
      CREATE INDEX duty_sessions_terminal ON duty_sessions (terminal_id, started_at);
    `);
  },
};
