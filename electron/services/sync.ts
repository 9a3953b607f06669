import type { ParsedInputOf } from '../../core/api';
import { SYNC_OFF } from '../../core/sync-off';
import type { syncOperations, SyncView } from '../../core/sync';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import { refused, requireLead } from './lead';

export function syncStatus(ctx: ServiceContext): SyncView {
  return ctx.sync?.view() ?? SYNC_OFF;
}

/** Joining the desk's server decides where the whole log goes: a lead's call. */
export function joinSync(ctx: ServiceContext, input: ParsedInputOf<'sync.join'>): SyncView {
  requireLead(ctx);
  if (!ctx.sync) throw refused('CONFLICT', 'sync.issues.unavailable', 'team sync is not available here');
  return ctx.sync.join(input);
}

export function syncNow(ctx: ServiceContext): SyncView {
  ctx.sync?.kick();
  return syncStatus(ctx);
}

/** The operations of core/sync.ts (`syncOperations`), bound to the functions above. */
export const syncHandlers: Handlers<typeof syncOperations> = {
  'sync.status': syncStatus,
  'sync.join': joinSync,
  'sync.now': syncNow,
};
