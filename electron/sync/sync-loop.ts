import type pg from 'pg';
import type { Db as Database } from '../../db/open';
import { outboxSize } from '../../db/sync/outbox';
import { classify, type SyncFailure } from './errors';
import { syncOnce, type SyncRound } from './sync-once';

export type SyncStatus =
  | { state: 'synced'; at: number }
  | { state: 'waiting'; changes: number }
  | { state: 'offline'; since: number; changes: number }
  | { state: 'error'; since: number; failure: SyncFailure; reason: string; changes: number };

export interface SyncLoopOptions {
  /** Pull this often even when no notification arrives (a listener can miss one while reconnecting). */
  pollMs?: number;
  /** The longest wait between attempts while the server is down. */
  maxBackoffMs?: number;
  onStatus?(status: SyncStatus): void;
  /** After each round that reached the server, with what it moved. */
  onRound?(round: SyncRound): void;
  /** The desk's clock (epoch milliseconds) for the times the status reports. */
  now?: () => number;
}

export interface SyncLoop {
  /** Runs a round now (after local changes, or "Sync now"); a round under way is followed by one more. */
  kick(): void;
  status(): SyncStatus;
  stop(): Promise<void>;
}

const CHANNEL = 'shiftdesk_changes';

/**
 * Keeps the workstation in step with the desk: a round (push all, pull all) whenever the server notifies a
 * commit, when kicked, and every poll interval; while the server is down, rounds back off to maxBackoffMs.
 */
export function startSyncLoop(db: Database, pool: pg.Pool, options: SyncLoopOptions = {}): SyncLoop {
  const pollMs = options.pollMs ?? 5_000;
  const maxBackoffMs = options.maxBackoffMs ?? 60_000;
  const now = options.now ?? Date.now;
  let status: SyncStatus = { state: 'waiting', changes: outboxSize(db) };
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let backoff = 0;
  let timer: NodeJS.Timeout | undefined;
  let listener: pg.PoolClient | null = null;

  const report = (next: SyncStatus) => {
    status = next;
    options.onStatus?.(next);
  };
  const schedule = (ms: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(kick, ms);
  };

  async function listen(): Promise<void> {
    if (listener || stopped) return;
    const client = await pool.connect();
    client.on('notification', () => kick());
    client.on('error', () => {
      // The next round sees the server down and backs off; it listens again once a round succeeds.
      client.release(true);
      if (listener === client) listener = null;
    });
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
  }

  async function round(): Promise<boolean> {
    try {
      const moved = await syncOnce(db, pool);
      options.onRound?.(moved);
      await listen();
      backoff = 0;
      const changes = outboxSize(db);
      report(changes === 0 ? { state: 'synced', at: now() } : { state: 'waiting', changes });
      schedule(pollMs);
      return true;
    } catch (error) {
      // The case log closed under a round (the app quitting): nothing to report, nothing to retry.
      if (!db.open) return false;
      const failure = classify(error);
      const since = status.state === 'offline' || status.state === 'error' ? status.since : now();
      const changes = outboxSize(db);
      report(
        failure.failure === 'unreachable'
          ? { state: 'offline', since, changes }
          : { state: 'error', since, failure: failure.failure, reason: failure.message, changes },
      );
      backoff = Math.min(maxBackoffMs, backoff === 0 ? 500 : backoff * 2);
      schedule(backoff);
      return false;
    }
  }

  function kick(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = round().then((ok) => {
      running = null;
      // After a failure the backoff decides when to try again, not the kicks that came meanwhile.
      const more = again && ok;
      again = false;
      if (more) kick();
    });
  }

  kick();
  return {
    kick,
    status: () => status,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      listener?.release();
      listener = null;
    },
  };
}
