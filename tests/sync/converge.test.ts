import { describe, expect, it } from 'vitest';
import { expectConverged, heal, openWorkstation, serverDatabase } from './support';

const server = serverDatabase();

describe('two and three workstations on one desk', () => {
  it('bring their local logs when they join and end with the same log, byte for byte', async () => {
    const a = openWorkstation(server.url, 'A');
    const b = openWorkstation(server.url, 'B');
    const c = openWorkstation(server.url, 'C');
    // Each held a log of its own before the desk existed.
    const before = a.newCase(a.customer('上海明远贸易有限公司').id, '早于加入的案例');
    const { code: codeA } = await a.join();
    const { code: codeB } = await b.join();
    const { code: codeC } = await c.join();
    expect(new Set([codeA, codeB, codeC]).size).toBe(3);

    const custB = b.customer('北京云杉科技');
    const caseB = b.newCase(custB.id, 'Teams 无法加入会议');
    expect(caseB.number).toContain(`-${codeB}-`);
    b.call('cases.addNote', { caseId: caseB.id, body: '已远程协助' });
    b.call('cases.addTag', { caseId: caseB.id, tag: 'teams' });
    await heal([a, b, c]);

    c.call('cases.addReply', { caseId: before.id, body: '请重启客户端后再试' });
    a.call('cases.update', {
      caseId: caseB.id,
      changes: { title: 'Teams 会议加入失败' },
      from: { title: 'Teams 无法加入会议' },
    });
    await heal([a, b, c]);

    expect(b.get(before.id).title).toBe('早于加入的案例');
    expect(c.get(caseB.id).title).toBe('Teams 会议加入失败');
    expect([a, b, c].map((s) => s.waiting())).toEqual([0, 0, 0]);
    expectConverged([a, b, c]);
    expect(a.dump()).toContain('请重启客户端后再试');
  });
});
