import path from 'node:path';
import { openDatabase, type Db } from '../../db/open';
import { ensureDeskAgent } from './agents';
import type { ServiceContext } from './context';
import { createDispatch, type Dispatch } from './dispatch';
import type { PlatformPort } from './platform';
import type { SyncPort } from '../../core/sync';
import { operations, isOperationName } from '../../core/api';
import { DEFAULT_TERMINAL, terminals } from './terminals';

export interface DeskOptions {
  dbPath: string;
  version: string;
  nativeBinding?: string;
  /** Defaults to the folder of the database file. */
  dataDir?: string;
  now?: () => number;
  log?: (error: unknown) => void;
  /** The desktop app's callbacks; browser mode has none. */
  platform?: PlatformPort;
  /** Team sync over the opened case log (electron/sync/controller.ts); without it the desk is on its own. */
  sync?: (db: Db) => SyncPort;
}

export interface Desk {
  db: Db;
  /** The context of a request from a terminal, acting for the agent signed in there. */
  contextAt(terminal: string): ServiceContext;
  /** The context of requests that name no terminal (tests, scripts): `contextAt(DEFAULT_TERMINAL)`. */
  readonly ctx: ServiceContext;
  /** For work no terminal asked for (the SLA watch, the demo desk): it acts for whoever signed in last. */
  background: ServiceContext;
  dispatch: Dispatch;
  /** A terminal is gone (services/terminals.ts). */
  leave(terminal: string): void;
  readonly sync: SyncPort | null;
  close(): void;
}

/** Opens the case log and wires the services to it: what both the Electron app and browser mode run. */
export function openDesk(options: DeskOptions): Desk {
  const db = openDatabase(
    options.dbPath,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  );
  const now = options.now ?? Date.now;
  const actors = terminals(db, ensureDeskAgent(db, now()).id);
  const sync = options.sync?.(db) ?? null;
  const base = {
    db,
    now,
    version: options.version,
    dataDir: options.dataDir ?? path.dirname(path.resolve(options.dbPath)),
    platform: options.platform ?? {},
    ...(sync ? { sync } : {}),
  };
  const contextAt = (terminal: string): ServiceContext => ({
    ...base,
    terminal,
    ...actors.actorAt(terminal, now()),
  });
  const background: ServiceContext = {
    ...base,
    terminal: DEFAULT_TERMINAL,
    signedIn: false,
    get agentId() {
      return actors.lastAgent();
    },
  };
  const dispatch = createDispatch(contextAt, options.log);
  return {
    db,
    sync,
    contextAt,
    get ctx() {
      return contextAt(DEFAULT_TERMINAL);
    },
    background,
    dispatch: sync ? kickingAfterWrites(dispatch, sync) : dispatch,
    leave: actors.leave,
    close: () => {
      if (!db.open) return;
      db.pragma('optimize');
      db.close();
    },
  };
}

/** Every write that succeeded may have queued changes for the desk: send them now, not at the next poll. */
function kickingAfterWrites(dispatch: Dispatch, sync: SyncPort): Dispatch {
  return (name, input, terminal) => {
    const result = dispatch(name, input, terminal);
    if (result.ok && isOperationName(name) && operations[name].access === 'write') sync.kick();
    return result;
  };
}
