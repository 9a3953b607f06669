import type { ParsedInputOf } from '../../core/api';
import type { CaseEvent, CaseEventKind, CaseEventOf, caseEventsOperations } from '../../core/cases';
import { movesClocks } from '../../core/sla';
import { uuidv7 } from '../../db/ids';
import { getAgent } from '../../db/queries/agents';
import { getCaseRow, touchCase, type CaseRow } from '../../db/queries/cases';
import { appendEvent, getEvent, lastNoteEdit } from '../../db/queries/events';
import type { ServiceContext } from './context';
import { refreshSla } from './sla';
import { conflict, invalidField, notFound, orNotFound } from './errors';
import type { Handlers } from './handlers';

/**
 * Appends one timeline event by the context's agent and marks the case updated. Call it inside the
 * transaction that makes the change it records, so that the change and its history commit together.
 */
export function recordEvent<K extends CaseEventKind>(
  ctx: ServiceContext,
  caseId: string,
  kind: K,
  payload: CaseEventOf<K>['payload'],
  at: number = ctx.now(),
): CaseEventOf<K> {
  const event = { id: uuidv7(at), caseId, agentId: ctx.agentId, at, kind, payload };
  appendEvent(ctx.db, event);
  touchCase(ctx.db, caseId, at);
  // Keeps the case's due time, SLA state and breach record current (cases.next_due_at, sla_outcomes).
  if (movesClocks(kind, payload)) refreshSla(ctx, caseId, { kind, at });
  return { ...event, agentName: getAgent(ctx.db, ctx.agentId)?.name ?? '' } as CaseEvent as CaseEventOf<K>;
}

/** Runs `change` on an existing case in one write transaction (taken up front: no upgrade deadlock). */
export function changeCase<T>(ctx: ServiceContext, caseId: string, change: (row: CaseRow) => T): T {
  return ctx.db
    .transaction(() => {
      const row = orNotFound(getCaseRow(ctx.db, caseId), 'case', caseId);
      return change(row);
    })
    .immediate();
}

export function addNote(ctx: ServiceContext, input: ParsedInputOf<'cases.addNote'>): CaseEventOf<'note'> {
  return changeCase(ctx, input.caseId, () => recordEvent(ctx, input.caseId, 'note', { body: input.body }));
}

/** A reply sent to the customer, kept apart from internal notes. */
export function addReply(ctx: ServiceContext, input: ParsedInputOf<'cases.addReply'>): CaseEventOf<'reply'> {
  const payload = input.article ? { body: input.body, article: input.article } : { body: input.body };
  return changeCase(ctx, input.caseId, () => recordEvent(ctx, input.caseId, 'reply', payload));
}

export function logCall(ctx: ServiceContext, input: ParsedInputOf<'cases.logCall'>): CaseEventOf<'call'> {
  const { direction, minutes, body } = input;
  return changeCase(ctx, input.caseId, () =>
    recordEvent(ctx, input.caseId, 'call', { direction, minutes, body }),
  );
}

/**
 * A new version of an internal note. The note's event stays as written; the edit is its own event, so
 * every earlier text remains in the history, and search (trigger events_text_edit) finds the new one.
 */
export function editNote(
  ctx: ServiceContext,
  input: ParsedInputOf<'cases.editNote'>,
): CaseEventOf<'note_edited'> {
  return changeCase(ctx, input.caseId, () => {
    const note = getEvent(ctx.db, input.noteId);
    if (!note || note.caseId !== input.caseId || note.kind !== 'note') throw notFound('note', input.noteId);
    const current = lastNoteEdit(ctx.db, input.caseId, note.id) ?? (note.payload as { body: string }).body;
    if (current !== input.from) throw conflict(`note ${note.id} was edited meanwhile`);
    if (current === input.body) throw invalidField('body', 'validation.invalid', 'the text did not change');
    return recordEvent(ctx, input.caseId, 'note_edited', { noteId: note.id, body: input.body });
  });
}

/** The operations of core/cases.ts (`caseEventsOperations`), bound to the functions above. */
export const caseEventsHandlers: Handlers<typeof caseEventsOperations> = {
  'cases.addNote': addNote,
  'cases.addReply': addReply,
  'cases.logCall': logCall,
  'cases.editNote': editNote,
};
