// The workstation's sync controller against a real PostgreSQL: joining from the Team sync page's input,
// what it tells the interface, kicks after local writes, restarts, and where the password goes.
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it, onTestFinished, vi } from 'vitest';
import type { SecretSealer, SyncJoin } from '../../core/sync';
import { createSyncController } from '../../electron/sync/controller';
import { freshDatabase } from '../helpers/pg-database';
import { tempDbPath } from '../helpers/temp-db';
import { openTestDesk } from '../db/case-support';

let url: URL;
beforeAll(async () => {
  url = new URL(await freshDatabase());
});

const joinInput = (workstationName: string, password = decodeURIComponent(url.password)): SyncJoin => ({
  host: url.hostname,
  port: Number(url.port),
  database: url.pathname.slice(1),
  user: decodeURIComponent(url.username),
  tls: 'disable',
  deskName: '上海值班台',
  workstationName,
  password,
});

// A reversible seal, standing in for the system key store that only Electron has.
const sealer: SecretSealer = {
  seal: (secret) => `sealed:${Buffer.from(secret).toString('hex').split('').reverse().join('')}`,
  open: (sealed) => Buffer.from(sealed.slice(7).split('').reverse().join(''), 'hex').toString(),
};

function workstation(name: string, dbPath = tempDbPath(), withSealer = false) {
  const ws = openTestDesk({
    dbPath,
    sync: (db) =>
      createSyncController(db, {
        appVersion: '9.9.9-test',
        pollMs: 60_000,
        maxBackoffMs: 500,
        ...(withSealer ? { sealer } : {}),
      }),
  });
  // Stopped before the case log closes, whatever the test's outcome (after-hooks run last first).
  onTestFinished(() => ws.desk.sync?.stop());
  ws.call('duty.signIn', { agentId: ws.desk.db.prepare('SELECT id FROM agents').pluck().get() as string });
  return { ...ws, name, dbPath, view: () => ws.call('sync.status', {}) };
}

it('is off until a lead joins, reports a wrong password, then joins and syncs', async () => {
  const a = workstation('前台 1');
  expect(a.view().phase).toBe('off');
  expect(a.view().server).toBeNull();

  const refused = a.call('sync.join', joinInput('前台 1', 'wrong password'));
  expect(refused.phase).toBe('joining');
  await vi.waitFor(() => expect(a.view().phase).toBe('error'), { timeout: 10_000 });
  expect(a.view().problem).toMatchObject({ failure: 'auth' });
  expect(a.view().problem!.reason).not.toContain('wrong password');
  expect(a.view().workstationCode).toBeNull();

  a.call('sync.join', joinInput('前台 1'));
  await vi.waitFor(() => expect(a.view().phase).toBe('synced'), { timeout: 10_000 });
  const view = a.view();
  expect(view.problem).toBeNull();
  expect(view.workstationCode).toMatch(/^[A-Z]{2}$/);
  expect(view.server).toMatchObject({ deskName: '上海值班台', workstationName: '前台 1' });
  expect(view).not.toHaveProperty('server.password');
  expect(view.password).toBe('session');
  await vi.waitFor(() => expect(a.view().workstations.map((w) => w.name)).toEqual(['前台 1']));
  expect(a.view().workstations[0]).toMatchObject({ thisOne: true, appVersion: '9.9.9-test' });
  await a.desk.sync!.stop();
});

it('sends a local write at once and counts what arrives from another workstation', async () => {
  const a = workstation('前台 A');
  const b = workstation('前台 B');
  a.call('sync.join', joinInput('前台 A'));
  b.call('sync.join', joinInput('前台 B'));
  await vi.waitFor(() => expect([a.view().phase, b.view().phase]).toEqual(['synced', 'synced']), {
    timeout: 15_000,
  });
  const before = b.view().received;
  // An hour between polls: only the kick after the write and the server's notification can carry it.
  const logged = a.newCase(a.customer('即时送达客户').id, '同步到另一台');
  // The customer may arrive a round before its case: wait for the case itself. The count grows when the
  // round that applied it ends, a little after the case is in the log.
  await vi.waitFor(
    () => {
      expect(b.call('cases.get', { id: logged.id }).title).toBe('同步到另一台');
      expect(b.view().received).toBeGreaterThan(before);
    },
    { timeout: 10_000 },
  );
  expect(logged.number).toMatch(new RegExp(`^SD-\\d{4}-${a.view().workstationCode}-\\d{6}$`));
  await Promise.all([a.desk.sync!.stop(), b.desk.sync!.stop()]);
});

it('keeps a sealed password, never the clear one, and syncs again at the next start without asking', async () => {
  const dbPath = tempDbPath();
  const secret = decodeURIComponent(url.password);
  const first = workstation('前台 S', dbPath, true);
  first.call('sync.join', joinInput('前台 S'));
  await vi.waitFor(() => expect(first.view().phase).toBe('synced'), { timeout: 10_000 });
  expect(first.view().password).toBe('sealed');
  await first.desk.sync!.stop();
  first.desk.close();
  for (const file of [dbPath, `${dbPath}-wal`]) {
    const bytes = (() => {
      try {
        return readFileSync(file);
      } catch {
        return Buffer.alloc(0);
      }
    })();
    expect(bytes.includes(Buffer.from(secret))).toBe(false);
  }

  const again = workstation('前台 S', dbPath, true);
  expect(again.view().phase).not.toBe('off');
  await vi.waitFor(() => expect(again.view().phase).toBe('synced'), { timeout: 10_000 });
  await again.desk.sync!.stop();
});

it('refuses joining to an agent who is not a lead', async () => {
  const a = workstation('前台 L');
  const agent = a.call('agents.create', { name: '张伟', role: 'agent', languages: ['zh-CN'], pin: '2468' });
  a.call('duty.signIn', { agentId: agent.id, pin: '2468' });
  expect(a.fail('sync.join', joinInput('前台 L')).code).toBe('UNAUTHORIZED');
  expect(a.view().phase).toBe('off');
  await a.desk.sync!.stop();
});
