import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES, operations } from '../../core/api';
import { openDesk } from '../../electron/services/desk';
import { seededRandom } from '../../electron/services/seeded-random';
import { tempDbPath } from '../helpers/temp-db';
import { valueFor, type Pools } from './hostile-values';
import { outlookCase } from '../helpers/arranged-inputs';

const ROUNDS = 12;
const CALLS_PER_ROUND = 300;
const JAN_2026 = new Date(2026, 0, 5, 9, 0).getTime();

/** A desk with a customer, a case with a note, and what they are known by. */
function seededDesk() {
  const unexpected: unknown[] = [];
  const desk = openDesk({
    dbPath: tempDbPath(),
    version: '0.0.0-test',
    now: () => JAN_2026,
    log: (error) => unexpected.push(error),
  });
  const ok = <T>(name: string, input: unknown): T => {
    const r = desk.dispatch(name, input);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
  const customer = ok<{ id: string }>('customers.create', {
    name: '上海明远贸易有限公司',
    tenantDomain: 'mingyuan.partner.onmschina.cn',
  });
  const created = ok<{ id: string; number: string; events: { id: string }[] }>(
    'cases.create',
    outlookCase(customer.id),
  );
  ok('cases.addNote', { caseId: created.id, body: '已清除凭据缓存' });
  const agentIds = desk.db.prepare('SELECT id FROM agents').pluck().all() as string[];
  const eventIds = desk.db.prepare('SELECT id FROM case_events').pluck().all() as string[];
  const pools: Omit<Pools, 'hostility'> = {
    ids: [customer.id, created.id, created.number, ...agentIds, ...eventIds],
    named: {
      caseId: [created.id],
      customerId: [customer.id],
      agentId: agentIds,
      ownerId: agentIds,
      eventId: eventIds,
      noteId: eventIds,
      id: [created.id, customer.id, ...agentIds],
    },
  };
  return { desk, pools, unexpected };
}

/** The whole file's content: equal before and after a refused call when the call wrote nothing. */
const fingerprint = (desk: ReturnType<typeof openDesk>) =>
  createHash('sha256').update(desk.db.serialize()).digest('hex');

describe('every operation, driven with generated hostile input', () => {
  it(`answers ${ROUNDS * CALLS_PER_ROUND} calls without INTERNAL, and a refused call writes nothing`, () => {
    const rng = seededRandom(20261202);
    const internal: string[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const { desk, pools, unexpected } = seededDesk();
      try {
        let before = fingerprint(desk);
        for (let i = 0; i < CALLS_PER_ROUND; i += 1) {
          const name = rng.pick(OPERATION_NAMES);
          // Half the calls plausible enough to reach the services, half hostile throughout.
          const hostility = i % 2 === 0 ? 0 : 0.12;
          const input = valueFor(operations[name].input, rng, { ...pools, hostility });
          const result = desk.dispatch(name, input);
          if (!result.ok && result.error.code === 'INTERNAL') {
            internal.push(
              `${name} ${String(unexpected.at(-1)).slice(0, 200)} ${JSON.stringify(input)?.slice(0, 300)}`,
            );
          }
          const after = fingerprint(desk);
          if (!result.ok) expect(after, `${name} refused but wrote`).toBe(before);
          before = after;
        }
      } finally {
        desk.close();
      }
    }
    expect(internal).toEqual([]);
  }, 120_000);
});
