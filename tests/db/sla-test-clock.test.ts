import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SlaAlerts } from '../../core/sla-alerts';
import { openDesk } from '../../electron/services/desk';
import { checkSla } from '../../electron/services/sla-watch';
import { startHost, type Host } from '../../electron/web/host';
import { advanceBy, testClock } from '../../electron/web/test-clock';
import { tempDbPath, tempDir } from '../helpers/temp-db';

const MIN = 60_000;

async function withHost(
  testRoutes: Record<string, (input: unknown) => unknown> | undefined,
  fn: (host: Host) => Promise<void>,
) {
  const staticDir = path.join(tempDir(), 'renderer');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  const desk = openDesk({ dbPath: tempDbPath(), version: 'test', log: () => {} });
  const host = await startHost({
    dispatch: desk.dispatch,
    staticDir,
    port: 0,
    ...(testRoutes ? { testRoutes } : {}),
  });
  try {
    await fn(host);
  } finally {
    await host.close();
    desk.close();
  }
}

const post = (host: Host, route: string, body: unknown, token: string | null = host.token) =>
  fetch(`http://127.0.0.1:${host.port}${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

describe('the test-only clock endpoint of browser mode', () => {
  it('exists only when the host is started with it, and then only for the token holder', async () => {
    await withHost(undefined, async (host) => {
      const res = await post(host, '/test/clock', { advanceMs: 1 });
      expect(res.status).toBe(405);
    });
    let moved = 0;
    await withHost({ clock: (input) => ({ now: (moved += advanceBy(input)) }) }, async (host) => {
      expect((await post(host, '/test/clock', { advanceMs: 60_000 }, null)).status).toBe(401);
      expect((await post(host, '/test/clock', { advanceMs: 60_000 }, 'wrong')).status).toBe(401);
      expect((await post(host, '/test/other', {})).status).toBe(404);
      expect((await post(host, '/test/clock', { advanceMs: 'soon' })).status).toBe(400);
      const ok = await post(host, '/test/clock', { advanceMs: 60_000 });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ now: 60_000 });
      expect(moved).toBe(60_000);
    });
  });

  it('moves the services’ clock, so that a check raises the warnings due by then', () => {
    const clock = testClock('2026-03-02T09:00:00+08:00');
    const desk = openDesk({ dbPath: tempDbPath(), version: 'test', now: clock.now });
    try {
      const customer = desk.dispatch('customers.create', { name: '上海明远' });
      if (!customer.ok) throw new Error('customer');
      desk.dispatch('cases.create', {
        customer: { id: (customer.value as { id: string }).id },
        title: '邮件中断',
        supportArea: 'performance_availability',
        service: 'office365',
        severity: 'A',
        channel: 'phone',
      });
      expect(checkSla(desk.ctx).raised).toEqual([]);
      clock.advance(61 * MIN);
      expect(checkSla(desk.ctx).raised.map((a) => a.offsetMin)).toEqual([60]);
      const list = desk.dispatch('slaAlerts.list', {});
      expect(list.ok && (list.value as SlaAlerts).at).toBeGreaterThanOrEqual(clock.now() - 1_000);
    } finally {
      desk.close();
    }
  });
});
