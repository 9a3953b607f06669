// The sync state a workstation starts in, and shows while it is not joined: its own module, free of the
// schemas, since the interface's first screen needs it.
import type { SyncView } from './sync';

export const SYNC_OFF: SyncView = {
  phase: 'off',
  since: null,
  waiting: 0,
  received: 0,
  problem: null,
  problems: [],
  server: null,
  password: 'none',
  workstationCode: null,
  workstations: [],
  outbox: [],
  conflicts: 0,
};
