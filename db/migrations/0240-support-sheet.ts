import { CHANNELS } from '../../core/domain';
import { DEFAULT_SHEET_BODIES } from '../../core/support-sheet-default';
import { sqlList } from '../sql-lists';
import { captureTriggerSql } from '../sync/capture-sql';
import { SYNCED_BY_NAME } from '../sync/tables';
import type { Migration } from './types';

// The support-process sheet (core/support-sheet.ts), shared by the desk: its one template (a row whose
// version goes up on every save), seeded with the app's own at version 1 under a fixed id, so that
// workstations joining one desk hold the same row; and each time the sheet was sent to a customer, with the
// version it carried. The contact's name is kept with a send, so a send still says to whom once the
// contact is removed. The customer list's "never sent / older version" filter reads the index by customer
// and version.
export const SHEET_TEMPLATE_ID = 'desk';

export const supportSheet: Migration = {
  version: 240,
  name: 'support-sheet',
  up(db) {
    db.exec(`
      CREATE TABLE support_sheet_template (
        id TEXT PRIMARY KEY CHECK (id = '${SHEET_TEMPLATE_ID}'),
        body_zh TEXT NOT NULL CHECK (body_zh <> ''),
        body_en TEXT NOT NULL CHECK (body_en <> ''),
        version INTEGER NOT NULL CHECK (version >= 1),
        updated_at INTEGER NOT NULL,
        updated_by TEXT REFERENCES agents (id)
      ) STRICT;

      CREATE TABLE support_sheet_sends (
        id TEXT PRIMARY KEY,
        customer_id TEXT NOT NULL REFERENCES customers (id),
        template_version INTEGER NOT NULL CHECK (template_version >= 1),
        sent_at INTEGER NOT NULL,
        contact_id TEXT,
        contact_name TEXT,
        channel TEXT NOT NULL CHECK (channel IN ${sqlList(CHANNELS)}),
        recorded_at INTEGER NOT NULL,
        recorded_by TEXT NOT NULL REFERENCES agents (id),
        CHECK ((contact_id IS NULL) = (contact_name IS NULL))
      ) STRICT;
      CREATE INDEX support_sheet_sends_customer ON support_sheet_sends (customer_id, template_version);
    `);
    db.prepare(
      `INSERT INTO support_sheet_template (id, body_zh, body_en, version, updated_at) VALUES (?, ?, ?, 1, 0)`,
    ).run(SHEET_TEMPLATE_ID, DEFAULT_SHEET_BODIES['zh-CN'], DEFAULT_SHEET_BODIES.en);
    for (const table of ['support_sheet_template', 'support_sheet_sends']) {
      db.exec(captureTriggerSql(db, SYNCED_BY_NAME.get(table)!));
    }
  },
};
