import type { Db } from '../../db/open';

export interface ServiceContext {
  db: Db;
  /** Epoch milliseconds; injectable so that tests and browser mode can drive time. */
  now: () => number;
  /** The agent whose actions are being recorded. */
  agentId: string;
  version: string;
}
