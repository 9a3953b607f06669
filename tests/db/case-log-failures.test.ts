// A locked, full, read-only, damaged or newer case log: each answered with its own code, never SQLite's text,
// and never by stopping the host while it waits for another process's lock.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../core/errors';
import { openDatabase } from '../../db/open';
import { openDesk } from '../../electron/services/desk';
import { retryWhileLocked } from '../../electron/services/lock-retry';
import { startHost } from '../../electron/web/host';
import { holdWriteLock } from '../helpers/lock-holder';
import { canMount, mountSmallFs, remountReadOnly } from '../helpers/small-fs';
import { tempDbPath, tempDir, writtenByNewerVersion } from '../helpers/temp-db';

const quiet = { version: '0.0.0-test', log: () => {} };

/** A case log that exists, closed, with the desk's agent in it. */
function existingCaseLog(file = tempDbPath()): string {
  openDesk({ dbPath: file, ...quiet }).close();
  return file;
}

async function post(url: string, token: string, name: string, input: unknown) {
  const res = await fetch(`${url}/api/${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await res.json()) as Result<unknown>;
}

describe('a case log another process is writing to', () => {
  it('answers a read at once while a write waits for the lock, then takes the write', async () => {
    const file = existingCaseLog();
    const desk = openDesk({ dbPath: file, ...quiet });
    const staticDir = tempDir();
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
    const host = await startHost({ dispatch: desk.dispatch, staticDir });
    const base = `http://127.0.0.1:${host.port}`;
    try {
      const holder = await holdWriteLock(file);
      const write = post(base, host.token, 'settings.update', { language: 'en' });
      const started = Date.now();
      const read = await post(base, host.token, 'settings.get', {});
      const readMs = Date.now() - started;
      expect(read).toMatchObject({ ok: true, value: { language: 'zh-CN' } });
      expect(readMs).toBeLessThan(1_000);
      await holder.release();
      expect(await write).toMatchObject({ ok: true, value: { language: 'en' } });
    } finally {
      await host.close();
      desk.close();
    }
  });

  it('answers LOCKED, not INTERNAL, when the lock outlasts the wait', async () => {
    const file = existingCaseLog();
    const desk = openDesk({ dbPath: file, ...quiet });
    try {
      const holder = await holdWriteLock(file);
      const result = await retryWhileLocked(() => desk.dispatch('settings.update', { language: 'en' }), {
        budgetMs: 300,
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      await holder.release();
    } finally {
      desk.close();
    }
  });

  it('starts at once on a locked file and reads from it', async () => {
    const file = existingCaseLog();
    const holder = await holdWriteLock(file);
    const started = Date.now();
    const desk = openDesk({ dbPath: file, ...quiet });
    try {
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(desk.dispatch('settings.get', {})).toMatchObject({ ok: true });
    } finally {
      desk.close();
      await holder.release();
    }
  });
});

describe('a damaged or newer case log', () => {
  it('is refused as CORRUPT when the file is not a database', () => {
    const file = existingCaseLog();
    const bytes = Buffer.alloc(4096, 0x5a);
    writeFileSync(file, bytes);
    expect(() => openDesk({ dbPath: file, ...quiet })).toThrow(
      expect.objectContaining({ code: expect.stringMatching(/^SQLITE_(NOTADB|CORRUPT)/) }),
    );
  });

  it('maps a file from a newer version to TOO_NEW', async () => {
    const { caseLogApiError } = await import('../../electron/services/case-log-errors');
    const file = writtenByNewerVersion(tempDbPath());
    let caught: unknown;
    try {
      openDatabase(file).close();
    } catch (error) {
      caught = error;
    }
    expect(caseLogApiError(caught)?.code).toBe('TOO_NEW');
  });
});

describe.skipIf(!canMount)('a full disk (needs permission to mount a small tmpfs)', () => {
  it('answers DISK_FULL, and the log stays readable', () => {
    const mounted = mountSmallFs(6 * 1024);
    if (!('dir' in mounted)) throw new Error(mounted.refused);
    const desk = openDesk({ dbPath: path.join(mounted.dir, 'case-log.db'), ...quiet });
    try {
      // Everything the file system has left goes to a filler file.
      mkdirSync(path.join(mounted.dir, 'filler'));
      for (let i = 0; ; i++) {
        try {
          writeFileSync(path.join(mounted.dir, 'filler', String(i)), Buffer.alloc(64 * 1024));
        } catch {
          break;
        }
      }
      let last: Result<unknown> = { ok: true, value: null };
      for (let i = 0; i < 200 && last.ok; i++) {
        last = desk.dispatch('drafts.save', { key: `note:${i}`, body: { text: 'x'.repeat(100_000) } });
      }
      expect(last).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
      expect(desk.dispatch('settings.get', {})).toMatchObject({ ok: true });
    } finally {
      desk.close();
    }
  });
});

describe('a case log that cannot be written', () => {
  it.skipIf(!canMount)(
    'on a read-only file system opens for reading and answers READ_ONLY to a write',
    () => {
      const mounted = mountSmallFs(8 * 1024);
      if (!('dir' in mounted)) throw new Error(mounted.refused);
      const file = existingCaseLog(path.join(mounted.dir, 'case-log.db'));
      remountReadOnly(mounted.dir);
      const desk = openDesk({ dbPath: file, ...quiet });
      try {
        expect(desk.readOnly).toBe(true);
        expect(desk.dispatch('settings.get', {})).toMatchObject({ ok: true, value: { language: 'zh-CN' } });
        expect(desk.dispatch('cases.list', {})).toMatchObject({ ok: true });
        expect(desk.dispatch('settings.update', { language: 'en' })).toMatchObject({
          ok: false,
          error: { code: 'READ_ONLY' },
        });
      } finally {
        desk.close();
      }
    },
  );

  it.skipIf(process.getuid?.() === 0)(
    'as a read-only file opens for reading (root may write any file)',
    async () => {
      const { chmodSync } = await import('node:fs');
      const file = existingCaseLog();
      chmodSync(file, 0o444);
      const desk = openDesk({ dbPath: file, ...quiet });
      try {
        expect(desk.readOnly).toBe(true);
        expect(desk.dispatch('settings.update', { language: 'en' })).toMatchObject({
          ok: false,
          error: { code: 'READ_ONLY' },
        });
      } finally {
        desk.close();
      }
    },
  );
});
