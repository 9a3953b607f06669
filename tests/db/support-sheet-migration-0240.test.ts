import { expect, it } from 'vitest';
import { DEFAULT_SHEET_BODIES } from '../../core/support-sheet-default';
import { migratedLog } from './migration-support';

it('gives a case log of customers the shipped template at version 1, which no workstation sends to the others', () => {
  const db = migratedLog(
    240,
    `INSERT INTO customers (id, name, created_at, updated_at)
     VALUES ('0190a000-0000-7000-8000-0000000000c1', '上海明远贸易有限公司', 0, 0);`,
  );
  expect(
    db.prepare('SELECT id, body_zh, body_en, version, updated_by FROM support_sheet_template').all(),
  ).toEqual([
    {
      id: 'desk',
      body_zh: DEFAULT_SHEET_BODIES['zh-CN'],
      body_en: DEFAULT_SHEET_BODIES.en,
      version: 1,
      updated_by: null,
    },
  ]);
  // Every workstation seeds the same row itself: it is not a change to share.
  expect(db.prepare(`SELECT count(*) FROM sync_outbox WHERE tbl LIKE 'support_sheet%'`).pluck().get()).toBe(
    0,
  );
  // The customer is one the sheet was never sent to.
  expect(db.prepare('SELECT count(*) FROM support_sheet_sends').pluck().get()).toBe(0);
  // A save is, once the desk syncs.
  db.prepare('UPDATE sync_state SET capturing = 1').run();
  db.prepare(`UPDATE support_sheet_template SET version = 2, body_en = 'v2'`).run();
  expect(db.prepare(`SELECT tbl FROM sync_outbox`).pluck().all()).toEqual(['support_sheet_template']);
  // There is one template row, the desk's.
  expect(() =>
    db.prepare(`INSERT INTO support_sheet_template VALUES ('x', 'a', 'b', 1, 0, NULL)`).run(),
  ).toThrow(/CHECK/);
});
