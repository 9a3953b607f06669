import { describe, expect, it } from 'vitest';
import { cst, dailyReport, MINUTE, MON, openFixtureDesk, TUE } from './lead-report-fixtures';

/** Fixtures with known answers: two agents over Monday and Tuesday in UTC+8. */
function arrange() {
  const t = openFixtureDesk();
  const wang = t.agent('王芳');
  const liu = t.agent('刘强');
  const c1 = t.caseAt(cst(MON, '09:00'), { severity: 'A' });
  const c2 = t.caseAt(cst(MON, '10:00'));
  const c3 = t.caseAt(cst(TUE, '23:30'));
  // Wang: replies twice on case 1 (first response met) and once on case 2 on Monday, a note on case 1 on
  // Tuesday. Liu: case 2 assigned to him by Wang on Monday, his call on case 3 late on Tuesday night
  // (local; Tuesday 15:40 UTC), after its first-response target ran out.
  t.event(c1, cst(MON, '09:20'), 'reply', {}, wang);
  t.event(c1, cst(MON, '11:00'), 'reply', {}, wang);
  t.event(c2, cst(MON, '10:05'), 'reply', {}, wang);
  t.event(c2, cst(MON, '10:06'), 'assigned', { from: null, to: { id: liu, name: '刘强' } }, wang);
  t.event(c1, cst(TUE, '08:00'), 'note', {}, wang);
  t.event(c3, cst(TUE, '23:40'), 'call', {}, liu);
  t.event(c3, cst(TUE, '23:50'), 'sla_breached', {}, liu);
  t.outcome(c1, 'firstResponse', {
    severity: 'A',
    outcome: 'met',
    startedAt: cst(MON, '09:00'),
    dueAt: cst(MON, '10:00'),
    at: cst(MON, '09:20'),
  });
  t.outcome(c2, 'firstResponse', {
    outcome: 'met',
    startedAt: cst(MON, '10:00'),
    dueAt: cst(MON, '14:00'),
    at: cst(MON, '10:05'),
  });
  t.outcome(c3, 'firstResponse', {
    outcome: 'breached',
    startedAt: cst(TUE, '23:30'),
    dueAt: cst(TUE, '23:35'),
  });
  // Handovers: Wang gives two (one read back by Liu in 10 min, one superseded); Liu gives three, read back
  // by Wang in 20, 40 and 90 minutes (median 40, average 50).
  t.handover(wang, cst(MON, '15:50'), 'acknowledged', { by: liu, at: cst(MON, '16:00') });
  t.handover(wang, cst(TUE, '15:00'), 'superseded');
  t.handover(liu, cst(MON, '05:40'), 'acknowledged', { by: wang, at: cst(MON, '06:00') });
  t.handover(liu, cst(TUE, '05:00'), 'acknowledged', { by: wang, at: cst(TUE, '05:40') });
  t.handover(liu, cst(TUE, '06:00'), 'acknowledged', { by: wang, at: cst(TUE, '07:30') });
  return { t, wang, liu };
}

const report = dailyReport('leadReports.agents');

const pick = (r: ReturnType<typeof report>['totals'], name: string) => r.find((a) => a.agentName === name)!;

describe('the agents report', () => {
  it('counts each agent’s cases, replies, first responses and handovers per local day and in all', () => {
    const { t } = arrange();
    const r = report(t);
    const [mon, tue] = r.periods;
    expect(pick(mon!.agents, '王芳')).toMatchObject({
      casesHandled: 2,
      replies: 3,
      firstResponses: 2,
      firstResponsesMet: 2,
      handoversGiven: 1,
      handoversGivenAcknowledged: 1,
      readBacks: 1,
      medianReadBackMs: 20 * MINUTE,
      averageReadBackMs: 20 * MINUTE,
    });
    expect(pick(mon!.agents, '刘强')).toMatchObject({ casesHandled: 1, replies: 0, readBacks: 1 });
    expect(pick(tue!.agents, '刘强')).toMatchObject({
      casesHandled: 1,
      firstResponses: 1,
      firstResponsesMet: 0,
    });
    // Over the whole range: a case acted on both days counts once; the median is of all three read-backs.
    expect(pick(r.totals, '王芳')).toMatchObject({
      casesHandled: 2,
      replies: 3,
      handoversGiven: 2,
      handoversGivenAcknowledged: 1,
      readBacks: 3,
      medianReadBackMs: 40 * MINUTE,
      averageReadBackMs: 50 * MINUTE,
    });
    expect(pick(r.totals, '刘强')).toMatchObject({
      casesHandled: 2,
      firstResponses: 1,
      firstResponsesMet: 0,
      handoversGiven: 3,
      handoversGivenAcknowledged: 3,
      readBacks: 1,
      medianReadBackMs: 10 * MINUTE,
    });
  });

  it('takes the median of an even number of read-backs as the mean of the middle two', () => {
    const { t } = arrange();
    const r = report(t);
    expect(pick(r.periods[1]!.agents, '王芳')).toMatchObject({ readBacks: 2, medianReadBackMs: 65 * MINUTE });
  });

  it('shows one agent with the agent filter, and case filters keep only those cases', () => {
    const { t, liu } = arrange();
    expect(report(t, { agentId: liu }).totals.map((a) => a.agentName)).toEqual(['刘强']);
    const severityA = pick(report(t, { severities: ['A'] }).totals, '王芳');
    // Case filters cut the case work; handovers belong to no case and stay.
    expect(severityA).toMatchObject({ casesHandled: 1, replies: 2, firstResponses: 1, handoversGiven: 2 });
  });
});
