import { buildCustomerIndex } from '../search/customer-index';
import type { Migration } from './types';

// The customer picker and list search as the case list does (docs/search.md): the app writes the tokens,
// so one- and two-character terms (a surname, an extension) are index lookups like longer ones, and the
// query language is the same. Triggers only name the customers to re-index; a bulk import therefore needs
// no pause any more, and 0030's pause table goes with 0020's trigram table and its triggers.
const DIRTY = (rowid: string) =>
  `INSERT OR IGNORE INTO customer_search_dirty (customer_rowid) VALUES (${rowid})`;
const DIRTY_OF = (customerId: string) =>
  `INSERT OR IGNORE INTO customer_search_dirty (customer_rowid) SELECT rowid FROM customers WHERE id = ${customerId}`;

export const customerSearch: Migration = {
  version: 220,
  name: 'customer-search',
  up(db) {
    db.exec(`
      DROP TRIGGER customers_text_insert;
      DROP TRIGGER customers_text_update;
      DROP TRIGGER contacts_text_insert;
      DROP TRIGGER contacts_text_update;
      DROP TRIGGER contacts_text_delete;
      DROP TABLE customer_text;
      DROP TABLE search_index_pause;

      CREATE VIRTUAL TABLE customer_search USING fts5(
        name, tenant, partner, contacts,
        content = '', contentless_delete = 1, tokenize = 'ascii', prefix = '1 2'
      );
      CREATE TABLE customer_search_dirty (customer_rowid INTEGER PRIMARY KEY) STRICT;

      CREATE TRIGGER customer_search_insert AFTER INSERT ON customers BEGIN ${DIRTY('NEW.rowid')}; END;
      CREATE TRIGGER customer_search_update AFTER UPDATE OF name, tenant_domain, partner_customer_id ON customers
      BEGIN ${DIRTY('NEW.rowid')}; END;
      CREATE TRIGGER customer_search_delete AFTER DELETE ON customers BEGIN ${DIRTY('OLD.rowid')}; END;
      CREATE TRIGGER customer_search_contact_insert AFTER INSERT ON contacts
      BEGIN ${DIRTY_OF('NEW.customer_id')}; END;
      CREATE TRIGGER customer_search_contact_update AFTER UPDATE ON contacts
      BEGIN ${DIRTY_OF('OLD.customer_id')}; ${DIRTY_OF('NEW.customer_id')}; END;
      CREATE TRIGGER customer_search_contact_delete AFTER DELETE ON contacts
      BEGIN ${DIRTY_OF('OLD.customer_id')}; END;
    `);
    buildCustomerIndex(db);
  },
};
