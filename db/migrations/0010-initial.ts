import type { Migration } from './types';

export const initial: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE agents (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT 'agent' CHECK (role IN ('agent', 'lead')),
        languages TEXT NOT NULL DEFAULT '["zh-CN"]' CHECK (json_valid(languages)),
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE customers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        tenant_domain TEXT,
        partner_customer_id TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX customers_tenant_domain ON customers (tenant_domain) WHERE tenant_domain IS NOT NULL;
      CREATE INDEX customers_name ON customers (name COLLATE NOCASE);

      CREATE TABLE contacts (
        id TEXT PRIMARY KEY,
        customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        email TEXT,
        phone TEXT,
        preferred_channel TEXT,
        language TEXT,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX contacts_customer ON contacts (customer_id);

      -- One human-number sequence per calendar year.
      CREATE TABLE case_counters (
        year INTEGER PRIMARY KEY,
        last INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        customer_id TEXT NOT NULL REFERENCES customers (id),
        contact_id TEXT REFERENCES contacts (id),
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        support_area TEXT NOT NULL CHECK (support_area IN ('account_setup', 'accounts_billing', 'howto_faq',
          'updates', 'software_config', 'client_connectivity', 'performance_availability')),
        service TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('A', 'B', 'C')),
        channel TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('new', 'in_progress', 'waiting_customer', 'waiting_21v',
          'resolved', 'closed')),
        owner_id TEXT REFERENCES agents (id),
        created_by TEXT NOT NULL REFERENCES agents (id),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX cases_updated ON cases (updated_at DESC, id DESC);
      CREATE INDEX cases_customer ON cases (customer_id, updated_at DESC);

      -- The timeline: append-only, the one source of a case's history.
      CREATE TABLE case_events (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id),
        agent_id TEXT NOT NULL REFERENCES agents (id),
        at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload))
      ) STRICT;
      CREATE INDEX case_events_case ON case_events (case_id, at, id);
      CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
        BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;
      CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
        BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;
    `);
  },
};
