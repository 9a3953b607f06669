import type { Db } from '../../db/open';

export interface ServiceContext {
  db: Db;
  /** Epoch milliseconds; injectable so that tests and browser mode can drive time. */
  now: () => number;
  /** The agent whose actions are being recorded. */
  agentId: string;
  version: string;
  /** A folder of the workstation's own for files that are not in the database (attachments). */
  dataDir: string;
  /**
   * Hands a file to the system viewer (Electron's `shell.openPath`: resolves to '' or an error text).
   * Absent in browser mode, where the UI fetches the file instead.
   */
  openPath?: (file: string) => Promise<string>;
}
