import type { TFunction } from 'i18next';
import type { CaseEventOf } from '../../../core/cases';

type EscalationEvent = CaseEventOf<'escalation_submitted' | 'escalation_updated'>;

/** The timeline's line for a hand-off to 21Vianet (the case feature's describeEvent delegates here). */
export function describeEscalationEvent(t: TFunction, event: EscalationEvent): string {
  if (event.kind === 'escalation_submitted') {
    const p = event.payload;
    return t('escalationEvents.submitted', {
      number: p.requestNumber,
      severity: t(`severities.${p.vianetSeverity}`),
      contact: p.vianetContact,
    });
  }
  const p = event.payload;
  const line = t('escalationEvents.updated', {
    number: p.requestNumber,
    status: t(`handoff.statuses.${p.to}`),
  });
  return withNote(t, line, p.note);
}

/** An update's line, with the note the agent gave, if any: the same for both kinds of request. */
export function withNote(t: TFunction, line: string, note: string | undefined): string {
  return note ? t('escalationEvents.withNote', { line, note }) : line;
}
