import { buildSearchIndex } from '../search/index-writer';
import type { Migration } from './types';

// One search document per case (docs/search.md): its number, title, description, notes as last edited,
// customer, contacts, request numbers and tags, one column each, so that the terms of a query may sit in
// different fields and still be one FTS5 match. The app writes the tokens (db/search/tokens.ts); the
// table keeps no copy of the text (contentless) and answers one- and two-character terms from its prefix
// indexes. Triggers only name the cases to re-index (search_dirty), which the next search does.
// The per-source trigram tables of 0020 for cases and notes are read by nothing now, and go with their
// triggers (each note was tokenized into one on every append); customer_text stays for the customer picker.
const DIRTY = (rowid: string) => `INSERT OR IGNORE INTO search_dirty (case_rowid) VALUES (${rowid})`;
const DIRTY_CASE = (caseId: string) =>
  `INSERT OR IGNORE INTO search_dirty (case_rowid) SELECT rowid FROM cases WHERE id = ${caseId}`;
const DIRTY_CUSTOMER = (customerId: string) =>
  `INSERT OR IGNORE INTO search_dirty (case_rowid) SELECT rowid FROM cases WHERE customer_id = ${customerId}`;

export const caseSearch: Migration = {
  version: 100,
  name: 'case-search',
  up(db) {
    db.exec(`
      DROP TRIGGER cases_text_insert;
      DROP TRIGGER cases_text_update;
      DROP TRIGGER events_text_insert;
      DROP TRIGGER events_text_edit;
      DROP TABLE case_text;
      DROP TABLE note_text;

      CREATE VIRTUAL TABLE case_search USING fts5(
        number, title, description, notes, customer, contacts, requests, tags,
        content = '', contentless_delete = 1, tokenize = 'ascii', prefix = '1 2'
      );
      -- Pending index data is flushed in segments of this size: building the index of a large log in one
      -- statement then merges far fewer segments (a third faster than the default).
      INSERT INTO case_search (case_search, rank) VALUES ('hashsize', 67108864);
      CREATE TABLE search_dirty (case_rowid INTEGER PRIMARY KEY) STRICT;

      CREATE TRIGGER case_search_case_insert AFTER INSERT ON cases BEGIN ${DIRTY('NEW.rowid')}; END;
      CREATE TRIGGER case_search_case_update
        AFTER UPDATE OF number, title, description, request_number, customer_id ON cases
      BEGIN ${DIRTY('NEW.rowid')}; END;
      CREATE TRIGGER case_search_case_delete AFTER DELETE ON cases BEGIN ${DIRTY('OLD.rowid')}; END;
      CREATE TRIGGER case_search_event AFTER INSERT ON case_events
        WHEN NEW.kind IN ('note', 'reply', 'call', 'note_edited')
      BEGIN ${DIRTY_CASE('NEW.case_id')}; END;
      CREATE TRIGGER case_search_customer
        AFTER UPDATE OF name, tenant_domain, partner_customer_id ON customers
      BEGIN ${DIRTY_CUSTOMER('NEW.id')}; END;
      CREATE TRIGGER case_search_contact_insert AFTER INSERT ON contacts
      BEGIN ${DIRTY_CUSTOMER('NEW.customer_id')}; END;
      CREATE TRIGGER case_search_contact_update AFTER UPDATE ON contacts
      BEGIN ${DIRTY_CUSTOMER('OLD.customer_id')}; ${DIRTY_CUSTOMER('NEW.customer_id')}; END;
      CREATE TRIGGER case_search_contact_delete AFTER DELETE ON contacts
      BEGIN ${DIRTY_CUSTOMER('OLD.customer_id')}; END;
      CREATE TRIGGER case_search_tag_insert AFTER INSERT ON case_tags BEGIN ${DIRTY_CASE('NEW.case_id')}; END;
      CREATE TRIGGER case_search_tag_delete AFTER DELETE ON case_tags BEGIN ${DIRTY_CASE('OLD.case_id')}; END;
      CREATE TRIGGER case_search_escalation_insert AFTER INSERT ON escalations
      BEGIN ${DIRTY_CASE('NEW.case_id')}; END;
      CREATE TRIGGER case_search_escalation_update AFTER UPDATE OF request_number ON escalations
      BEGIN ${DIRTY_CASE('NEW.case_id')}; END;
    `);
    buildSearchIndex(db);
  },
};
