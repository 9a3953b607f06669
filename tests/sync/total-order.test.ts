import { expect, it } from 'vitest';
import { pushOnce } from '../../electron/sync/push';
import { openWorkstation, serverDatabase, type Workstation } from './support';

const PUSHERS = 4;
const EACH = 2_500;
// Small batches, so that the pushers' transactions interleave with each other and with the reads.
const BATCH = 50;

const server = serverDatabase();

/** EACH changes in the outbox, all at once: tags on one case, written straight to the local log. */
function queueTags(s: Workstation, caseId: string, prefix: string): void {
  const insert = s.desk.db.prepare('INSERT INTO case_tags (case_id, tag) VALUES (?, ?)');
  s.desk.db.transaction(() => {
    for (let i = 0; i < EACH; i += 1) insert.run(caseId, `${prefix}-${i}`);
  })();
}

it('a reader pulling while four workstations push 2,500 changes each skips none of the 10,000', async () => {
  const stations = Array.from({ length: PUSHERS }, (_, i) => openWorkstation(server.url, `pusher ${i}`));
  const reader = openWorkstation(server.url, 'reader');
  for (const s of [...stations, reader]) await s.join();
  const caseOf = stations.map((s) => s.newCase(s.customer(`客户 ${s.waiting()}`).id));
  for (const s of [...stations, reader]) await s.sync();
  for (const s of [...stations, reader]) await s.sync();
  const tagsBefore = reader.count('case_tags');

  stations.forEach((s, i) => queueTags(s, caseOf[i]!.id, `p${i}`));
  let pushing = true;
  const pushers = Promise.all(
    stations.map(async (s) => {
      while (s.waiting() > 0) await pushOnce(s.desk.db, s.pool, {}, BATCH);
    }),
  ).finally(() => (pushing = false));
  // The reader never pauses: it pulls while the pushers commit, then until nothing is left.
  let pulls = 0;
  for (;;) {
    const stillPushing = pushing;
    const n = await reader.pull();
    pulls += 1;
    if (!stillPushing && n === 0) break;
  }
  await pushers;

  expect(reader.count('case_tags') - tagsBefore).toBe(PUSHERS * EACH);
  for (let i = 0; i < PUSHERS; i += 1) {
    const n = reader.desk.db
      .prepare('SELECT count(*) FROM case_tags WHERE tag LIKE ?')
      .pluck()
      .get(`p${i}-%`);
    expect(n).toBe(EACH);
  }
  // Many reads happened while the pushes were under way, or the test would prove nothing.
  expect(pulls).toBeGreaterThan(10);
  const positions = await reader.pool.query(
    'SELECT min(position) AS lo, max(position) AS hi, count(*) AS n FROM shiftdesk.changes',
  );
  const { lo, hi, n } = positions.rows[0];
  expect(Number(hi) - Number(lo) + 1).toBe(Number(n));
}, 120_000);
