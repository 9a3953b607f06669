// Team sync as the interface sees it: the desk's PostgreSQL server, this workstation's state, and the
// desk's other workstations. The protocol itself is in db/sync and electron/sync (docs/sync.md).
import { z } from 'zod';
import { requiredText } from './validation';
import { ANYONE, noInput, reads, writes } from './operation';

/** How the connection to the desk's server is protected. `verify-full` checks the certificate and name. */
export const SYNC_TLS_MODES = ['verify-full', 'require', 'disable'] as const;
export type SyncTlsMode = (typeof SYNC_TLS_MODES)[number];

/** Why sync cannot go on; the interface words each kind and shows the server's reason beside it. */
export type SyncFailure =
  'unreachable' | 'auth' | 'tls' | 'privilege' | 'server_newer' | 'not_a_desk' | 'other';

export const syncServerSchema = z
  .object({
    host: requiredText(255),
    port: z.number().int('validation.invalid').min(1, 'validation.invalid').max(65535, 'validation.invalid'),
    database: requiredText(63),
    user: requiredText(63),
    tls: z.enum(SYNC_TLS_MODES),
    deskName: requiredText(80),
    workstationName: requiredText(80),
  })
  .strict();
/** Where the desk's server is: everything but the password, which is kept apart (sealed, or not at all). */
export type SyncServer = z.infer<typeof syncServerSchema>;

export const syncJoinInput = syncServerSchema
  .extend({
    /** Empty: the connection uses PGPASSWORD or ~/.pgpass of the account the app runs as. */
    password: z.string().max(1024, 'validation.tooLong').optional(),
  })
  .strict();

/**
 * off: not set up. joining: the first connection is under way. synced: nothing waiting. waiting: local
 * changes not sent yet. offline: the server cannot be reached. error: it answered, but sync cannot go on.
 */
export type SyncPhase = 'off' | 'joining' | 'synced' | 'waiting' | 'offline' | 'error';

/** How the password is kept: sealed by the system's key store, for this run only, or not given. */
export type SyncPasswordKeeping = 'sealed' | 'session' | 'none';

export interface SyncWorkstation {
  id: string;
  name: string;
  /** The code inside the case numbers this workstation mints. */
  code: string;
  appVersion: string;
  /** Epoch milliseconds of its last round with the server. */
  lastSeen: number;
  thisOne: boolean;
}

export interface SyncProblem {
  at: number;
  failure: SyncFailure;
  /** The server's or the network's own words, without the connection details. */
  reason: string;
}

export interface SyncView {
  phase: SyncPhase;
  /** Epoch milliseconds: since when offline or failing, or when last synced. */
  since: number | null;
  /** Local changes not yet on the server. */
  waiting: number;
  /** Changes from other workstations applied since the app started: the interface reloads when it grows. */
  received: number;
  problem: SyncProblem | null;
  /** The latest problems, newest first. */
  problems: SyncProblem[];
  server: SyncServer | null;
  password: SyncPasswordKeeping;
  workstationCode: string | null;
  /** The desk's workstations as of the last round (empty until one succeeded). */
  workstations: SyncWorkstation[];
  /** What waits to be sent, by table (of the oldest changes, when very many wait). */
  outbox: { table: string; changes: number }[];
  /** Values that lost to another workstation's, and changes this log could not take (kept, not lost). */
  conflicts: number;
}

export type SyncJoin = z.infer<typeof syncJoinInput>;

/**
 * What the services need of team sync (electron/sync/controller.ts): its state, joining, and a round now.
 * The services never talk to PostgreSQL themselves; the controller does, off the request's path.
 */
export interface SyncPort {
  view(): SyncView;
  /** Keeps the server's address (and the password, sealed or for this run), then joins in the background. */
  join(input: SyncJoin): SyncView;
  /** A round soon: after a local change, or when the agent asks. */
  kick(): void;
  stop(): Promise<void>;
}

/** The system's key store (Electron safeStorage): seals a secret so that only this account can open it. */
export interface SecretSealer {
  seal(secret: string): string;
  open(sealed: string): string;
}

/** The workstation's attachment contents, by SHA-256, as team sync sends and fetches them. */
export interface BlobStore {
  /** The stored bytes, or null when they are not on this workstation. */
  read(sha256: string): Uint8Array | null;
  /** Stores bytes whose hash the caller has checked. */
  write(bytes: Uint8Array): void;
}

/**
 * Team sync: its state, joining a desk's server, and "Sync now". Implemented by electron/services/sync.ts.
 */
export const syncOperations = {
  'sync.status': reads<SyncView>()(noInput),
  'sync.join': writes<SyncView>()(syncJoinInput),
  // Asks for a round now; what the round sends or receives is recorded by the changes themselves.
  'sync.now': writes<SyncView>()(noInput, ANYONE),
};
