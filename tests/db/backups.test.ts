// Backups of a real case log and restoring one: row for row the same, intact, the current content kept aside.
import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupList } from '../../core/backups';
import { inspectBackup } from '../../db/backup';
import { jobsSettled } from '../../electron/services/backup-jobs';
import { fillDemoDesk } from '../../electron/services/demo';
import { tempDir, writtenByNewerVersion } from '../helpers/temp-db';
import { openTestDesk, type TestDesk } from './case-support';

/** Every row of every table (some have no rowid), sorted, for comparing two files. */
function allRows(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((t) => [
        t,
        (db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[]).map((r) => JSON.stringify(r)).sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

/** Takes one backup into a fresh folder and waits for it: the folder, the list it left, and its file. */
async function takeBackup(t: TestDesk) {
  const folder = tempDir();
  t.call('backups.setFolder', { folder });
  t.call('backups.run', {});
  await jobsSettled(t.desk.db.name);
  const list = t.call('backups.list', {}) as BackupList;
  return { folder, list, file: list.backups[0]!.file };
}

describe('backups', () => {
  it('takes a verified backup that a restore brings back row for row, keeping the current content aside', async () => {
    const t = openTestDesk();
    fillDemoDesk(t.desk.ctx, 25);
    const { folder, list: taken, file } = await takeBackup(t);
    expect(taken.last).toMatchObject({ kind: 'backup', ok: true });
    expect(taken.backups).toHaveLength(1);
    const backupPath = path.join(folder, file);
    const summary = t.call('backups.preview', { file });
    expect(summary).toMatchObject({ intact: true, cases: 25 });
    expect(summary.events).toBe(t.count('case_events'));
    const before = allRows(backupPath);

    // Later work, then the restore takes the case log back to the backup.
    t.tick(60_000);
    const extra = t.newCase(t.customer('后来的客户').id, '备份之后的案例');
    expect(t.count('cases')).toBe(26);
    t.call('backups.restore', { file });
    await jobsSettled(t.desk.db.name);
    expect((t.call('backups.list', {}) as BackupList).last).toMatchObject({ kind: 'restore', ok: true });

    expect(allRows(t.desk.db.name)).toEqual(before);
    expect(t.desk.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The desk's own connection reads the restored content at once.
    expect(t.count('cases')).toBe(25);
    expect(t.fail('cases.get', { id: extra.id }).code).toBe('NOT_FOUND');

    // What was there before the restore is kept aside, whole.
    const aside = readdirSync(folder).find((f) => f.startsWith('before-restore-'));
    expect(aside).toBeDefined();
    expect(inspectBackup(path.join(folder, aside!))).toMatchObject({ intact: true, cases: 26 });
  });

  it('refuses to restore a damaged backup and reports it as not intact', async () => {
    const t = openTestDesk();
    const { folder, file } = await takeBackup(t);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(folder, file), Buffer.alloc(8192, 7));
    expect(t.call('backups.preview', { file }).intact).toBe(false);
    expect(t.fail('backups.restore', { file }).code).toBe('VALIDATION');
  });

  it('refuses to restore a backup written by a newer version', async () => {
    const t = openTestDesk();
    const { folder, file } = await takeBackup(t);
    writtenByNewerVersion(path.join(folder, file));
    expect(t.fail('backups.restore', { file }).issues).toEqual([
      { path: 'file', message: 'backups.issues.tooNew' },
    ]);
  });

  it('refuses a file name that is not a backup of ours', () => {
    const t = openTestDesk();
    expect(t.fail('backups.preview', { file: '../case-log.db' }).code).toBe('VALIDATION');
  });
});
