import { randomUUID } from 'node:crypto';
import { captureTriggerSql } from '../sync/capture-sql';
import { SYNCED_BY_NAME } from '../sync/tables';
import type { Migration } from './types';

// Team sync, the workstation's half (docs/sync.md): its identity and hybrid logical clock, the outbox that
// every local change of a synced table is captured into, the clock of every synced row's columns, and the
// conflicts settled here. Capture is off until the workstation joins a desk.
/**
 * The tables that synced when this migration shipped. A table that joins them later is created by a later
 * migration, which starts its capture itself (captureTriggerSql), so that this one never names a table that
 * does not exist yet.
 */
const SYNCED_AT_0110 = [
  'agents',
  'services',
  'customers',
  'customer_services',
  'contacts',
  'cases',
  'case_events',
  'case_tags',
  'case_links',
  'attachments',
  'roster_shifts',
  'roster_exceptions',
  'sla_outcomes',
  'handovers',
  'handover_events',
  'escalations',
  'escalation_reasons',
  'partner_requests',
  'partner_request_events',
  'settings',
];

export const syncOutbox: Migration = {
  version: 110,
  name: 'sync-outbox',
  up(db) {
    db.exec(`
      CREATE TABLE sync_state (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        workstation_id TEXT NOT NULL,
        -- Given by the desk when this workstation joins; part of every case number minted here after that.
        workstation_code TEXT,
        capturing INTEGER NOT NULL DEFAULT 0 CHECK (capturing IN (0, 1)),
        hlc_ms INTEGER NOT NULL DEFAULT 0,
        hlc_n INTEGER NOT NULL DEFAULT 0,
        -- The server position of the last change pulled.
        pulled_to INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      INSERT INTO sync_state (one, workstation_id) VALUES (1, '${randomUUID()}');

      CREATE TABLE sync_outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        tbl TEXT NOT NULL,
        pk TEXT NOT NULL CHECK (json_valid(pk)),
        op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
        data TEXT NOT NULL CHECK (json_valid(data)),
        hlc TEXT NOT NULL,
        -- Set when the change is first sent; a resend after a lost answer carries the same batch.
        batch_id TEXT
      ) STRICT;
      CREATE INDEX sync_outbox_batch ON sync_outbox (batch_id) WHERE batch_id IS NOT NULL;

      CREATE TABLE sync_row_clock (
        tbl TEXT NOT NULL,
        pk TEXT NOT NULL,
        -- Column name to the clock of its current value; "$row" to the clock of the last insert or removal.
        clocks TEXT NOT NULL CHECK (json_valid(clocks)),
        alive INTEGER NOT NULL CHECK (alive IN (0, 1)),
        -- A removed row's last values: a tombstone that later changes still settle against.
        ghost TEXT CHECK (ghost IS NULL OR json_valid(ghost)),
        PRIMARY KEY (tbl, pk)
      ) STRICT, WITHOUT ROWID;

      -- Present while changes from other workstations are applied: capture stands aside.
      CREATE TABLE sync_applying (one INTEGER PRIMARY KEY CHECK (one = 1)) STRICT;

      -- What lost when a change settled here: the value and the clock that lost, for the history.
      CREATE TABLE sync_conflicts (
        id INTEGER PRIMARY KEY,
        tbl TEXT NOT NULL,
        pk TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('field_lost', 'edit_of_removed')),
        column_name TEXT,
        lost_value TEXT,
        lost_hlc TEXT NOT NULL,
        won_hlc TEXT NOT NULL,
        at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX sync_conflicts_row ON sync_conflicts (tbl, pk);
    `);
    for (const name of SYNCED_AT_0110) db.exec(captureTriggerSql(db, SYNCED_BY_NAME.get(name)!));
  },
};
