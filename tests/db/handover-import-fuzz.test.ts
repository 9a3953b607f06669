import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { checksumPayload, type HandoverFile } from '../../core/handover-file';
import { addNote } from '../../electron/services/case-events';
import { composeForShift, submitHandover } from '../../electron/services/handover';
import { exportHandoverFile, sha256 } from '../../electron/services/handover-transfer';
import { seededRandom } from '../../electron/services/seeded-random';
import { hostileValue } from '../contract/hostile-values';
import { completeInput, MIN, seedDesk, testDesk, type TestDesk } from './handover-support';

const desks: TestDesk[] = [];
afterEach(() => {
  for (const d of desks.splice(0)) d.close();
});

const CASES = 600;

/** Every leaf of a JSON value, by its path. */
function leaves(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value))
      leaves(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  } else out.push(path);
  return out;
}
function deepValue(levels: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < levels; i += 1) value = { inner: value };
  return value;
}
function setAt(root: unknown, path: (string | number)[], value: unknown) {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    node = node[key] as Record<string | number, unknown>;
    if (node === null || typeof node !== 'object') return; // a row removed, or a value replaced, before
  }
  node[path.at(-1)!] = value;
}

describe('handover files altered at random and sealed again', () => {
  it(`${CASES} of them: never INTERNAL, and a refused file writes nothing`, () => {
    const src = testDesk();
    desks.push(src);
    const { a } = seedDesk(src.ctx);
    src.clock.now += MIN;
    addNote(src.ctx, { caseId: a.id, body: '已远程协助' });
    const handover = submitHandover(
      src.ctx,
      completeInput(composeForShift(src.ctx), src.ctx.agentId, src.clock.now),
    );
    const original = JSON.parse(exportHandoverFile(src.ctx, { id: handover.id }).text) as HandoverFile;
    const paths = leaves(original).filter((p) => p[0] !== 'checksum');
    // Where a forged file does harm: times, case numbers, event kinds and payloads.
    const telling = paths.filter((p) =>
      p.some((k) =>
        ['payload', 'number', 'at', 'createdAt', 'updatedAt', 'kind', 'exportedAt'].includes(String(k)),
      ),
    );
    const TIMES = [
      0,
      -1,
      2 ** 53 + 2,
      1e20,
      Date.UTC(2036, 0, 1),
      Date.UTC(1970, 0, 2),
      src.clock.now + 365 * 24 * 60 * MIN,
    ];

    const fresh = testDesk(src.clock.now + 5 * MIN);
    const known = testDesk(src.clock.now + 5 * MIN);
    desks.push(fresh, known);
    known.desk.dispatch('handover.importFile', { text: JSON.stringify(original) });
    const fingerprint = (d: TestDesk) => createHash('sha256').update(d.desk.db.serialize()).digest('hex');

    const rng = seededRandom(1124);
    const failures: string[] = [];
    for (let i = 0; i < CASES; i += 1) {
      const file = structuredClone(original) as unknown as Record<string, unknown>;
      const changes = 1 + Math.floor(rng.next() * 3);
      for (let k = 0; k < changes; k += 1) {
        if (rng.next() < 0.2) {
          // A row left out: an event (say, a case's creation), a case, an agent.
          const list = file[rng.pick(['events', 'events', 'cases', 'agents', 'contacts'])] as unknown[];
          if (list.length) list.splice(Math.floor(rng.next() * list.length), 1);
          continue;
        }
        const path = rng.pick(rng.next() < 0.6 ? telling : paths);
        const r = rng.next();
        const value =
          r < 0.35
            ? hostileValue(rng)
            : r < 0.7
              ? rng.pick(TIMES)
              : r < 0.85
                ? rng.pick(['SD-2026-9007199254740991', 'SD-1970-000001', 'created', 'note', 'x'])
                : deepValue(rng.pick([50, 1_000]));
        setAt(file, path, value);
      }
      const { checksum: _old, ...rest } = file;
      let text: string;
      try {
        text = JSON.stringify({ ...rest, checksum: sha256(checksumPayload(rest)) });
      } catch {
        continue; // what JSON cannot carry never reaches the import as a file
      }
      const target = rng.next() < 0.5 ? fresh : known;
      const before = fingerprint(target);
      const result = target.desk.dispatch('handover.importFile', { text });
      if (!result.ok && result.error.code === 'INTERNAL') failures.push(text.slice(0, 300));
      if (!result.ok) expect(fingerprint(target)).toBe(before);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
