import type { Migration } from './types';

// The customer search index (customer_text, from 0020) is kept by per-row triggers. Re-tokenizing a
// customer for every row written costs an import of 100,000 customers most of its time, so the same
// triggers now stand aside while search_index_pause names their index: the bulk writer then indexes the
// rows it touched in one statement, inside the same transaction (db/queries/customer-bulk.ts).
// Also: the customer list pages by name, then id, through one index.

const UNLESS_PAUSED = `NOT EXISTS (SELECT 1 FROM search_index_pause WHERE name = 'customer_text')`;

export const customerDirectory: Migration = {
  version: 30,
  name: 'customer-directory',
  up(db) {
    db.exec(`
      -- Search indexes whose triggers are paused while a bulk write maintains them itself.
      CREATE TABLE search_index_pause (name TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;

      -- Pending index data is flushed to disk in segments of this size: bigger segments mean far fewer
      -- merges when an import indexes 100,000 customers in one statement (a third faster here).
      INSERT INTO customer_text (customer_text, rank) VALUES ('hashsize', 16777216);

      DROP INDEX customers_name;
      CREATE INDEX customers_name ON customers (name COLLATE NOCASE, id);

      DROP TRIGGER customers_text_insert;
      CREATE TRIGGER customers_text_insert AFTER INSERT ON customers WHEN ${UNLESS_PAUSED} BEGIN
        INSERT INTO customer_text (rowid, name, tenant, partner_id, contacts)
          VALUES (NEW.rowid, NEW.name, coalesce(NEW.tenant_domain, ''), coalesce(NEW.partner_customer_id, ''), '');
      END;
      DROP TRIGGER customers_text_update;
      CREATE TRIGGER customers_text_update AFTER UPDATE OF name, tenant_domain, partner_customer_id ON customers
        WHEN ${UNLESS_PAUSED}
      BEGIN
        UPDATE customer_text SET name = NEW.name, tenant = coalesce(NEW.tenant_domain, ''),
          partner_id = coalesce(NEW.partner_customer_id, '') WHERE rowid = NEW.rowid;
      END;
    `);
    // As in 0020: a customer's contacts (names, e-mails, phones) are searched as one text per customer.
    for (const [event, row] of [
      ['INSERT', 'NEW'],
      ['UPDATE', 'NEW'],
      ['DELETE', 'OLD'],
    ] as const) {
      const name = `contacts_text_${event.toLowerCase()}`;
      db.exec(`
        DROP TRIGGER ${name};
        CREATE TRIGGER ${name} AFTER ${event} ON contacts WHEN ${UNLESS_PAUSED} BEGIN
          UPDATE customer_text SET contacts = (
            SELECT coalesce(group_concat(name || ' ' || coalesce(email, '') || ' ' || coalesce(phone, ''), ' '), '')
            FROM contacts WHERE customer_id = ${row}.customer_id
          ) WHERE rowid = (SELECT rowid FROM customers WHERE id = ${row}.customer_id);
        END;
      `);
    }
  },
};
