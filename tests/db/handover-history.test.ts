import { afterEach, describe, expect, it } from 'vitest';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../core/case-query';
import { composeForShift, submitHandover } from '../../electron/services/handover';
import { exportHandoverPdf, handoverHistory } from '../../electron/services/handover-history';
import { acknowledgeHandover, confirmItem } from '../../electron/services/handover-readback';
import { completeInput, HOUR, seedDesk, testDesk, type TestDesk } from './handover-support';

let t: TestDesk;
afterEach(() => t?.close());

/** Three shifts' handovers: night (notes about the data centre), day (about a certificate), evening. */
function threeShifts() {
  t = testDesk();
  const { a } = seedDesk(t.ctx);
  const night = t.as(t.addAgent('李娜'));
  const day = t.as(t.addAgent('张敏'));
  const notes = [
    '机房空调维修，电话可能中断',
    'SSL 证书将于周五到期，已通知客户 IT',
    'Outlook password prompts keep coming back',
  ];
  const ids: string[] = [];
  [night, day, t.ctx].forEach((ctx, n) => {
    t.clock.now += 8 * HOUR;
    const input = completeInput(composeForShift(ctx), ctx.agentId, t.clock.now, { notes: notes[n]! });
    ids.push(submitHandover(ctx, input).id);
  });
  confirmItem(day, { handoverId: ids[0]!, caseId: a.id });
  acknowledgeHandover(day, { handoverId: ids[0]! });
  return { ids, night, day };
}

const query = (q: string, limit = 50) => handoverHistory(t.ctx, { query: q, limit });

describe('handover history', () => {
  it('lists past handovers newest first, with who handed over to whom and when', () => {
    const { ids, night, day } = threeShifts();
    const page = query('');
    expect(page.items.map((h) => h.id)).toEqual([...ids].reverse());
    expect(page.items[2]).toMatchObject({
      fromAgent: { id: night.agentId, name: '李娜' },
      toAgent: { id: day.agentId, name: '张敏' },
      status: 'acknowledged',
      caseCount: 3,
      severityACount: 1,
      snippet: null,
    });
    expect(page.items[2]!.acknowledgedAt).toBeGreaterThan(page.items[2]!.createdAt);
    expect(page.items[0]).toMatchObject({ toAgent: null, acknowledgedAt: null, status: 'pending' });
  });

  it('pages by time with a cursor', () => {
    const { ids } = threeShifts();
    const first = handoverHistory(t.ctx, { query: '', limit: 2 });
    expect(first.items.map((h) => h.id)).toEqual([ids[2], ids[1]]);
    const second = handoverHistory(t.ctx, { query: '', limit: 2, before: first.next! });
    expect(second.items.map((h) => h.id)).toEqual([ids[0]]);
    expect(second.next).toBeNull();
  });

  it('finds Chinese by any three characters, through its index, with the match marked', () => {
    const { ids } = threeShifts();
    const found = query('空调维修');
    expect(found.items.map((h) => h.id)).toEqual([ids[0]]);
    expect(found.items[0]!.snippet).toContain(`${SNIPPET_OPEN}空调维修${SNIPPET_CLOSE}`);
    expect(query('证书将于').items.map((h) => h.id)).toEqual([ids[1]]);
    // Every case's number, plans and customer are searchable, so all three match a case number.
    expect(query('SD-2026').items).toHaveLength(3);
    expect(query('客户未回电').items).toHaveLength(3);
  });

  it('reads the query language of case search: phrases, exclusions and OR', () => {
    const { ids } = threeShifts();
    expect(query('"机房空调"').items.map((h) => h.id)).toEqual([ids[0]]);
    expect(query('"空调机房"').items).toEqual([]);
    expect(query('SD-2026 -机房').items.map((h) => h.id)).toEqual([ids[2], ids[1]]);
    expect(query('机房 OR SSL').items.map((h) => h.id)).toEqual([ids[1], ids[0]]);
    expect(query('-SD-2026').items).toEqual([]);
  });

  it('finds one- and two-character words too, and English words, combined with AND', () => {
    const { ids } = threeShifts();
    expect(query('机房').items.map((h) => h.id)).toEqual([ids[0]]);
    expect(query('机房').items[0]!.snippet).toContain(`${SNIPPET_OPEN}机房${SNIPPET_CLOSE}`);
    expect(query('SSL').items.map((h) => h.id)).toEqual([ids[1]]);
    expect(query('password Outlook').items.map((h) => h.id)).toEqual([ids[2]]);
    expect(query('password 机房').items).toEqual([]);
    expect(query('张敏').items.map((h) => h.id)).toEqual([ids[1]]);
    expect(query('没有这样的内容').items).toEqual([]);
  });

  it('starts a PDF only where the app can print one', async () => {
    const { ids } = threeShifts();
    expect(exportHandoverPdf(t.ctx, { id: ids[0]! })).toEqual({ started: false });
    const asked: string[] = [];
    const printing = {
      ...t.ctx,
      platform: {
        printToPdf: (r: { suggestedName: string }) => (asked.push(r.suggestedName), Promise.resolve(null)),
      },
    };
    expect(exportHandoverPdf(printing, { id: ids[0]! })).toEqual({ started: true });
    expect(asked).toEqual([expect.stringMatching(/^shiftdesk-handover-\d{8}-\d{4}\.pdf$/)]);
    expect(() => exportHandoverPdf(printing, { id: '01900000-0000-7000-8000-000000000000' })).toThrow(
      /not found/,
    );
  });
});
