import { describe, expect, it } from 'vitest';
import { fillDemoDesk, fillDemoDeskAtStart } from '../../electron/services/demo';
import { tabTerminal } from '../../electron/services/terminals';
import { openTestDesk } from './case-support';

describe('the demo desk', () => {
  it('fills an empty desk once: a team on a 24x7 roster with a gap, cases, and escalations with numbers', () => {
    const t = openTestDesk();
    expect(fillDemoDesk(t.desk.ctx)).toBe(320);
    expect(t.count('cases')).toBe(320);

    const agents = t.call('agents.list', {});
    expect(agents).toHaveLength(4);
    expect(agents.filter((a) => a.role === 'lead')).toHaveLength(1);
    const roster = t.call('roster.get', {});
    expect(roster.pattern).toHaveLength(20);
    expect(roster.exceptions.map((e) => e.kind)).toEqual(['leave']);
    const coverage = t.call('roster.coverage', {});
    expect(coverage.gaps.length).toBeGreaterThan(0);

    const escalations = t.call('escalations.list', { filter: 'all' });
    expect(escalations.length).toBeGreaterThan(0);
    expect(new Set(escalations.map((e) => e.agentId)).size).toBeGreaterThan(1);
    for (const e of escalations) {
      expect(e.requestNumber).toMatch(/^2611\d{8}$/);
      expect(e.reasons).toHaveLength(1);
    }
    const waiting = t.call('cases.list', {
      filters: { statuses: ['waiting_21v'] },
      sort: 'updated',
      dir: 'desc',
      limit: 200,
    });
    expect(waiting.items.length).toBeGreaterThan(0);
    for (const c of waiting.items) expect(c.requestNumber).not.toBeNull();

    expect(fillDemoDesk(t.desk.ctx)).toBe(0);
    expect(t.count('cases')).toBe(320);
    expect(t.call('agents.list', {})).toHaveLength(4);
  });

  it('opens with the lead on duty in the first tab, as a fresh desk does', () => {
    const t = openTestDesk();
    expect(fillDemoDeskAtStart(t.desk)).toBe(320);
    const first = t.desk.contextAt(tabTerminal('first'));
    expect(first.signedIn).toBe(true);
    const lead = t.call('agents.list', {}).find((a) => a.role === 'lead')!;
    expect(first.agentId).toBe(lead.id);
    expect(t.desk.contextAt(tabTerminal('second')).signedIn).toBe(false);
  });
});
