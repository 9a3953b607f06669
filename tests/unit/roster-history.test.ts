import { describe, expect, it } from 'vitest';
import { dayStart, parseHhmm } from '../../core/local-time';
import { shiftsBetween, type PatternShift, type RosterPlan } from '../../core/roster';
import { MINUTE } from '../../core/time';

const CST = 480;
const at = (date: string, hhmm: string) => dayStart(date, CST) + parseHhmm(hhmm)! * MINUTE;
const shift = (id: string, start: string, end: string, agentId: string): PatternShift => ({
  id,
  weekday: 1,
  start,
  end,
  agentId,
});
const MON = '2026-03-02';

describe('shifts from the pattern in force when they start', () => {
  const early = shift('p1', '08:00', '16:00', 'wang');
  const late = shift('p2', '12:00', '20:00', 'wang');
  const night = shift('p3', '22:00', '06:00', 'liu');
  const plan = (history: RosterPlan['history']): RosterPlan => ({
    pattern: [late],
    exceptions: [],
    utcOffsetMinutes: CST,
    history,
  });
  const worked = (p: RosterPlan) =>
    shiftsBetween(p, at(MON, '00:00'), at('2026-03-03', '00:00')).map((s) => s.ruleId);

  it('keeps a shift that began before a change of the pattern that day, and starts the new ones after it', () => {
    // Changed at 10:00: the 08:00 shift had begun; the 12:00 and 22:00 shifts start under the new pattern.
    const history = [
      { at: 0, pattern: [early] },
      { at: at(MON, '10:00'), pattern: [late, night] },
    ];
    expect(worked(plan(history))).toEqual(['p1', 'p2', 'p3']);
  });

  it('rosters nothing before the first record, and the pattern as it stands without any', () => {
    expect(worked(plan([{ at: at(MON, '21:00'), pattern: [early, night] }]))).toEqual(['p3']);
    expect(worked(plan(undefined))).toEqual(['p2']);
    expect(worked(plan([]))).toEqual(['p2']);
  });
});
