import type { ParsedInputOf } from '../../core/api';
import type { SavedView, viewsOperations } from '../../core/case-query';
import { OPEN_CASE_STATUSES } from '../../core/domain';
import { uuidv7 } from '../../db/ids';
import { deleteView, insertView, listViews } from '../../db/queries/views';
import type { ServiceContext } from './context';
import { notFound } from './errors';
import type { Handlers } from './handlers';

const OPEN = [...OPEN_CASE_STATUSES];

/** The views every desk starts with; their names are translated in the UI. */
export const BUILTIN_VIEWS: readonly SavedView[] = [
  {
    id: 'builtin:my-open',
    nameKey: 'views.myOpen',
    name: null,
    builtin: true,
    filters: { owner: 'me', statuses: OPEN },
  },
  {
    id: 'builtin:severity-a',
    nameKey: 'views.severityA',
    name: null,
    builtin: true,
    filters: { severities: ['A'], statuses: OPEN },
  },
  {
    id: 'builtin:waiting-21v',
    nameKey: 'views.waiting21v',
    name: null,
    builtin: true,
    filters: { statuses: ['waiting_21v'] },
  },
];

export function allViews(ctx: ServiceContext): SavedView[] {
  return [...BUILTIN_VIEWS, ...listViews(ctx.db).map((v) => ({ ...v, nameKey: null, builtin: false }))];
}

export function saveView(ctx: ServiceContext, input: ParsedInputOf<'views.save'>): SavedView {
  const view = { id: uuidv7(ctx.now()), name: input.name, filters: input.filters };
  insertView(ctx.db, { ...view, createdAt: ctx.now() });
  return { ...view, nameKey: null, builtin: false };
}

export function removeView(ctx: ServiceContext, input: ParsedInputOf<'views.delete'>): SavedView[] {
  if (!deleteView(ctx.db, input.id)) throw notFound('view', input.id);
  return allViews(ctx);
}

/** The operations of core/case-query.ts (`viewsOperations`), bound to the functions above. */
export const viewsHandlers: Handlers<typeof viewsOperations> = {
  'views.list': allViews,
  'views.save': saveView,
  'views.delete': removeView,
};
