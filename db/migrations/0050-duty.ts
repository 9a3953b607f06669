import type { Migration } from './types';

// Round-the-clock duty: agents sign in on the shared workstation (optionally with a PIN, kept only as a
// salted scrypt hash), every sign-in is a recorded session, and a weekly roster with dated exceptions says
// who should be on duty when.
export const duty: Migration = {
  version: 50,
  name: 'duty',
  up(db) {
    db.exec(`
      ALTER TABLE agents ADD COLUMN pin_hash TEXT;
      -- Wrong PINs in a row, and the lock they earn: a 4-digit PIN must not be guessable by trying them all.
      ALTER TABLE agents ADD COLUMN pin_failures INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE agents ADD COLUMN pin_locked_until INTEGER;
      -- Agents are never deleted (events name them); an inactive one keeps the history but leaves duty.
      ALTER TABLE agents ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));

      -- One row per sign-in: the agent's shift on duty at this workstation.
      CREATE TABLE duty_sessions (
        id TEXT PRIMARY KEY,
        agent_id TEXT NOT NULL REFERENCES agents (id),
        started_at INTEGER NOT NULL,
        ended_at INTEGER,
        end_kind TEXT CHECK (end_kind IN ('sign_out', 'switch')),
        ended_by TEXT REFERENCES agents (id),
        override_reason TEXT,
        CHECK ((ended_at IS NULL) = (end_kind IS NULL) AND (ended_at IS NULL) = (ended_by IS NULL)),
        CHECK (ended_at IS NULL OR ended_at >= started_at),
        CHECK (override_reason IS NULL OR ended_at IS NOT NULL)
      ) STRICT;
      -- At most one agent is signed in at a time: every open session has the same key in this index.
      CREATE UNIQUE INDEX duty_sessions_one_open ON duty_sessions ((ended_at IS NULL)) WHERE ended_at IS NULL;
      CREATE INDEX duty_sessions_started ON duty_sessions (started_at, id);
      -- The record of who was on duty is history: a session ends once and is never removed.
      CREATE TRIGGER duty_sessions_no_delete BEFORE DELETE ON duty_sessions
        BEGIN SELECT RAISE(ABORT, 'duty_sessions is history'); END;
      CREATE TRIGGER duty_sessions_end_once BEFORE UPDATE ON duty_sessions WHEN OLD.ended_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a duty session ends once'); END;

      -- The weekly pattern. Minutes after local midnight; an end at or before the start is the next day.
      CREATE TABLE roster_shifts (
        id TEXT PRIMARY KEY,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
        end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
        agent_id TEXT NOT NULL REFERENCES agents (id),
        created_at INTEGER NOT NULL,
        CHECK (start_minute <> end_minute)
      ) STRICT;
      CREATE INDEX roster_shifts_agent ON roster_shifts (agent_id);

      -- Dated exceptions to the pattern: leave (a date range), a swap or an extra shift (one date each).
      CREATE TABLE roster_exceptions (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('leave', 'swap', 'extra')),
        agent_id TEXT NOT NULL REFERENCES agents (id),
        cover_agent_id TEXT REFERENCES agents (id),
        from_date TEXT NOT NULL CHECK (from_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        to_date TEXT NOT NULL CHECK (to_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        start_minute INTEGER CHECK (start_minute BETWEEN 0 AND 1439),
        end_minute INTEGER CHECK (end_minute BETWEEN 0 AND 1440),
        note TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        CHECK (to_date >= from_date),
        CHECK (kind = 'leave' OR to_date = from_date),
        CHECK ((kind = 'swap') = (cover_agent_id IS NOT NULL)),
        CHECK ((kind = 'extra') = (start_minute IS NOT NULL AND end_minute IS NOT NULL)),
        CHECK (cover_agent_id IS NULL OR cover_agent_id <> agent_id)
      ) STRICT;
      CREATE INDEX roster_exceptions_dates ON roster_exceptions (to_date, from_date);
    `);
  },
};
