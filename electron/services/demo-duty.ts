import { listAgentProfiles } from '../../db/queries/agents';
import { createAgent } from './agents';
import type { ServiceContext } from './context';
import { listPattern } from '../../db/queries/roster';
import { recordPattern } from '../../db/queries/roster-history';
import { addException, addShift } from './roster';

// The demo desk's team and a 24x7 roster of three eight-hour shifts, with one night left uncovered and one
// agent on leave, so that the coverage view and the no-one-rostered warning have something to show.
const TEAM = [
  { name: '李娜', role: 'agent', languages: ['zh-CN', 'en'] },
  { name: '张伟', role: 'agent', languages: ['zh-CN'] },
  { name: 'Chen Jie', role: 'agent', languages: ['en', 'zh-CN'] },
] as const;

const SHIFTS = [
  { start: '08:00', end: '16:00' },
  { start: '16:00', end: '00:00' },
  { start: '00:00', end: '08:00' },
] as const;

/**
 * Adds the team and the roster to a desk whose only agent is the workstation's first; returns the team's ids
 * (none when the desk already had a team).
 */
export function fillDemoDuty(ctx: ServiceContext, today: string): string[] {
  const existing = listAgentProfiles(ctx.db, true);
  if (existing.length !== 1) return [];
  const lead = existing[0]!;
  const team = [lead.id, ...TEAM.map((a) => createAgent(ctx, { ...a, languages: [...a.languages] }).id)];
  for (let weekday = 1; weekday <= 7; weekday++) {
    SHIFTS.forEach((shift, i) => {
      // Sunday night is nobody's: a gap the lead still has to fill.
      if (weekday === 7 && i === 2) return;
      addShift(ctx, { weekday, ...shift, agentId: team[(weekday + i) % team.length]! });
    });
  }
  // The demo's roster has stood as it is since before the shift history the demo writes.
  recordPattern(ctx.db, 0, listPattern(ctx.db));
  addException(ctx, { kind: 'leave', agentId: team[2]!, fromDate: today, toDate: today, note: '年假' });
  return team;
}
