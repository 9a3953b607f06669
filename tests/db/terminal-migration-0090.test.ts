import { describe, expect, it } from 'vitest';
import type { DutyStatus } from '../../core/duty';
import { schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { openDesk } from '../../electron/services/desk';
import { tempDbPath } from '../helpers/temp-db';
import { value } from './case-support';
import { migrationsBefore, openMigrated, seedCaseLog } from './migration-support';

/** A case log as version 80 left it: two agents, a shift ended by a switch and the second one still open. */
function seedVersion80(file: string) {
  seedCaseLog(
    file,
    migrationsBefore(90),
    `
    INSERT INTO agents (id, name, role, created_at) VALUES ('a1', '值班坐席', 'lead', 1), ('a2', '李娜', 'agent', 2);
    INSERT INTO duty_sessions (id, agent_id, started_at, ended_at, end_kind, ended_by)
      VALUES ('s1', 'a1', 10, 20, 'switch', 'a2');
    INSERT INTO duty_sessions (id, agent_id, started_at) VALUES ('s2', 'a2', 20);
  `,
  );
}

describe('migration 0090 (terminal sign-ins)', () => {
  it('keeps every session, and the first terminal to open carries on the one left open', () => {
    const file = tempDbPath();
    seedVersion80(file);
    const desk = openDesk({ dbPath: file, version: 'test', now: () => 30 });
    try {
      expect(schemaVersion(desk.db)).toBe(MIGRATIONS.at(-1)!.version);
      expect(desk.db.prepare('SELECT id, terminal_id AS t FROM duty_sessions ORDER BY id').all()).toEqual([
        { id: 's1', t: null },
        { id: 's2', t: null },
      ]);
      const status = value<DutyStatus>(desk.dispatch('duty.status', {}, 'window:1'));
      expect(status.signedIn?.id).toBe('a2');
      expect(status.session).toEqual({ id: 's2', startedAt: 20 });
      expect(desk.db.prepare("SELECT terminal_id FROM duty_sessions WHERE id = 's2'").pluck().get()).toBe(
        'window:1',
      );
    } finally {
      desk.close();
    }
  });

  it('allows one open session per terminal, several terminals at once', () => {
    const file = tempDbPath();
    seedVersion80(file);
    const db = openMigrated(file);
    const open = db.prepare(
      'INSERT INTO duty_sessions (id, agent_id, started_at, terminal_id) VALUES (?, ?, 30, ?)',
    );
    open.run('s3', 'a1', 'tab:one');
    open.run('s4', 'a2', 'tab:two');
    expect(() => open.run('s5', 'a1', 'tab:one')).toThrow();
    db.exec("UPDATE duty_sessions SET ended_at = 40, end_kind = 'sign_out', ended_by = 'a1' WHERE id = 's3'");
    open.run('s5', 'a1', 'tab:one');
  });
});
