import type pg from 'pg';
import { SYNC_OFF } from '../../core/sync-off';
import {
  type BlobStore,
  type SecretSealer,
  type SyncJoin,
  type SyncPort,
  type SyncProblem,
  type SyncView,
  type SyncWorkstation,
} from '../../core/sync';
import type { Db } from '../../db/open';
import { conflictCount, outboxByTable, outboxSize } from '../../db/sync/outbox';
import {
  markJoined,
  readSyncServer,
  writeSyncServer,
  type StoredSyncServer,
} from '../../db/sync/server-config';
import { readSyncState } from '../../db/sync/state';
import { transferBlobs } from './blobs';
import { seeWorkstations } from './desk-workstations';
import { classify } from './errors';
import { joinDesk } from './join';
import { openPool } from './pool';
import { startSyncLoop, type SyncLoop, type SyncStatus } from './sync-loop';

export interface SyncControllerOptions {
  appVersion: string;
  /** The system's key store; without one the password is kept for this run only, never on disk. */
  sealer?: SecretSealer;
  pollMs?: number;
  maxBackoffMs?: number;
  log?: (error: unknown) => void;
  /** The desk's clock (epoch milliseconds): the times shown are the desk's, as everywhere else. */
  now?: () => number;
  /** Attachment contents; without it only the attachment records travel. */
  blobs?: BlobStore;
}

const PROBLEMS_KEPT = 10;
// The interface asks every second: the summary reads no more than this many waiting changes.
const OUTBOX_SUMMARY_LIMIT = 5_000;
// The desk's workstation list changes rarely; one look per half minute keeps "last seen" honest.
const WORKSTATIONS_EVERY_MS = 30_000;

/**
 * Team sync for one workstation: keeps where the desk's server is, joins it, runs the sync loop from then
 * on (at every start once joined), and answers the interface's questions from memory, never waiting on
 * the network.
 */
export function createSyncController(db: Db, options: SyncControllerOptions): SyncPort {
  const log = options.log ?? console.error;
  const now = options.now ?? Date.now;
  let stored: StoredSyncServer | null = readSyncServer(db);
  let sessionPassword: string | null = null;
  let pool: pg.Pool | null = null;
  let loop: SyncLoop | null = null;
  let joining: Promise<void> | null = null;
  let received = 0;
  let problems: SyncProblem[] = [];
  let workstations: SyncWorkstation[] = [];
  let workstationsAt = -Infinity;

  // The problem under way: the rounds that keep meeting it add nothing; one after a good round is new.
  let current: SyncProblem | null = null;
  const note = (problem: SyncProblem) => {
    if (current && current.failure === problem.failure && current.reason === problem.reason) return;
    current = problem;
    problems = [problem, ...problems].slice(0, PROBLEMS_KEPT);
  };

  const password = (): string | null => {
    if (sessionPassword !== null) return sessionPassword;
    if (!stored?.sealedPassword || !options.sealer) return null;
    try {
      return options.sealer.open(stored.sealedPassword);
    } catch (error) {
      // A key store that cannot open it (another account, a reset keychain): ask for the password again.
      log(error);
      return null;
    }
  };

  const onStatus = (status: SyncStatus) => {
    if (status.state === 'synced' || status.state === 'waiting') current = null;
    if (status.state === 'offline') note({ at: status.since, failure: 'unreachable', reason: '' });
    if (status.state === 'error') note({ at: status.since, failure: status.failure, reason: status.reason });
  };

  const startLoop = (server: pg.Pool) => {
    loop = startSyncLoop(db, server, {
      ...(options.pollMs ? { pollMs: options.pollMs } : {}),
      ...(options.maxBackoffMs ? { maxBackoffMs: options.maxBackoffMs } : {}),
      now,
      onStatus,
      onRound: (round) => {
        received += round.received;
        // Attachment contents can only be new to move when changes moved, or when the last pass left some.
        if (round.pushed > 0 || round.received > 0 || blobsLeft) moveBlobs(server);
        if (performance.now() - workstationsAt < WORKSTATIONS_EVERY_MS) return;
        workstationsAt = performance.now();
        seeWorkstations(server, readSyncState(db).workstationId, options.appVersion)
          .then((list) => (workstations = list))
          .catch(() => (workstationsAt = -Infinity));
      },
    });
  };

  let moving: Promise<unknown> | null = null;
  let blobsLeft = true;
  const moveBlobs = (server: pg.Pool) => {
    const store = options.blobs;
    if (!store || moving) return;
    moving = transferBlobs(db, server, store)
      .then((pass) => (blobsLeft = pass.more))
      // A failure here is the network's or the disk's; the next round tries again.
      .catch(() => (blobsLeft = true))
      .finally(() => (moving = null));
  };

  const close = async () => {
    const [oldLoop, oldPool] = [loop, pool];
    loop = null;
    pool = null;
    await oldLoop?.stop();
    await moving;
    await oldPool?.end();
  };

  async function joinNow(target: StoredSyncServer): Promise<void> {
    await close();
    const server = openPool(target.server, password());
    pool = server;
    try {
      await joinDesk(db, server, {
        deskName: target.server.deskName,
        workstationName: target.server.workstationName,
        appVersion: options.appVersion,
      });
      markJoined(db);
      stored = { ...target, joined: true };
      workstationsAt = -Infinity;
      startLoop(server);
    } catch (error) {
      const failure = classify(error);
      note({ at: now(), failure: failure.failure, reason: failure.message });
      pool = null;
      await server.end();
    }
  }

  function view(): SyncView {
    if (!stored) return SYNC_OFF;
    const common = {
      received,
      problems,
      server: stored.server,
      password: sessionPassword !== null ? 'session' : stored.sealedPassword ? 'sealed' : 'none',
      workstationCode: readSyncState(db).workstationCode,
      workstations,
      outbox: outboxByTable(db, OUTBOX_SUMMARY_LIMIT),
      conflicts: conflictCount(db),
    } as const;
    const waiting = outboxSize(db);
    const status = loop?.status();
    if (joining) {
      return { ...common, phase: 'joining', since: null, waiting, problem: null };
    }
    if (!status) {
      // Not joined: the last attempt failed (or none was made since the address was kept).
      const problem = problems[0] ?? null;
      return { ...common, phase: problem ? 'error' : 'off', since: problem?.at ?? null, waiting, problem };
    }
    switch (status.state) {
      case 'synced':
        return { ...common, phase: 'synced', since: status.at, waiting, problem: null };
      case 'waiting':
        return { ...common, phase: 'waiting', since: null, waiting, problem: null };
      case 'offline':
        return { ...common, phase: 'offline', since: status.since, waiting, problem: problems[0] ?? null };
      case 'error':
        return { ...common, phase: 'error', since: status.since, waiting, problem: problems[0] ?? null };
    }
  }

  if (stored?.joined) {
    pool = openPool(stored.server, password());
    startLoop(pool);
  }

  return {
    view,
    join(input: SyncJoin) {
      const { password: given, ...server } = input;
      const keepsSealed = Boolean(given && options.sealer);
      sessionPassword = given && !options.sealer ? given : null;
      const target: StoredSyncServer = {
        server,
        sealedPassword: keepsSealed
          ? options.sealer!.seal(given!)
          : given
            ? null
            : (stored?.sealedPassword ?? null),
        joined: stored?.joined ?? false,
      };
      writeSyncServer(db, target);
      stored = target;
      problems = [];
      const run = (joining ?? Promise.resolve()).then(() => joinNow(target));
      joining = run;
      void run.finally(() => {
        if (joining === run) joining = null;
      });
      return view();
    },
    kick: () => loop?.kick(),
    async stop() {
      await joining;
      await close();
    },
  };
}
