import { expect, it } from 'vitest';
import { dayStart } from '../../core/local-time';
import { HOUR } from '../../core/time';
import { expectConverged, heal, joinedPair, serverDatabase } from './support';

const server = serverDatabase();

it('a change of the weekly pattern reaches the other workstation with its record, for its reports', async () => {
  const [a, b] = await joinedPair(server.url, { healed: true });
  const lead = a.call('agents.list', { includeInactive: false })[0]!.id;
  // The test clock is in January 2026: the shift stands from then on, the report is on a later week.
  a.call('roster.addShift', { weekday: 1, start: '08:00', end: '16:00', agentId: lead });
  await heal([a, b]);
  const from = dayStart('2026-03-02', 480);
  const coverage = b.call('leadReports.coverage', {
    from,
    to: from + 7 * 24 * HOUR,
    granularity: 'day',
    utcOffsetMin: 480,
    filters: {},
  });
  expect([coverage.hours[8]!.rostered, coverage.hours[16]!.rostered]).toEqual([1, 0]);
  expect(b.desk.db.prepare('SELECT count(*) FROM roster_pattern_records').pluck().get()).toBe(1);
  expectConverged([a, b]);
});
