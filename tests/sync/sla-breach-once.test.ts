import { expect, it } from 'vitest';
import { checkSla } from '../../electron/services/sla-watch';
import { expectConverged, heal, joinedPair, serverDatabase } from './support';

const server = serverDatabase();

const HOUR = 3_600_000;

it('records an SLA breach once for the desk when every workstation’s watch sees it', async () => {
  const [a, b] = await joinedPair(server.url);
  const logged = a.newCase(a.customer('超时客户').id, '无人回复的 A 级案例', { severity: 'A' });
  await heal([a, b]);

  // Both watches run while the workstations are apart, hours past every target, at different moments.
  a.tick(10 * HOUR);
  b.tick(10 * HOUR + 17 * 60_000);
  checkSla(a.desk.background);
  checkSla(b.desk.background);
  const breachesOf = (s: typeof a) =>
    s.call('cases.get', { id: logged.id }).events.filter((e) => e.kind === 'sla_breached');
  expect(breachesOf(a).length).toBeGreaterThan(0);
  expect(breachesOf(b).map((e) => e.id)).toEqual(breachesOf(a).map((e) => e.id));

  await heal([a, b]);
  expect(breachesOf(a)).toEqual(breachesOf(b));
  expect(new Set(breachesOf(a).map((e) => e.id)).size).toBe(breachesOf(a).length);
  expectConverged([a, b]);
});
