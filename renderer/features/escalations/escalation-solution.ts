import type { CaseEvent } from '../../../core/cases';
import type { Escalation } from '../../../core/escalations';

/** 21Vianet's solution as the agent recorded it (the note of the latest move to solution_given), or null. */
export function solutionOf(events: readonly CaseEvent[], escalationId: string): string | null {
  let solution: string | null = null;
  for (const e of events) {
    if (e.kind !== 'escalation_updated' || e.payload.escalationId !== escalationId) continue;
    if (e.payload.to === 'solution_given' && e.payload.note) solution = e.payload.note;
  }
  return solution;
}

/** Escalated for missing documentation, and solved by 21Vianet: what the desk should write down. */
export const wantsArticle = (e: Escalation, solution: string | null): solution is string =>
  solution !== null && e.reasons.some((r) => r.reason === 'documentation');
