import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceError } from '../../electron/services/errors';
import { addNote, addReply } from '../../electron/services/case-events';
import { changeStatus, createCase } from '../../electron/services/cases';
import { handoverClocks } from '../../electron/services/handover-clocks';
import { slaForCases } from '../../electron/services/sla';
import {
  composeForShift,
  handoverById,
  pendingHandovers,
  submitHandover,
} from '../../electron/services/handover';
import { acknowledgeHandover, confirmItem } from '../../electron/services/handover-readback';
import { completeInput, HOUR, MIN, seedDesk, testDesk, type TestDesk } from './handover-support';
import { QUIET_HANDOVER } from '../helpers/arranged-inputs';

let t: TestDesk;
afterEach(() => t?.close());

/** The error a call throws, for its code and issues. */
function failure(run: () => unknown): ServiceError {
  try {
    run();
  } catch (error) {
    return error as ServiceError;
  }
  throw new Error('expected the call to fail');
}

describe('composing from the log', () => {
  it('lists every open case, most urgent first, with what waits on 21Vianet', () => {
    t = testDesk();
    const { a, b, c, done } = seedDesk(t.ctx);
    t.clock.now += 10 * MIN;
    changeStatus(t.ctx, { caseId: b.id, from: 'new', to: 'waiting_21v' });
    t.ctx.db.prepare('UPDATE cases SET request_number = ? WHERE id = ?').run('2611240010001234', b.id);
    t.clock.now += 20 * MIN;
    const doc = composeForShift(t.ctx);
    expect(doc.items.map((i) => i.caseId)).toEqual([a.id, b.id, c.id]);
    expect(doc.items.map((i) => i.caseId)).not.toContain(done.id);
    expect(doc.items[0]).toMatchObject({ severity: 'A', dueAt: t.clock.now + 90 * MIN, breached: false });
    expect(doc.items[1]).toMatchObject({
      status: 'waiting_21v',
      requestNumber: '2611240010001234',
      waitingOn21vSince: t.clock.now - 20 * MIN,
      paused: true,
    });
    expect(doc.summary).toMatchObject({ total: 3, atRisk: 1, waitingOn21v: 1 });
  });
});

describe('submitting a handover (T1)', () => {
  it('refuses an incomplete handover with an issue next to each section, and writes nothing', () => {
    t = testDesk();
    seedDesk(t.ctx);
    const doc = composeForShift(t.ctx);
    const input = completeInput(doc, t.ctx.agentId, t.clock.now, { watch: [], notes: '' });
    input.plans[0] = { ...input.plans[0]!, nextAction: '', contingencyIf: '' };
    const error = failure(() => submitHandover(t.ctx, input));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues!.map((i) => `${i.path} ${i.message}`)).toEqual([
      `items.${doc.items[0]!.caseId}.nextAction handover.issues.nextActionRequired`,
      `items.${doc.items[0]!.caseId}.contingency handover.issues.contingencyHalf`,
      'watch handover.issues.sectionEmpty',
      'notes handover.issues.sectionEmpty',
    ]);
    expect(t.ctx.db.prepare('SELECT count(*) FROM handovers').pluck().get()).toBe(0);
  });

  it('stores the document with the facts as the log has them at submission', () => {
    t = testDesk();
    const { a } = seedDesk(t.ctx);
    const lead = t.addAgent('王强', 'lead');
    const doc = composeForShift(t.ctx);
    t.clock.now += 5 * MIN;
    const handover = submitHandover(t.ctx, completeInput(doc, lead, t.clock.now));
    expect(handover).toMatchObject({
      status: 'pending',
      createdAt: t.clock.now,
      acknowledgedAt: null,
      toAgent: null,
      fromAgent: { id: t.ctx.agentId, name: '值班坐席' },
    });
    const item = handover.document.items[0]!;
    expect(item).toMatchObject({
      caseId: a.id,
      owner: { id: lead, name: '王强' },
      deadline: t.clock.now + 2 * HOUR,
    });
    // The clocks are those of T1, not of the moment the agent composed.
    expect(item.dueAt).toBe(t.clock.now + 115 * MIN);
    expect(handover.events.map((e) => e.kind)).toEqual(['submitted']);
    expect(pendingHandovers(t.ctx)).toEqual([
      { id: handover.id, fromAgent: { id: t.ctx.agentId, name: '值班坐席' }, createdAt: t.clock.now },
    ]);
  });

  it('does not let a case opened since composing slip through unseen', () => {
    t = testDesk();
    const { a } = seedDesk(t.ctx);
    const doc = composeForShift(t.ctx);
    t.clock.now += MIN;
    const late = createCase(t.ctx, {
      customer: { id: a.customer.id },
      title: '新来电：VPN 无法连接',
      description: '',
      supportArea: 'client_connectivity',
      service: 'azure',
      severity: 'B',
      channel: 'phone',
    });
    const error = failure(() => submitHandover(t.ctx, completeInput(doc, t.ctx.agentId, t.clock.now)));
    expect(error.issues).toContainEqual({
      path: `items.${late.id}.nextAction`,
      message: 'handover.issues.notInDraft',
    });
  });

  it('refuses an owner who is not an agent of this desk', () => {
    t = testDesk();
    seedDesk(t.ctx);
    const doc = composeForShift(t.ctx);
    const input = completeInput(doc, '01900000-0000-7000-8000-000000000000', t.clock.now);
    const error = failure(() => submitHandover(t.ctx, input));
    expect(error.issues).toContainEqual({
      path: `items.${doc.items[0]!.caseId}.owner`,
      message: 'handover.issues.ownerUnknown',
    });
  });

  it('accepts an explicit none for every section on a quiet desk', () => {
    t = testDesk();
    const handover = submitHandover(t.ctx, QUIET_HANDOVER);
    expect(handover.document).toMatchObject({ items: [], casesNone: true, watchNone: true, notesNone: true });
  });

  it('supersedes the same agent’s earlier handover still waiting, so the incoming reads only the latest', () => {
    t = testDesk();
    seedDesk(t.ctx);
    const first = submitHandover(t.ctx, completeInput(composeForShift(t.ctx), t.ctx.agentId, t.clock.now));
    t.clock.now += MIN;
    const second = submitHandover(t.ctx, completeInput(composeForShift(t.ctx), t.ctx.agentId, t.clock.now));
    expect(handoverById(t.ctx, { id: first.id }).status).toBe('superseded');
    expect(handoverById(t.ctx, { id: first.id }).events.at(-1)).toMatchObject({
      kind: 'superseded',
      payload: { by: second.id },
    });
    expect(pendingHandovers(t.ctx).map((p) => p.id)).toEqual([second.id]);
  });

  it('carries plans and watch items over to the next handover', () => {
    t = testDesk();
    const { a } = seedDesk(t.ctx);
    const input = completeInput(composeForShift(t.ctx), t.ctx.agentId, t.clock.now);
    const first = submitHandover(t.ctx, input);
    t.clock.now += 8 * HOUR;
    const next = composeForShift(t.ctx);
    expect(next.previousId).toBe(first.id);
    expect(next.items.find((i) => i.caseId === a.id)).toMatchObject({
      carried: true,
      nextAction: input.plans[0]!.nextAction,
      contingencyThen: '则升级给值班主管',
    });
    expect(next.watch).toEqual([{ ...input.watch[0]!, carriedFrom: first.id }]);
    expect(next.notes).toBe('');
  });
});

describe('reading back and acknowledging (T2)', () => {
  function submitted() {
    t = testDesk();
    const cases = seedDesk(t.ctx);
    const incoming = t.addAgent('张敏');
    const handover = submitHandover(t.ctx, completeInput(composeForShift(t.ctx), t.ctx.agentId, t.clock.now));
    return { ...cases, handover, incoming: t.as(incoming) };
  }

  it('confirms each severity-A item with its own time, then acknowledges with both times kept', () => {
    const { a, handover, incoming } = submitted();
    const t1 = t.clock.now;
    t.clock.now += 3 * MIN;
    const unconfirmed = failure(() => acknowledgeHandover(incoming, { handoverId: handover.id }));
    expect(unconfirmed.code).toBe('VALIDATION');
    expect(unconfirmed.issues).toEqual([
      { path: `items.${a.id}.confirm`, message: 'handover.refusals.unconfirmedItems' },
    ]);

    const confirmed = confirmItem(incoming, { handoverId: handover.id, caseId: a.id });
    expect(confirmed.confirmations).toEqual([
      { caseId: a.id, agent: { id: incoming.agentId, name: '张敏' }, at: t1 + 3 * MIN },
    ]);
    // A second click changes nothing.
    expect(confirmItem(incoming, { handoverId: handover.id, caseId: a.id }).confirmations).toHaveLength(1);

    t.clock.now += 2 * MIN;
    const done = acknowledgeHandover(incoming, { handoverId: handover.id });
    expect(done).toMatchObject({
      status: 'acknowledged',
      createdAt: t1,
      acknowledgedAt: t1 + 5 * MIN,
      toAgent: { id: incoming.agentId, name: '张敏' },
    });
    expect(done.events.map((e) => [e.kind, e.at])).toEqual([
      ['submitted', t1],
      ['item_confirmed', t1 + 3 * MIN],
      ['acknowledged', t1 + 5 * MIN],
    ]);
    expect(pendingHandovers(t.ctx)).toEqual([]);
    expect(failure(() => acknowledgeHandover(incoming, { handoverId: handover.id })).code).toBe('CONFLICT');
  });

  it('refuses a confirmation of a non-A item, and any read-back by the outgoing agent', () => {
    const { a, b, handover, incoming } = submitted();
    expect(failure(() => confirmItem(incoming, { handoverId: handover.id, caseId: b.id })).issues).toEqual([
      { path: 'handover', message: 'handover.refusals.notConfirmable' },
    ]);
    const own = failure(() => confirmItem(t.ctx, { handoverId: handover.id, caseId: a.id }));
    expect(own).toMatchObject({
      code: 'CONFLICT',
      issues: [{ path: 'handover', message: 'handover.refusals.ownHandover' }],
    });
    expect(failure(() => acknowledgeHandover(t.ctx, { handoverId: handover.id })).code).toBe('CONFLICT');
    expect(
      t.ctx.db.prepare("SELECT count(*) FROM handover_events WHERE kind <> 'submitted'").pluck().get(),
    ).toBe(0);
  });

  it('keeps the record append-only: the database refuses to edit a confirmation or the document', () => {
    const { a, handover, incoming } = submitted();
    confirmItem(incoming, { handoverId: handover.id, caseId: a.id });
    expect(() => t.ctx.db.prepare('UPDATE handover_events SET at = 0').run()).toThrow(/append-only/);
    expect(() => t.ctx.db.prepare('DELETE FROM handover_events').run()).toThrow(/append-only/);
    expect(() => t.ctx.db.prepare(`UPDATE handovers SET document = '{}'`).run()).toThrow(/not edited/);
  });
});

describe('the clock events kept between compositions', () => {
  const statusOf = (caseId: string) => composeForShift(t.ctx).items.find((i) => i.caseId === caseId)!;

  it('gives exactly the clocks slaForCases gives, after any change to the timelines', () => {
    t = testDesk();
    const { a, b, c } = seedDesk(t.ctx);
    const ids = [a.id, b.id, c.id];
    const same = () =>
      expect(handoverClocks(t.ctx, ids, t.clock.now).clocks).toEqual(slaForCases(t.ctx, ids));
    same();
    t.clock.now += 30 * MIN;
    changeStatus(t.ctx, { caseId: b.id, from: 'new', to: 'waiting_customer' });
    same();
    expect(statusOf(b.id).paused).toBe(true);
    t.clock.now += 3 * HOUR;
    addReply(t.ctx, { caseId: a.id, body: '您好，已定位到问题。' });
    same();
    expect(statusOf(a.id)).toMatchObject({ dueWhich: 'nextUpdate', breached: true });
  });

  it('reads the cases again after any write, by this connection or by another one on the same file', () => {
    t = testDesk();
    const { a, c } = seedDesk(t.ctx);
    const titleOf = (id: string) => composeForShift(t.ctx).items.find((i) => i.caseId === id)?.title;
    expect(titleOf(a.id)).toBe('全员邮件无法发送');
    const other = new Database(t.desk.db.name);
    other.prepare('UPDATE cases SET title = ? WHERE id = ?').run('另一台主机改的标题', a.id);
    other.close();
    expect(titleOf(a.id)).toBe('另一台主机改的标题');
    t.ctx.db.prepare('UPDATE cases SET title = ? WHERE id = ?').run('本机改的标题', a.id);
    expect(titleOf(a.id)).toBe('本机改的标题');
    changeStatus(t.ctx, { caseId: c.id, from: 'new', to: 'resolved' });
    expect(titleOf(c.id)).toBeUndefined();
  });

  it('starts over when the last event it saw was rolled back and its place taken by another', () => {
    t = testDesk();
    const { b } = seedDesk(t.ctx);
    expect(statusOf(b.id).paused).toBe(false);
    // A composition inside a transaction that then fails: the cache saw an event that never committed.
    expect(() =>
      t.ctx.db.transaction(() => {
        addNote(t.ctx, { caseId: b.id, body: '草稿' });
        composeForShift(t.ctx);
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    changeStatus(t.ctx, { caseId: b.id, from: 'new', to: 'waiting_customer' });
    expect(statusOf(b.id).paused).toBe(true);
  });
});
