import type { Db } from '../../db/open';
import type { PlatformPort } from './platform';
import type { SyncPort } from '../../core/sync';

/** What a service reads: the desk it runs on, and who acts in this request. Built per request. */
export interface ServiceContext {
  readonly db: Db;
  /** Epoch milliseconds; injectable so that tests and browser mode can drive time. */
  readonly now: () => number;
  readonly version: string;
  /** A folder of the workstation's own for files that are not in the database (attachments). */
  readonly dataDir: string;
  readonly platform: PlatformPort;
  /** The terminal the request came from: an app window, a browser tab (services/terminals.ts). */
  readonly terminal: string;
  /**
   * The agent whose actions are recorded: the one signed in at the terminal. While nobody is signed in
   * there it is the last agent who was, so that reads such as "my cases" still answer, and `signedIn` is
   * false.
   */
  readonly agentId: string;
  /** Whether an agent is signed in at the terminal; while false, operations that need one are refused. */
  readonly signedIn: boolean;
  /** Team sync, where the host runs it; absent in tests and scripts that open a bare case log. */
  readonly sync?: SyncPort;
}
