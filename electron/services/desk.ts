import path from 'node:path';
import { openDatabase, type Db } from '../../db/open';
import { ensureDeskAgent } from './agents';
import type { ServiceContext } from './context';
import { createDispatch, type Dispatch } from './dispatch';

export interface DeskOptions {
  dbPath: string;
  version: string;
  nativeBinding?: string;
  /** Defaults to the folder of the database file. */
  dataDir?: string;
  now?: () => number;
  log?: (error: unknown) => void;
  /** The desktop app's system viewer for attachments (see ServiceContext.openPath). */
  openPath?: (file: string) => Promise<string>;
}

export interface Desk {
  db: Db;
  ctx: ServiceContext;
  dispatch: Dispatch;
  close(): void;
}

/** Opens the case log and wires the services to it: what both the Electron app and browser mode run. */
export function openDesk(options: DeskOptions): Desk {
  const db = openDatabase(
    options.dbPath,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  );
  const now = options.now ?? Date.now;
  const agent = ensureDeskAgent(db, now());
  const dataDir = options.dataDir ?? path.dirname(path.resolve(options.dbPath));
  const ctx: ServiceContext = {
    db,
    now,
    agentId: agent.id,
    version: options.version,
    dataDir,
    ...(options.openPath ? { openPath: options.openPath } : {}),
  };
  return {
    db,
    ctx,
    dispatch: createDispatch(ctx, options.log),
    close: () => {
      if (!db.open) return;
      db.pragma('optimize');
      db.close();
    },
  };
}
