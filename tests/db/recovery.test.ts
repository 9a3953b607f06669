// Starting on a damaged case log offers the latest good backup, and restoring it opens the desk; a second
// process on a case log already open is refused.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecoveryStatus } from '../../core/backups';
import { claimCaseLog, CaseLogInUseError } from '../../db/writer-lock';
import { takeBackup } from '../../electron/services/backups';
import { fillDemoDesk } from '../../electron/services/demo';
import { openDesk } from '../../electron/services/desk';
import { startDesk } from '../../electron/services/start-desk';
import { startFailureText } from '../../electron/services/start-failure-text';
import { tempDbPath } from '../helpers/temp-db';

const options = (dbPath: string) => ({ dbPath, version: '0.0.0-test', log: () => {} });

describe('a damaged case log at start', () => {
  it('starts in recovery, offers the latest good backup, and opens the desk once it is restored', async () => {
    const dbPath = tempDbPath();
    const before = openDesk(options(dbPath));
    fillDemoDesk(before.ctx, 12);
    const file = await takeBackup(before.ctx);
    before.close();
    // The first page overwritten: SQLite no longer recognises the file.
    writeFileSync(dbPath, Buffer.alloc(4096, 0x41));

    const started = await startDesk(options(dbPath));
    expect(started.recovering).toBe(true);
    expect(started.dispatch('app.info', {})).toMatchObject({ ok: false, error: { code: 'RECOVERY' } });
    const status = started.dispatch('recovery.status', {});
    expect(status.ok).toBe(true);
    const offered = (status as { value: RecoveryStatus }).value;
    expect(offered.problem).toBe('corrupt');
    expect(offered.backups[0]).toMatchObject({ file, summary: { intact: true, cases: 12 } });

    expect(started.dispatch('recovery.restore', { file })).toEqual({ ok: true, value: { restored: true } });
    const desk = await started.opened;
    try {
      expect(started.recovering).toBe(false);
      expect(started.dispatch('cases.count', {})).toEqual({ ok: true, value: { total: 12 } });
      // The damaged file is kept, renamed, beside the restored one.
      const kept = readdirSync(path.dirname(dbPath)).filter((f) => f.includes('.damaged-'));
      expect(kept.length).toBeGreaterThan(0);
    } finally {
      desk.close();
    }
  });

  it('says so plainly when there is no backup to offer', async () => {
    const dbPath = tempDbPath();
    writeFileSync(dbPath, Buffer.alloc(4096, 0x41));
    const started = await startDesk(options(dbPath));
    const status = started.dispatch('recovery.status', {}) as { ok: true; value: RecoveryStatus };
    expect(status.value.backups).toEqual([]);
    expect(started.dispatch('recovery.restore', { file: 'shiftdesk-20261202T163007Z.db' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(existsSync(dbPath)).toBe(true);
  });
});

describe('one case log, one writer', () => {
  it('refuses a second claim with who holds it, and allows one after release', () => {
    const dbPath = tempDbPath();
    const first = claimCaseLog(dbPath);
    let refused: unknown;
    try {
      claimCaseLog(dbPath);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(CaseLogInUseError);
    expect((refused as CaseLogInUseError).owner?.pid).toBe(process.pid);
    expect(startFailureText(refused)).toMatch(
      /already open in another ShiftDesk.*已在另一个 ShiftDesk 中打开/,
    );
    first.release();
    claimCaseLog(dbPath).release();
  });
});
