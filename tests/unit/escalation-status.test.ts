import { describe, expect, it } from 'vitest';
import {
  allowedEscalationSeverities,
  allowedUpdates,
  canUpdate,
  HANDOFF_STATUSES,
  isOpenHandoff,
  isWaitingOn21v,
} from '../../core/escalation-status';

describe('the life of a hand-off', () => {
  it('moves forward only, and ends at closed or withdrawn', () => {
    expect(allowedUpdates('draft')).toEqual([]);
    expect(allowedUpdates('submitted')).toEqual(['contacted', 'solution_given', 'closed', 'withdrawn']);
    expect(allowedUpdates('solution_given')).toEqual(['contacted', 'closed']);
    expect(allowedUpdates('closed')).toEqual([]);
    expect(allowedUpdates('withdrawn')).toEqual([]);
    expect(canUpdate('contacted', 'submitted')).toBe(false);
    expect(canUpdate('submitted', 'draft')).toBe(false);
    expect(canUpdate('contacted', 'withdrawn')).toBe(true);
  });

  it('knows which statuses are open and which wait on 21Vianet', () => {
    expect(HANDOFF_STATUSES.filter(isOpenHandoff)).toEqual([
      'draft',
      'submitted',
      'contacted',
      'solution_given',
    ]);
    expect(HANDOFF_STATUSES.filter(isWaitingOn21v)).toEqual(['submitted', 'contacted']);
  });

  it('offers severity A only with a premium agreement', () => {
    expect(allowedEscalationSeverities(true)).toEqual(['A', 'B', 'C']);
    expect(allowedEscalationSeverities(false)).toEqual(['B', 'C']);
  });
});
