import type { ParsedInputOf } from '../../core/api';
import type { DraftDiscarded, DraftFound, DraftSaved, draftsOperations } from '../../core/drafts';
import { deleteDraft, getDraft, upsertDraft } from '../../db/queries/drafts';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';

// Drafts are the agent's own: the stored key is the agent's id and the UI's key, so two agents sharing a
// workstation never see (or overwrite) each other's unsaved text.
const storedKey = (ctx: ServiceContext, key: string) => `${ctx.agentId}/${key}`;

export function findDraft(ctx: ServiceContext, input: ParsedInputOf<'drafts.get'>): DraftFound {
  const row = getDraft(ctx.db, storedKey(ctx, input.key));
  return { draft: row ? { key: input.key, body: row.body, updatedAt: row.updatedAt } : null };
}

/** Saved as the agent types; committed with synchronous=FULL, so it survives a crash or power cut. */
export function saveDraft(ctx: ServiceContext, input: ParsedInputOf<'drafts.save'>): DraftSaved {
  const updatedAt = ctx.now();
  upsertDraft(ctx.db, { key: storedKey(ctx, input.key), agentId: ctx.agentId, body: input.body, updatedAt });
  return { updatedAt };
}

export function discardDraft(ctx: ServiceContext, input: ParsedInputOf<'drafts.discard'>): DraftDiscarded {
  return { discarded: deleteDraft(ctx.db, storedKey(ctx, input.key)) };
}

/** The operations of core/drafts.ts (`draftsOperations`), bound to the functions above. */
export const draftsHandlers: Handlers<typeof draftsOperations> = {
  'drafts.get': findDraft,
  'drafts.save': saveDraft,
  'drafts.discard': discardDraft,
};
