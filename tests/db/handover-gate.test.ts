import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../electron/services/context';
import { composeForShift, submitHandover } from '../../electron/services/handover';
import { assertShiftCanClose, SHIFT_HANDOVER_WINDOW_MS } from '../../electron/services/handover-gate';
import { acknowledgeHandover, confirmItem } from '../../electron/services/handover-readback';
import { completeInput, HOUR, seedDesk, testDesk, type TestDesk } from './handover-support';

let t: TestDesk;
afterEach(() => t?.close());

/** The outgoing agent (a plain agent), the incoming one, and the desk's lead (its first agent). */
function desk() {
  t = testDesk();
  const cases = seedDesk(t.ctx);
  const outgoing = t.as(t.addAgent('李娜'));
  const incoming = t.as(t.addAgent('张敏'));
  return { ...cases, lead: t.ctx, outgoing, incoming };
}

const handOver = (ctx: ServiceContext) =>
  submitHandover(ctx, completeInput(composeForShift(ctx), ctx.agentId, t.clock.now));

const overrides = () =>
  t.ctx.db
    .prepare(
      `SELECT handover_id AS handoverId, agent_id AS agentId, at, json(payload) AS payload
       FROM handover_events WHERE kind = 'shift_close_override'`,
    )
    .all()
    .map((r) => ({ ...(r as object), payload: JSON.parse((r as { payload: string }).payload) as unknown }));

function blockedBy(run: () => void): string | undefined {
  try {
    run();
  } catch (error) {
    const e = error as { code: string; issues?: { message: string }[] };
    expect(e.code).toBe('CONFLICT');
    return e.issues?.[0]?.message;
  }
  return undefined;
}

describe('closing a shift waits for the handover to be read back', () => {
  it('blocks an agent who has handed nothing over this shift', () => {
    const { outgoing } = desk();
    expect(blockedBy(() => assertShiftCanClose(outgoing, outgoing.agentId))).toBe('handover.gate.noHandover');
  });

  it('blocks while the latest handover waits for acknowledgement, and lets the shift close after', () => {
    const { a, outgoing, incoming } = desk();
    const handover = handOver(outgoing);
    expect(blockedBy(() => assertShiftCanClose(outgoing, outgoing.agentId))).toBe(
      'handover.gate.unacknowledged',
    );
    confirmItem(incoming, { handoverId: handover.id, caseId: a.id });
    acknowledgeHandover(incoming, { handoverId: handover.id });
    expect(() => assertShiftCanClose(outgoing, outgoing.agentId)).not.toThrow();
    // Another agent's handover does not count for this one.
    expect(blockedBy(() => assertShiftCanClose(incoming, incoming.agentId))).toBe('handover.gate.noHandover');
  });

  it('judges by the latest handover: a correction waiting again blocks again', () => {
    const { a, outgoing, incoming } = desk();
    const first = handOver(outgoing);
    confirmItem(incoming, { handoverId: first.id, caseId: a.id });
    acknowledgeHandover(incoming, { handoverId: first.id });
    t.clock.now += 1000;
    handOver(outgoing);
    expect(blockedBy(() => assertShiftCanClose(outgoing, outgoing.agentId))).toBe(
      'handover.gate.unacknowledged',
    );
  });

  it('does not count yesterday’s handover for today’s shift', () => {
    const { a, outgoing, incoming } = desk();
    const handover = handOver(outgoing);
    confirmItem(incoming, { handoverId: handover.id, caseId: a.id });
    acknowledgeHandover(incoming, { handoverId: handover.id });
    t.clock.now += SHIFT_HANDOVER_WINDOW_MS + 1;
    expect(blockedBy(() => assertShiftCanClose(outgoing, outgoing.agentId))).toBe('handover.gate.noHandover');
    expect(SHIFT_HANDOVER_WINDOW_MS).toBeGreaterThanOrEqual(12 * HOUR);
  });

  it('lets a lead override with a reason, and records who, when, why and for whom', () => {
    const { lead, outgoing } = desk();
    const handover = handOver(outgoing);
    t.clock.now += 1000;
    assertShiftCanClose(lead, outgoing.agentId, { reason: '  接班坐席因交通延误，由主管代为接收  ' });
    expect(overrides()).toEqual([
      {
        handoverId: handover.id,
        agentId: lead.agentId,
        at: t.clock.now,
        payload: {
          shiftAgentId: outgoing.agentId,
          block: 'unacknowledged',
          reason: '接班坐席因交通延误，由主管代为接收',
        },
      },
    ]);
    // With no handover at all, the override is recorded against none.
    assertShiftCanClose(lead, t.addAgent('赵磊'), { reason: '系统故障，无法生成交接' });
    expect(overrides()[1]).toMatchObject({ handoverId: null, payload: { block: 'noHandover' } });
  });

  it('refuses an override by an agent who is not a lead, or without a reason, and records nothing', () => {
    const { lead, outgoing, incoming } = desk();
    handOver(outgoing);
    expect(blockedBy(() => assertShiftCanClose(incoming, outgoing.agentId, { reason: '我来接' }))).toBe(
      'handover.gate.leadOnly',
    );
    expect(() => assertShiftCanClose(lead, outgoing.agentId, { reason: '   ' })).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        issues: [{ path: 'override.reason', message: 'validation.required' }],
      }),
    );
    expect(overrides()).toEqual([]);
  });

  it('needs no override when nothing blocks, and records none', () => {
    const { a, lead, outgoing, incoming } = desk();
    const handover = handOver(outgoing);
    confirmItem(incoming, { handoverId: handover.id, caseId: a.id });
    acknowledgeHandover(incoming, { handoverId: handover.id });
    assertShiftCanClose(lead, outgoing.agentId, { reason: '例行' });
    expect(overrides()).toEqual([]);
  });
});
