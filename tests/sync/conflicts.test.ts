import { describe, expect, it } from 'vitest';
import { expectConverged, heal, joinedPair, serverDatabase, type Workstation } from './support';

const server = serverDatabase();

/** Two joined workstations that share one customer and one case, then go offline. */
async function pair() {
  const [a, b] = await joinedPair(server.url);
  const customer = a.customer('冲突测试客户');
  const shared = a.newCase(customer.id, '共同处理的案例');
  await heal([a, b]);
  return { a, b, customer, shared };
}

/** The clock of the workstation's last captured title change. */
const titleClock = (s: Workstation) =>
  s.desk.db
    .prepare(
      `SELECT hlc FROM sync_outbox WHERE tbl = 'cases' AND json_extract(data, '$.title') IS NOT NULL ORDER BY seq DESC`,
    )
    .pluck()
    .get() as string;

const conflicts = (s: Workstation, tbl: string) =>
  s.desk.db
    .prepare('SELECT kind, column_name AS col, lost_value AS lost FROM sync_conflicts WHERE tbl = ?')
    .all(tbl) as {
    kind: string;
    col: string | null;
    lost: string | null;
  }[];

describe('conflicts converge, nothing is lost', () => {
  it('a field edited on two offline workstations settles to the later clock on both; the loser is kept', async () => {
    const { a, b, shared } = await pair();
    a.call('cases.update', {
      caseId: shared.id,
      changes: { title: 'A 的标题' },
      from: { title: shared.title },
    });
    b.call('cases.update', {
      caseId: shared.id,
      changes: { title: 'B 的标题' },
      from: { title: shared.title },
    });
    const [clockA, clockB] = [a, b].map(titleClock);
    await heal([a, b]);
    expectConverged([a, b]);
    // The later clock stands everywhere (ties go to the workstation id, inside the clock's text).
    const [winner, loser, lost] = clockA! > clockB! ? [a, b, 'B 的标题'] : [b, a, 'A 的标题'];
    expect(loser.get(shared.id).title).toBe(clockA! > clockB! ? 'A 的标题' : 'B 的标题');
    // The losing value is in the history: both edits are on the timeline, and the settlement noted it.
    for (const s of [a, b]) {
      const edits = s.desk.db
        .prepare(`SELECT count(*) FROM case_events WHERE case_id = ? AND kind = 'field_changed'`)
        .pluck()
        .get(shared.id);
      expect(edits).toBe(2);
    }
    expect(conflicts(winner, 'cases')).toContainEqual({
      kind: 'field_lost',
      col: 'title',
      lost: JSON.stringify(lost),
    });
  });

  it('a case closed on one and replied to on the other keeps both, in time order', async () => {
    const { a, b, shared } = await pair();
    a.call('cases.changeStatus', { caseId: shared.id, from: 'new', to: 'resolved' });
    a.call('cases.changeStatus', { caseId: shared.id, from: 'resolved', to: 'closed' });
    b.call('cases.addReply', { caseId: shared.id, body: '离线时的回复' });
    await heal([a, b]);
    expectConverged([a, b]);
    const kinds = b.call('cases.get', { id: shared.id });
    expect(kinds.status).toBe('closed');
    const timeline = b.desk.db
      .prepare('SELECT kind FROM case_events WHERE case_id = ? ORDER BY at, id')
      .pluck()
      .all(shared.id);
    expect(timeline).toEqual(
      expect.arrayContaining(['created', 'status_changed', 'status_changed', 'reply']),
    );
  });

  it('a contact removed on one and edited on the other stays removed, and the edit is shown as a conflict', async () => {
    const { a, b, customer } = await pair();
    const detail = a.call('contacts.add', { customerId: customer.id, name: '王经理', phone: '13800000000' });
    const contact = detail.contacts[0]!;
    await heal([a, b]);
    a.call('contacts.remove', { id: contact.id });
    b.call('contacts.update', { id: contact.id, name: '王总', phone: '13800000000' });
    await heal([a, b]);
    expectConverged([a, b]);
    expect(a.count('contacts')).toBe(0);
    expect(b.count('contacts')).toBe(0);
    expect(conflicts(a, 'contacts')).toContainEqual(expect.objectContaining({ kind: 'edit_of_removed' }));
  });

  it('two cases created offline at once get distinct numbers, each with its workstation code', async () => {
    const { a, b, customer } = await pair();
    const one = a.newCase(customer.id, 'A 离线新建');
    const two = b.newCase(customer.id, 'B 离线新建');
    await heal([a, b]);
    expectConverged([a, b]);
    expect(one.number).not.toBe(two.number);
    expect(a.get(two.id).number).toBe(two.number);
    expect(b.get(one.id).number).toBe(one.number);
  });
});
