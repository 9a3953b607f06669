import { describe, expect, it } from 'vitest';
import type { DesktopNotice } from '../../core/shell-commands';
import { casesToCheck } from '../../db/queries/sla';
import { quitDecision } from '../../electron/desktop/close-or-quit';
import { trayBadge, trayLevel } from '../../electron/desktop/tray';
import { startSlaWatch } from '../../electron/services/sla-watch';
import { openTestDesk } from './case-support';

const MIN = 60_000;

describe("the desk's state for the tray, the badge and quitting", () => {
  it('follows a case from a running clock to one due within the hour to a breach', () => {
    const t = openTestDesk();
    const quiet = t.call('desktop.status', {});
    expect(quiet).toMatchObject({
      runningClocks: 0,
      dueWithinHour: 0,
      breached: 0,
      nextClocks: [],
      sync: 'off',
    });
    expect(trayLevel({ status: quiet, online: true })).toBe('normal');
    expect(quitDecision(quiet)).toBe('quit');

    const c = t.newCase(t.customer().id, '康拓：邮件无法发送', { severity: 'A' });
    const running = t.call('desktop.status', {});
    expect(running).toMatchObject({ runningClocks: 1, dueWithinHour: 0 });
    expect(quitDecision(running)).toBe('confirm');

    t.tick(61 * MIN); // A: first response in 2 h, now due within the hour
    const due = t.call('desktop.status', {});
    expect(due.dueWithinHour).toBe(1);
    expect(due.nextClocks.map((k) => [k.number, k.clock])).toEqual([[c.number, 'firstResponse']]);
    expect(trayLevel({ status: due, online: true })).toBe('warning');
    expect(trayBadge(due)).toBe(1);

    t.tick(60 * MIN);
    t.call('sla.check', {});
    const breached = t.call('desktop.status', {});
    expect(breached.breached).toBe(1);
    expect(breached.unreadAlerts).toBeGreaterThan(0);
    expect(trayLevel({ status: breached, online: true })).toBe('breached');
  });

  it('finds the case a link names, in any letter case, and nothing for a number it does not have', () => {
    const t = openTestDesk();
    const c = t.newCase(t.customer().id);
    expect(t.call('desktop.caseByNumber', { number: c.number })).toEqual({ caseId: c.id });
    expect(t.call('desktop.caseByNumber', { number: c.number.toLowerCase() })).toEqual({ caseId: c.id });
    expect(t.call('desktop.caseByNumber', { number: 'SD-2026-999999' })).toEqual({ caseId: null });
    expect(t.call('desktop.caseByNumber', { number: "' OR 1=1 --" })).toEqual({ caseId: null });
    expect(t.fail('desktop.caseByNumber', { number: 'x'.repeat(65) }).code).toBe('VALIDATION');
  });
});

describe('the SLA watch catching up after downtime', () => {
  it('tells of the whole backlog in one notification, which opens the Now page', async () => {
    const notified: DesktopNotice[] = [];
    const t = openTestDesk({ platform: { notify: (notice) => notified.push(notice) } });
    const customer = t.customer();
    for (let i = 0; i < 7; i++) t.newCase(customer.id, `案例 ${i}`, { severity: 'A' });
    t.tick(3 * 60 * MIN);
    const watch = startSlaWatch(t.desk.background, { chunk: 2 });
    try {
      const deadline = Date.now() + 20_000;
      while (casesToCheck(t.desk.db, t.desk.ctx.now()).length > 0) {
        if (Date.now() > deadline) throw new Error('the backlog was not worked off');
        await new Promise((resolve) => setImmediate(resolve));
      }
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      watch.stop();
    }
    expect(notified).toHaveLength(1);
    expect(notified[0]!.open).toEqual({ kind: 'go', page: 'now' });
    expect(notified[0]!.title).toMatch(/^\d+ 条新的 SLA 提醒$/);
  });

  it("a single case's alert opens that case", () => {
    const notified: DesktopNotice[] = [];
    const t = openTestDesk({ platform: { notify: (notice) => notified.push(notice) } });
    const c = t.newCase(t.customer().id, '单个案例', { severity: 'A' });
    t.tick(61 * MIN);
    t.call('sla.check', {});
    expect(notified.map((n) => n.open)).toEqual([{ kind: 'openCase', caseId: c.id }]);
  });
});
