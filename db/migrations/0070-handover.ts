import type { Migration } from './types';

// Shift handovers (交接班). A handover is written once, at submission (T1), as one JSON document (the
// items, watch list and notes as the outgoing agent saw and wrote them), and is never edited. What happens
// to it afterwards (each severity-A item confirmed, the acknowledgement at T2, being superseded, a lead's
// override of the shift-close gate, an import from another workstation) is an append-only event, like a
// case's timeline; the handover row keeps the current state for the pending and history lists.
// History search uses the trigram index, as case search does (0020): Chinese needs substrings, and the
// history grows by a few handovers per day, every one of them long.
export const handover: Migration = {
  version: 70,
  name: 'handover',
  up(db) {
    db.exec(`
      CREATE TABLE handovers (
        id TEXT PRIMARY KEY,
        from_agent_id TEXT NOT NULL REFERENCES agents (id),
        to_agent_id TEXT REFERENCES agents (id),
        status TEXT NOT NULL CHECK (status IN ('pending', 'acknowledged', 'superseded')),
        document TEXT NOT NULL CHECK (json_valid(document)),
        case_count INTEGER NOT NULL,
        severity_a_count INTEGER NOT NULL,
        -- Everything the history search covers, written once with the document.
        search_text TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        acknowledged_at INTEGER,
        CHECK ((status = 'acknowledged') = (acknowledged_at IS NOT NULL AND to_agent_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX handovers_created ON handovers (created_at DESC, id DESC);
      CREATE INDEX handovers_from ON handovers (from_agent_id, created_at DESC);
      CREATE INDEX handovers_pending ON handovers (created_at) WHERE status = 'pending';

      CREATE TABLE handover_events (
        id TEXT PRIMARY KEY,
        -- Null only for an override of the gate when the agent had submitted no handover at all.
        handover_id TEXT REFERENCES handovers (id),
        agent_id TEXT NOT NULL REFERENCES agents (id),
        at INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('submitted', 'item_confirmed', 'acknowledged', 'superseded',
          'shift_close_override', 'imported')),
        payload TEXT NOT NULL CHECK (json_valid(payload))
      ) STRICT;
      CREATE INDEX handover_events_handover ON handover_events (handover_id, at, id);
      CREATE INDEX handover_events_kind ON handover_events (kind, at);
      -- Each severity-A item is confirmed once: the database refuses a second confirmation.
      CREATE UNIQUE INDEX handover_events_confirmed ON handover_events
        (handover_id, json_extract(payload, '$.caseId')) WHERE kind = 'item_confirmed';
      CREATE TRIGGER handover_events_no_update BEFORE UPDATE ON handover_events
        BEGIN SELECT RAISE(ABORT, 'handover_events is append-only'); END;
      CREATE TRIGGER handover_events_no_delete BEFORE DELETE ON handover_events
        BEGIN SELECT RAISE(ABORT, 'handover_events is append-only'); END;

      -- The document of a handover never changes once written.
      CREATE TRIGGER handovers_document_fixed BEFORE UPDATE OF document, search_text, from_agent_id, created_at
        ON handovers WHEN NEW.document IS NOT OLD.document OR NEW.search_text IS NOT OLD.search_text
          OR NEW.from_agent_id IS NOT OLD.from_agent_id OR NEW.created_at IS NOT OLD.created_at
        BEGIN SELECT RAISE(ABORT, 'a handover is not edited once submitted'); END;
      CREATE TRIGGER handovers_no_delete BEFORE DELETE ON handovers
        BEGIN SELECT RAISE(ABORT, 'handovers are kept'); END;

      -- External content: the text lives once, in handovers.search_text; rowid is the handover's rowid.
      CREATE VIRTUAL TABLE handover_text USING fts5(
        search_text, content = 'handovers', content_rowid = 'rowid', tokenize = 'trigram'
      );
      CREATE TRIGGER handovers_text_insert AFTER INSERT ON handovers BEGIN
        INSERT INTO handover_text (rowid, search_text) VALUES (NEW.rowid, NEW.search_text);
      END;
    `);
  },
};
