import { describe, expect, it } from 'vitest';
import { addNote } from '../../electron/services/case-events';
import { linkCases } from '../../electron/services/case-links';
import { caseDetail } from '../../electron/services/cases';
import { casesSearchInput } from '../../core/case-query';
import { caseSearch } from '../../electron/services/case-list';
import { composeForShift, handoverById, submitHandover } from '../../electron/services/handover';
import { handoverHistory } from '../../electron/services/handover-history';
import { acknowledgeHandover, confirmItem } from '../../electron/services/handover-readback';
import { exportHandoverFile, importHandoverFile } from '../../electron/services/handover-transfer';
import {
  completeInput,
  count,
  handedOverDesk,
  MIN,
  nextCaseNumber,
  openTestDesk,
  seedDesk,
  type TestDesk,
} from './handover-support';

const open = openTestDesk;

const TABLES = [
  'agents',
  'customers',
  'contacts',
  'cases',
  'case_events',
  'handovers',
  'handover_events',
] as const;
const snapshot = (d: TestDesk) =>
  Object.fromEntries(TABLES.map((table) => [table, count(d.ctx, table)])) as Record<
    (typeof TABLES)[number],
    number
  >;

/** Workstation 1: a desk whose customer has a contact, with a note on the A case and a submitted handover. */
const source = () =>
  handedOverDesk('已远程协助，发送连接器证书过期', (src, cases) =>
    src.ctx.db
      .prepare('INSERT INTO contacts (id, customer_id, name, created_at) VALUES (?, ?, ?, ?)')
      .run('01900000-0000-7000-8000-0000000000c1', cases.a.customer.id, '王晓明', src.clock.now),
  );

describe('handing over between workstations', () => {
  it('moves the handover with its cases, customers, contacts and full timelines into a fresh case log', () => {
    const { src, handover, a } = source();
    const file = exportHandoverFile(src.ctx, { id: handover.id });
    expect(file.fileName).toMatch(/^shiftdesk-handover-\d{8}-\d{4}\.sdhandover$/);

    const dst = open(src.clock.now + 60 * MIN);
    const before = snapshot(dst);
    const outcome = importHandoverFile(dst.ctx, { text: file.text });
    expect(outcome).toMatchObject({
      handoverId: handover.id,
      handoverAdded: true,
      cases: { added: 3, updated: 0, unchanged: 0 },
      customers: { added: 1, updated: 0, unchanged: 0 },
      // The handing-over agent is each new log's first agent, who is one agent on every workstation.
      agentsAdded: 0,
      renumbered: [],
    });
    const after = snapshot(dst);
    expect(after.cases - before.cases).toBe(3);
    expect(after.case_events).toBe(count(src.ctx, 'case_events') - 2); // not the resolved case's two events
    expect(after.contacts).toBe(1);

    const moved = caseDetail(dst.ctx, { id: a.id });
    const original = caseDetail(src.ctx, { id: a.id });
    // The same events, each saying that it came in with this import.
    expect(moved.events.map(({ imported: _imported, ...e }) => e)).toEqual(original.events);
    expect(new Set(moved.events.map((e) => e.imported?.importId))).toEqual(new Set([outcome.importId]));
    expect(moved.events[0]!.imported).toMatchObject({
      exportedByName: '值班坐席',
      importedByName: '值班坐席',
      importedAt: dst.clock.now,
    });
    expect(moved).toMatchObject({
      number: original.number,
      title: original.title,
      customer: original.customer,
    });
    expect(handoverById(dst.ctx, { id: handover.id })).toMatchObject({
      document: handover.document,
      createdAt: handover.createdAt,
      fromAgent: handover.fromAgent,
    });
    // The source's agent is both logs' first agent: one agent, who keeps the role this log gave them.
    expect(dst.ctx.db.prepare('SELECT name, role FROM agents WHERE id = ?').get(src.ctx.agentId)).toEqual({
      name: '值班坐席',
      role: 'lead',
    });
    // Its SLA state, which the case list sorts and filters by, is worked out here as there.
    const sla = (d: TestDesk) =>
      d.ctx.db.prepare('SELECT next_due_at AS dueAt, sla_state AS state FROM cases WHERE id = ?').get(a.id);
    expect(sla(dst)).toEqual(sla(src));
    // What came in is searchable like everything else.
    expect(
      caseSearch(dst.ctx, casesSearchInput.parse({ query: '连接器证书', limit: 10 })).items.map((h) => h.id),
    ).toEqual([a.id]);
    expect(handoverHistory(dst.ctx, { query: '空调维修', limit: 10 }).items.map((h) => h.id)).toEqual([
      handover.id,
    ]);
  });

  it('carries the links between the cases it names, once, in their direction', () => {
    const src = open();
    const { a, b } = seedDesk(src.ctx);
    linkCases(src.ctx, { caseId: b.id, otherId: a.id, kind: 'duplicate_of' });
    src.clock.now += MIN;
    const handover = submitHandover(
      src.ctx,
      completeInput(composeForShift(src.ctx), src.ctx.agentId, src.clock.now),
    );
    const file = exportHandoverFile(src.ctx, { id: handover.id });

    const dst = open(src.clock.now + 60 * MIN);
    importHandoverFile(dst.ctx, { text: file.text });
    importHandoverFile(dst.ctx, { text: file.text });
    expect(caseDetail(dst.ctx, { id: b.id }).links).toEqual([
      expect.objectContaining({ otherId: a.id, kind: 'duplicate_of', direction: 'out' }),
    ]);
    expect(caseDetail(dst.ctx, { id: a.id }).links).toEqual([
      expect.objectContaining({ otherId: b.id, kind: 'duplicate_of', direction: 'in' }),
    ]);
    expect(count(dst.ctx, 'case_links')).toBe(1);
  });

  it('changes nothing when the same file is imported again', () => {
    const { src, handover } = source();
    const { text } = exportHandoverFile(src.ctx, { id: handover.id });
    const dst = open();
    importHandoverFile(dst.ctx, { text });
    const before = snapshot(dst);
    const again = importHandoverFile(dst.ctx, { text });
    expect(again).toMatchObject({
      handoverAdded: false,
      cases: { added: 0, updated: 0, unchanged: 3 },
      customers: { added: 0, updated: 0, unchanged: 1 },
      events: { added: 0 },
      agentsAdded: 0,
    });
    expect(snapshot(dst)).toEqual(before);
  });

  it('merges a later export: only new events are added, and the acknowledgement arrives with its event', () => {
    const { src, handover, a } = source();
    const dst = open(src.clock.now + MIN);
    importHandoverFile(dst.ctx, { text: exportHandoverFile(src.ctx, { id: handover.id }).text });
    const eventsBefore = count(dst.ctx, 'case_events');

    const incoming = src.as(src.addAgent('张敏'));
    src.clock.now += 5 * MIN;
    addNote(incoming, { caseId: a.id, body: '接班后已致电客户，等待日志' });
    confirmItem(incoming, { handoverId: handover.id, caseId: a.id });
    acknowledgeHandover(incoming, { handoverId: handover.id });
    dst.clock.now = src.clock.now + MIN;
    const outcome = importHandoverFile(dst.ctx, {
      text: exportHandoverFile(src.ctx, { id: handover.id }).text,
    });

    expect(outcome).toMatchObject({
      handoverAdded: false,
      agentsAdded: 1,
      cases: { updated: 1, unchanged: 2 },
    });
    expect(count(dst.ctx, 'case_events')).toBe(eventsBefore + 1);
    const merged = handoverById(dst.ctx, { id: handover.id });
    expect(merged).toMatchObject({
      status: 'acknowledged',
      toAgent: { name: '张敏' },
      acknowledgedAt: src.clock.now,
    });
    expect(merged.confirmations.map((c) => c.caseId)).toEqual([a.id]);
    expect(merged.events.map((e) => e.kind)).toEqual([
      'submitted',
      'imported',
      'item_confirmed',
      'acknowledged',
      'imported',
    ]);
    expect(caseDetail(dst.ctx, { id: a.id }).events.map((e) => e.id)).toEqual(
      caseDetail(src.ctx, { id: a.id }).events.map((e) => e.id),
    );
  });

  it('refuses a damaged or altered file with a clear reason, and writes nothing', () => {
    const { src, handover } = source();
    const { text } = exportHandoverFile(src.ctx, { id: handover.id });
    const dst = open();
    const before = snapshot(dst);
    const reason = (body: string) => {
      try {
        importHandoverFile(dst.ctx, { text: body });
      } catch (error) {
        return (error as { issues: { message: string }[] }).issues[0]!.message;
      }
      return 'imported';
    };
    expect(reason(text.replace('已远程协助', '未远程协助'))).toBe('handover.file.checksumMismatch');
    expect(reason(text.replace(/"severity": "B"/, '"severity": "A"'))).toBe('handover.file.checksumMismatch');
    expect(reason(text.slice(0, text.length / 2))).toBe('handover.file.notHandoverFile');
    expect(reason('{"format":"something-else"}')).toBe('handover.file.notHandoverFile');
    const newer = JSON.stringify({ ...(JSON.parse(text) as object), version: 99 });
    expect(reason(newer)).toBe('handover.file.tooNew');
    expect(snapshot(dst)).toEqual(before);
    // The seal is over the values, not the layout: the same file re-indented still imports.
    expect(reason(JSON.stringify(JSON.parse(text)))).toBe('imported');
  });

  it('gives a case whose number is taken here the next local number, and keeps numbering clear of imports', () => {
    const { src, handover, a } = source();
    const dst = open();
    const local = seedDesk(dst.ctx); // SD-…-000001..4 exist here too, as other cases
    const outcome = importHandoverFile(dst.ctx, {
      text: exportHandoverFile(src.ctx, { id: handover.id }).text,
    });
    expect(outcome.renumbered.map((r) => [r.from, r.to])).toEqual([
      [a.number, a.number.replace(/\d{6}$/, '000005')],
      [expect.any(String), expect.stringMatching(/000006$/)],
      [expect.any(String), expect.stringMatching(/000007$/)],
    ]);
    // The customer with the same tenant domain is the same customer.
    expect(outcome.customers).toMatchObject({ added: 0 });
    expect(caseDetail(dst.ctx, { id: a.id }).customer.id).toBe(local.a.customer.id);
    expect(nextCaseNumber(dst.ctx)).toMatch(/000008$/);
  });
});
