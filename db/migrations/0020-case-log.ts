import { movePartnerIdDuplicatesAside } from './partner-id-duplicates';
import type { Migration } from './types';

// The full case log: the service catalogue, customer details, tags, links, drafts, attachments, saved
// views, list indexes for every sortable column, and trigram full-text search kept current by triggers.
export const caseLog: Migration = {
  version: 20,
  name: 'case-log',
  up(db) {
    // Added after this migration shipped, and the one change ever made to it: it does something only to a
    // file that this migration could not upgrade at all (two customers sharing a Partner Center id failed
    // the unique index below), so every file already past version 20 was upgraded exactly as before.
    movePartnerIdDuplicatesAside(db);
    db.exec(`
      CREATE TABLE services (
        key TEXT PRIMARY KEY,
        name_zh TEXT NOT NULL,
        name_en TEXT NOT NULL,
        builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        created_at INTEGER NOT NULL
      ) STRICT;
      INSERT INTO services (key, name_zh, name_en, builtin, created_at) VALUES
        ('office365', 'Office 365', 'Office 365', 1, 0),
        ('azure', 'Azure', 'Azure', 1, 0),
        ('dynamics365', 'Dynamics 365', 'Dynamics 365', 1, 0),
        ('powerbi', 'Power BI', 'Power BI', 1, 0),
        ('other', '其他', 'Other', 1, 0);

      -- Whether the customer holds an admin role (may have 21Vianet requests submitted for it).
      ALTER TABLE customers ADD COLUMN admin_role INTEGER NOT NULL DEFAULT 0 CHECK (admin_role IN (0, 1));
      CREATE UNIQUE INDEX customers_partner_id ON customers (partner_customer_id)
        WHERE partner_customer_id IS NOT NULL;

      CREATE TABLE customer_services (
        customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        service_key TEXT NOT NULL REFERENCES services (key),
        PRIMARY KEY (customer_id, service_key)
      ) STRICT, WITHOUT ROWID;

      -- The customer's name is copied onto each case as a sort key, kept current by a trigger.
      ALTER TABLE cases ADD COLUMN customer_name TEXT NOT NULL DEFAULT '';
      UPDATE cases SET customer_name = (SELECT name FROM customers WHERE id = cases.customer_id);
      CREATE TRIGGER customers_rename_cases AFTER UPDATE OF name ON customers
        BEGIN UPDATE cases SET customer_name = NEW.name WHERE customer_id = NEW.id; END;

      -- 21Vianet's service request number, once the case is escalated.
      ALTER TABLE cases ADD COLUMN request_number TEXT;
      CREATE INDEX cases_request_number ON cases (request_number) WHERE request_number IS NOT NULL;

      -- One index per sortable column, each ending in id so that keyset paging is exact.
      CREATE INDEX cases_created ON cases (created_at, id);
      CREATE INDEX cases_title ON cases (title, id);
      CREATE INDEX cases_customer_name ON cases (customer_name, id);
      CREATE INDEX cases_severity ON cases (severity, id);
      CREATE INDEX cases_status ON cases (status, id);
      CREATE INDEX cases_status_updated ON cases (status, updated_at, id);
      CREATE INDEX cases_owner_updated ON cases (owner_id, updated_at, id);

      CREATE TABLE case_tags (
        case_id TEXT NOT NULL REFERENCES cases (id),
        tag TEXT NOT NULL,
        PRIMARY KEY (case_id, tag)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX case_tags_tag ON case_tags (tag, case_id);

      CREATE TABLE case_links (
        case_id TEXT NOT NULL REFERENCES cases (id),
        other_id TEXT NOT NULL REFERENCES cases (id),
        kind TEXT NOT NULL CHECK (kind IN ('duplicate_of', 'related_to')),
        created_at INTEGER NOT NULL,
        PRIMARY KEY (case_id, other_id),
        CHECK (case_id <> other_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX case_links_other ON case_links (other_id);

      -- What an agent is typing, saved as they type so that a crash or restart loses nothing.
      CREATE TABLE drafts (
        key TEXT PRIMARY KEY,
        agent_id TEXT NOT NULL REFERENCES agents (id),
        body TEXT NOT NULL CHECK (json_valid(body)),
        updated_at INTEGER NOT NULL
      ) STRICT;

      -- Files are stored once per content hash under the app-data folder; rows say where they belong.
      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id),
        event_id TEXT REFERENCES case_events (id),
        sha256 TEXT NOT NULL,
        name TEXT NOT NULL,
        size INTEGER NOT NULL,
        mime TEXT NOT NULL,
        agent_id TEXT NOT NULL REFERENCES agents (id),
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX attachments_case ON attachments (case_id, created_at);
      CREATE INDEX attachments_sha256 ON attachments (sha256);

      CREATE TABLE saved_views (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        filters TEXT NOT NULL CHECK (json_valid(filters)),
        created_at INTEGER NOT NULL
      ) STRICT;

      -- Full-text search. The trigram tokenizer finds any substring of 3+ characters, which is what
      -- Chinese needs (no word boundaries). Each table's rowid is its source row's rowid.
      CREATE VIRTUAL TABLE case_text USING fts5(number, title, description, request_number, tokenize = 'trigram');
      CREATE VIRTUAL TABLE note_text USING fts5(body, tokenize = 'trigram');
      CREATE VIRTUAL TABLE customer_text USING fts5(name, tenant, partner_id, contacts, tokenize = 'trigram');

      INSERT INTO case_text (rowid, number, title, description, request_number)
        SELECT rowid, number, title, description, coalesce(request_number, '') FROM cases;
      INSERT INTO note_text (rowid, body)
        SELECT rowid, json_extract(payload, '$.body') FROM case_events
        WHERE kind IN ('note', 'reply', 'call') AND json_extract(payload, '$.body') IS NOT NULL;
      INSERT INTO customer_text (rowid, name, tenant, partner_id, contacts)
        SELECT rowid, name, coalesce(tenant_domain, ''), coalesce(partner_customer_id, ''), '' FROM customers;

      CREATE TRIGGER cases_text_insert AFTER INSERT ON cases BEGIN
        INSERT INTO case_text (rowid, number, title, description, request_number)
          VALUES (NEW.rowid, NEW.number, NEW.title, NEW.description, coalesce(NEW.request_number, ''));
      END;
      CREATE TRIGGER cases_text_update AFTER UPDATE OF title, description, request_number ON cases BEGIN
        UPDATE case_text SET title = NEW.title, description = NEW.description,
          request_number = coalesce(NEW.request_number, '') WHERE rowid = NEW.rowid;
      END;

      -- Notes, replies and call summaries are searchable; an edit of a note replaces its indexed text.
      CREATE TRIGGER events_text_insert AFTER INSERT ON case_events
        WHEN NEW.kind IN ('note', 'reply', 'call') AND json_extract(NEW.payload, '$.body') IS NOT NULL
      BEGIN
        INSERT INTO note_text (rowid, body) VALUES (NEW.rowid, json_extract(NEW.payload, '$.body'));
      END;
      CREATE TRIGGER events_text_edit AFTER INSERT ON case_events WHEN NEW.kind = 'note_edited' BEGIN
        UPDATE note_text SET body = json_extract(NEW.payload, '$.body')
          WHERE rowid = (SELECT rowid FROM case_events WHERE id = json_extract(NEW.payload, '$.noteId'));
      END;

      CREATE TRIGGER customers_text_insert AFTER INSERT ON customers BEGIN
        INSERT INTO customer_text (rowid, name, tenant, partner_id, contacts)
          VALUES (NEW.rowid, NEW.name, coalesce(NEW.tenant_domain, ''), coalesce(NEW.partner_customer_id, ''), '');
      END;
      CREATE TRIGGER customers_text_update AFTER UPDATE OF name, tenant_domain, partner_customer_id ON customers BEGIN
        UPDATE customer_text SET name = NEW.name, tenant = coalesce(NEW.tenant_domain, ''),
          partner_id = coalesce(NEW.partner_customer_id, '') WHERE rowid = NEW.rowid;
      END;
    `);
    // A customer's contacts (names, e-mails, phones) are searched as one text per customer.
    for (const [event, row] of [
      ['INSERT', 'NEW'],
      ['UPDATE', 'NEW'],
      ['DELETE', 'OLD'],
    ] as const) {
      db.exec(`
        CREATE TRIGGER contacts_text_${event.toLowerCase()} AFTER ${event} ON contacts BEGIN
          UPDATE customer_text SET contacts = (
            SELECT coalesce(group_concat(name || ' ' || coalesce(email, '') || ' ' || coalesce(phone, ''), ' '), '')
            FROM contacts WHERE customer_id = ${row}.customer_id
          ) WHERE rowid = (SELECT rowid FROM customers WHERE id = ${row}.customer_id);
        END;
      `);
    }
  },
};
