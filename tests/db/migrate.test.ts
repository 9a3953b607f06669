import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion, SchemaTooNewError } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import type { Migration } from '../../db/migrations/types';
import { openDatabase, type Db } from '../../db/open';
import { NEWER_VERSION, tempDbPath, writtenByNewerVersion } from '../helpers/temp-db';

const TABLES = [
  'agents',
  'customers',
  'contacts',
  'cases',
  'case_events',
  'settings',
  'case_counters',
  'services',
  'customer_services',
  'case_tags',
  'case_links',
  'drafts',
  'attachments',
  'saved_views',
  'customer_search',
  'customer_search_dirty',
  'duty_sessions',
  'roster_shifts',
  'roster_exceptions',
  'roster_pattern_records',
  'sla_outcomes',
  'sla_alerts',
  'escalations',
  'escalation_reasons',
  'partner_requests',
  'partner_request_events',
  'handovers',
  'handover_events',
  'handover_search',
  'handover_search_dirty',
  'case_search',
  'search_dirty',
  'sync_state',
  'sync_outbox',
  'sync_row_clock',
  'sync_applying',
  'sync_conflicts',
  'imports',
  'imported_rows',
  'sync_server',
  'sync_blobs',
  'canned_replies',
  'articles',
  'article_revisions',
  'article_solutions',
  'article_search',
  'article_search_dirty',
  'support_sheet_template',
  'support_sheet_sends',
];
/** FTS5 keeps its index in shadow tables named after the virtual table. */
const FTS_SHADOW = /_(text|search)_(data|idx|content|docsize|config)$/;
const LAST_VERSION = MIGRATIONS.at(-1)!.version;

function tableNames(db: Db): string[] {
  return (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[]
  )
    .map((r) => r.name)
    .filter((name) => !FTS_SHADOW.test(name));
}

const broken: Migration = {
  version: 9990,
  name: 'broken',
  up(db) {
    db.exec('CREATE TABLE x(a); SELECT * FROM nope');
  },
};

describe('migrations', () => {
  it('brings an empty file to the last version with every table and the pragmas', () => {
    const db = openDatabase(tempDbPath());
    try {
      expect(LAST_VERSION).toBeGreaterThan(0);
      expect(schemaVersion(db)).toBe(LAST_VERSION);
      expect(db.pragma('user_version', { simple: true })).toBe(LAST_VERSION);
      expect(tableNames(db)).toEqual([...TABLES].sort());
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });

  it('is idempotent when the file is opened again', () => {
    const file = tempDbPath();
    const first = openDatabase(file);
    first.prepare("INSERT INTO settings (key, value) VALUES ('language', '\"en\"')").run();
    const schema = first.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all();
    first.close();

    const second = openDatabase(file);
    try {
      expect(schemaVersion(second)).toBe(LAST_VERSION);
      expect(second.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all()).toEqual(schema);
      expect(second.prepare('SELECT value FROM settings').all()).toEqual([{ value: '"en"' }]);
      expect(migrate(second)).toBe(LAST_VERSION);
      expect(schemaVersion(second)).toBe(LAST_VERSION);
    } finally {
      second.close();
    }
  });

  it('refuses a database written by a newer version and leaves its data alone', () => {
    const file = writtenByNewerVersion(
      tempDbPath(),
      "CREATE TABLE future (a TEXT); INSERT INTO future VALUES ('keep me')",
    );

    let caught: unknown;
    try {
      openDatabase(file).close();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SchemaTooNewError);
    const error = caught as SchemaTooNewError;
    expect(error.found).toBe(NEWER_VERSION);
    expect(error.known).toBe(LAST_VERSION);
    expect(error.message).toMatch(/newer version/);

    const after = new Database(file, { readonly: true });
    try {
      expect(after.pragma('user_version', { simple: true })).toBe(9999);
      expect(after.prepare('SELECT a FROM future').all()).toEqual([{ a: 'keep me' }]);
      expect(tableNames(after)).toEqual(['future']);
      // Refused before any pragma that persists in the file (such as WAL) was applied.
      expect(after.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      after.close();
    }
  });

  it('rolls a failing migration back entirely on a fresh file', () => {
    const db = new Database(tempDbPath());
    try {
      expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow(/nope/);
      expect(schemaVersion(db)).toBe(0);
      expect(tableNames(db)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('rolls a failing migration back on an up-to-date file, keeping the earlier version', () => {
    const db = openDatabase(tempDbPath());
    try {
      const before = tableNames(db);
      expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow(/nope/);
      expect(schemaVersion(db)).toBe(LAST_VERSION);
      expect(tableNames(db)).toEqual(before);
      expect(tableNames(db)).not.toContain('x');
    } finally {
      db.close();
    }
  });

  it('rejects migration lists that are out of order, duplicated or badly numbered', () => {
    const db = new Database(tempDbPath());
    const noop = (version: number, name = `m${version}`): Migration => ({ version, name, up() {} });
    try {
      expect(() => migrate(db, [noop(20), noop(10)])).toThrow(/out of order/);
      expect(() => migrate(db, [noop(10), noop(10, 'again')])).toThrow(/out of order/);
      expect(() => migrate(db, [noop(0)])).toThrow(/out of order/);
      expect(() => migrate(db, [noop(1.5)])).toThrow(/out of order/);
      expect(schemaVersion(db)).toBe(0);
      expect(tableNames(db)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('ships migrations in strictly increasing order', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});
