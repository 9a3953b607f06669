import path from 'node:path';
import { openDatabase, type Db } from '../../db/open';
import { resumeDuty } from './duty';
import type { ServiceContext } from './context';
import { createDispatch, type Dispatch } from './dispatch';
import type { HandoffWindowRequest } from './handoff';

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
  /** The desktop app's notifications for SLA warnings and breaches (see ServiceContext.notify). */
  notify?: (title: string, body: string) => void;
  /** The desktop app's PDF printer for handovers (see ServiceContext.printToPdf). */
  printToPdf?: (request: { suggestedName: string }) => Promise<string | null>;
  /** The desktop app's 21Vianet hand-off window (see ServiceContext.openHandoff). */
  openHandoff?: (request: HandoffWindowRequest) => void;
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
  // Attribution follows the sign-in on this workstation (services/duty.ts updates ctx as agents switch).
  const duty = resumeDuty(db, now());
  const dataDir = options.dataDir ?? path.dirname(path.resolve(options.dbPath));
  const ctx: ServiceContext = {
    db,
    now,
    agentId: duty.agentId,
    signedIn: duty.signedIn,
    version: options.version,
    dataDir,
    ...(options.openPath ? { openPath: options.openPath } : {}),
    ...(options.notify ? { notify: options.notify } : {}),
    ...(options.printToPdf ? { printToPdf: options.printToPdf } : {}),
    ...(options.openHandoff ? { openHandoff: options.openHandoff } : {}),
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
