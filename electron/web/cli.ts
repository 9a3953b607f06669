// `npm run web` / `npm run demo`: browser mode over the same services as the app.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { claimCaseLog, type WriterLock } from '../../db/writer-lock';
import { startBackupSchedule } from '../services/backup-schedule';
import { fillDemoDeskAtStart } from '../services/demo';
import type { Desk } from '../services/desk';
import { startDesk, type DeskStart } from '../services/start-desk';
import { startFailureText } from '../services/start-failure-text';
import { startHost } from './host';
import { checkSla, startSlaWatch } from '../services/sla-watch';
import { advanceBy, apiLatencyOf, testClock, type TestClock } from './test-clock';
import { createSyncController } from '../sync/controller';
import { attachmentBlobs } from '../services/attachment-blobs';

/** Set at build time from package.json. */
declare const SHIFTDESK_VERSION: string;

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string', default: '0' },
    demo: { type: 'boolean', default: false },
    // End-to-end tests only: the services' clock starts at this ISO instant and POST /test/clock moves it.
    'test-clock': { type: 'string' },
    // With --test-clock only: each API call is answered this many milliseconds late.
    'api-latency': { type: 'string' },
  },
});

const dbPath = path.resolve(
  values.db ?? path.join(os.homedir(), '.shiftdesk', values.demo ? 'demo.db' : 'shiftdesk.db'),
);
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not "${values.port}"`);
  process.exit(2);
}

mkdirSync(path.dirname(dbPath), { recursive: true });
let clock: TestClock | null = null;
let apiLatencyMs = 0;
let started: DeskStart;
let writer: WriterLock;
try {
  clock = values['test-clock'] === undefined ? null : testClock(values['test-clock']);
  apiLatencyMs = apiLatencyOf(values['api-latency'], clock !== null);
  // One writer per case log: a second host (or the app) on the same file is refused here.
  writer = claimCaseLog(dbPath);
  const now = clock?.now;
  started = await startDesk(
    {
      dbPath,
      version: SHIFTDESK_VERSION,
      ...(now ? { now } : {}),
      // No key store in browser mode: a password typed on the Team sync page lasts for this run only.
      sync: (db) =>
        createSyncController(db, {
          appVersion: SHIFTDESK_VERSION,
          blobs: attachmentBlobs(path.dirname(dbPath)),
          ...(now ? { now } : {}),
        }),
    },
    { onWait: () => console.log('The case log is locked by another process; waiting for it.') },
  );
} catch (error) {
  console.error(startFailureText(error));
  process.exit(1);
}
if (started.recovering) {
  console.log(
    'The case log is damaged: the page offers the latest good backup. / 案例日志已损坏：页面会提供最近的正常备份。',
  );
}

let desk: Desk | null = null;
let slaWatch: { stop(): void } | null = null;
let backups: { stop(): void } | null = null;
void started.opened.then((opened) => {
  desk = opened;
  if (values.demo) {
    const added = fillDemoDeskAtStart(opened);
    console.log(
      added > 0 ? `Demo desk: added ${added} cases.` : 'Demo desk: the case log already has cases.',
    );
  }
  if (opened.readOnly) console.log('The case log cannot be written: it is open for reading only.');
  // SLA warnings and breaches are checked every half minute, and at once whenever a test moves the clock.
  slaWatch = startSlaWatch(opened.background);
  backups = startBackupSchedule(opened.background);
});
// A demo desk fills before the address is printed, so that the page opens on it.
if (!started.recovering) await started.opened;

const staticDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
const ticking = clock;
const testRoutes = ticking && {
  clock: (input: unknown) => {
    const now = ticking.advance(advanceBy(input));
    if (desk) checkSla(desk.background);
    return { now };
  },
};
const host = await startHost({
  dispatch: started.dispatch,
  staticDir,
  port,
  ...(testRoutes ? { testRoutes } : {}),
  apiLatencyMs,
});
console.log(`ShiftDesk browser mode — case log ${dbPath}`);
console.log(`Open ${host.url}`);

const stop = () => {
  slaWatch?.stop();
  backups?.stop();
  void Promise.all([host.close(), desk?.sync?.stop()]).then(() => {
    desk?.close();
    writer.release();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
