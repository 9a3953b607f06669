// `npm run web` / `npm run demo`: browser mode over the same services as the app.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { fillDemoDeskAtStart } from '../services/demo';
import { openDesk } from '../services/desk';
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
let desk;
let clock: TestClock | null = null;
let apiLatencyMs = 0;
try {
  clock = values['test-clock'] === undefined ? null : testClock(values['test-clock']);
  apiLatencyMs = apiLatencyOf(values['api-latency'], clock !== null);
  desk = openDesk({
    dbPath,
    version: SHIFTDESK_VERSION,
    ...(clock ? { now: clock.now } : {}),
    // No key store in browser mode: a password typed on the Team sync page lasts for this run only.
    sync: (db) =>
      createSyncController(db, {
        appVersion: SHIFTDESK_VERSION,
        blobs: attachmentBlobs(path.dirname(dbPath)),
        ...(clock ? { now: clock.now } : {}),
      }),
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
if (values.demo) {
  const added = fillDemoDeskAtStart(desk);
  console.log(added > 0 ? `Demo desk: added ${added} cases.` : 'Demo desk: the case log already has cases.');
}

const staticDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
// SLA warnings and breaches are checked every half minute, and at once whenever a test moves the clock.
const slaWatch = startSlaWatch(desk.background);
const ticking = clock;
const testRoutes = ticking && {
  clock: (input: unknown) => {
    const now = ticking.advance(advanceBy(input));
    checkSla(desk.background);
    return { now };
  },
};
const host = await startHost({
  dispatch: desk.dispatch,
  staticDir,
  port,
  ...(testRoutes ? { testRoutes } : {}),
  apiLatencyMs,
});
console.log(`ShiftDesk browser mode — case log ${dbPath}`);
console.log(`Open ${host.url}`);

const stop = () => {
  slaWatch.stop();
  void Promise.all([host.close(), desk.sync?.stop()]).then(() => {
    desk.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
