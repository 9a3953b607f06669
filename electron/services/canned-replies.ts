import type { ParsedInputOf } from '../../core/api';
import type { cannedRepliesOperations, CannedReply } from '../../core/canned-replies';
import { uuidv7 } from '../../db/ids';
import {
  countCannedReplyUse,
  deleteCannedReply,
  getCannedReply,
  insertCannedReply,
  listCannedReplies,
  updateCannedReply,
} from '../../db/queries/canned-replies';
import type { ServiceContext } from './context';
import { notFound, orNotFound } from './errors';
import type { Handlers } from './handlers';

/** Creates a reply, or changes one's name and bodies; placeholders were checked by the schema. */
export function saveCannedReply(
  ctx: ServiceContext,
  input: ParsedInputOf<'cannedReplies.save'>,
): CannedReply {
  const write = { id: input.id ?? uuidv7(ctx.now()), name: input.name, bodies: input.bodies };
  const row = { ...write, at: ctx.now(), by: ctx.agentId };
  if (input.id) {
    if (!updateCannedReply(ctx.db, row)) throw notFound('canned reply', input.id);
  } else insertCannedReply(ctx.db, row);
  return orNotFound(getCannedReply(ctx.db, write.id), 'canned reply', write.id);
}

export function removeCannedReply(
  ctx: ServiceContext,
  input: ParsedInputOf<'cannedReplies.remove'>,
): CannedReply[] {
  if (!deleteCannedReply(ctx.db, input.id)) throw notFound('canned reply', input.id);
  return listCannedReplies(ctx.db);
}

export function cannedReplyUsed(
  ctx: ServiceContext,
  input: ParsedInputOf<'cannedReplies.used'>,
): CannedReply {
  if (!countCannedReplyUse(ctx.db, input.id)) throw notFound('canned reply', input.id);
  return getCannedReply(ctx.db, input.id)!;
}

/** The operations of core/canned-replies.ts (`cannedRepliesOperations`), bound to the functions above. */
export const cannedRepliesHandlers: Handlers<typeof cannedRepliesOperations> = {
  'cannedReplies.list': (ctx) => listCannedReplies(ctx.db),
  'cannedReplies.save': saveCannedReply,
  'cannedReplies.remove': removeCannedReply,
  'cannedReplies.used': cannedReplyUsed,
};
