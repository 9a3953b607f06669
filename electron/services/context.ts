import type { Db } from '../../db/open';
import type { HandoffWindowRequest } from './handoff';

export interface ServiceContext {
  db: Db;
  /** Epoch milliseconds; injectable so that tests and browser mode can drive time. */
  now: () => number;
  /**
   * The agent whose actions are being recorded: the one signed in at this workstation. Signing in, out or
   * switching (services/duty.ts) changes it on this same object. While nobody is signed in it keeps the
   * last agent, so that reads such as "my cases" still answer, and `signedIn` is false.
   */
  agentId: string;
  /** Whether an agent is signed in; while false every operation that writes is refused (needsSignIn). */
  signedIn: boolean;
  version: string;
  /** A folder of the workstation's own for files that are not in the database (attachments). */
  dataDir: string;
  /**
   * Hands a file to the system viewer (Electron's `shell.openPath`: resolves to '' or an error text).
   * Absent in browser mode, where the UI fetches the file instead.
   */
  openPath?: (file: string) => Promise<string>;
  /**
   * Shows a desktop notification (Electron's `Notification` in the main process), for SLA warnings and
   * breaches. Absent in browser mode, where the page notifies through the browser's Notification API.
   */
  notify?: (title: string, body: string) => void;
  /**
   * Prints the app window (its print stylesheet) to a PDF file the agent chooses (Electron's
   * `webContents.printToPDF`); resolves to the file written, or null when the agent cancelled.
   * Absent in browser mode, where the UI uses the browser's own print dialog.
   */
  printToPdf?: (request: { suggestedName: string }) => Promise<string | null>;
  /**
   * Opens the 21Vianet hand-off window (electron/main/handoff-window.ts) at an address the service has
   * checked against the allowlist. Absent in browser mode, where the page opens a tab instead.
   */
  openHandoff?: (request: HandoffWindowRequest) => void;
}
