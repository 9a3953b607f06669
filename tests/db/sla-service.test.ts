import { describe, expect, it } from 'vitest';
import { createCase, changeStatus } from '../../electron/services/cases';
import { addReply } from '../../electron/services/case-events';
import { createCustomer } from '../../electron/services/customers';
import { openDesk } from '../../electron/services/desk';
import { slaForCase, slaForCases } from '../../electron/services/sla';
import { tempDbPath } from '../helpers/temp-db';

describe('SLA clocks read from the timeline', () => {
  it('follow replies, pauses and resolution recorded through the services', () => {
    let clock = Date.UTC(2026, 10, 24, 1, 0);
    const desk = openDesk({ dbPath: tempDbPath(), version: 'test', now: () => clock });
    try {
      const ctx = desk.ctx;
      const customer = createCustomer(ctx, { name: '上海明远贸易有限公司' });
      const make = (severity: 'A' | 'C') =>
        createCase(ctx, {
          customer: { id: customer.id },
          title: '邮件延迟',
          description: '',
          supportArea: 'performance_availability',
          service: 'office365',
          severity,
          channel: 'phone',
        });
      const a = make('A');
      const c = make('C');
      expect(slaForCase(ctx, a.id).firstResponse).toMatchObject({
        state: 'running',
        dueAt: clock + 120 * 60_000,
      });

      clock += 30 * 60_000;
      addReply(ctx, { caseId: a.id, body: '您好，我们正在处理。' });
      clock += 10 * 60_000;
      changeStatus(ctx, { caseId: a.id, from: 'new', to: 'waiting_customer' });
      clock += 60 * 60_000;
      const paused = slaForCase(ctx, a.id);
      expect(paused.firstResponse.state).toBe('met');
      expect(paused.paused).toBe(true);
      expect(paused.nextUpdate).toMatchObject({ state: 'paused', remainingMs: (240 - 10) * 60_000 });

      const both = slaForCases(ctx, [a.id, c.id]);
      expect(both.get(a.id)).toEqual(paused);
      expect(both.get(c.id)!.firstResponse).toMatchObject({ state: 'running', targetMin: 480 });
    } finally {
      desk.close();
    }
  });
});
