// The one API contract: each operation is declared here once, with its input schema and result type.
// Both transports (Electron IPC and browser-mode HTTP) and the preload are derived from this map.
import type { z } from 'zod';
import * as caseQuery from './case-query';
import * as cases from './cases';
import * as customers from './customers';
import * as settings from './settings';
import type { Result } from './errors';
import type { OperationName } from './names';

export { OPERATION_NAMES, ipcChannel, type OperationName } from './names';

interface Operation<S extends z.ZodType, R> {
  input: S;
  /** Phantom: carries the result type only. */
  result?: R;
}
const op =
  <R>() =>
  <S extends z.ZodType>(input: S): Operation<S, R> => ({ input });

export const operations = {
  'app.info': op<settings.AppInfo>()(settings.appInfoInput),
  'settings.get': op<settings.Settings>()(settings.settingsGetInput),
  'settings.update': op<settings.Settings>()(settings.settingsUpdateInput),
  'customers.search': op<customers.Customer[]>()(customers.customersSearchInput),
  'customers.create': op<customers.Customer>()(customers.customersCreateInput),
  'customers.get': op<customers.Customer>()(customers.customersGetInput),
  'cases.list': op<caseQuery.CasePage>()(caseQuery.casesListInput),
  'cases.search': op<caseQuery.SearchResult>()(caseQuery.casesSearchInput),
  'views.list': op<caseQuery.SavedView[]>()(caseQuery.viewsListInput),
  'views.save': op<caseQuery.SavedView>()(caseQuery.viewsSaveInput),
  'views.delete': op<caseQuery.SavedView[]>()(caseQuery.viewsDeleteInput),
  'cases.get': op<cases.CaseDetail>()(cases.casesGetInput),
  'cases.create': op<cases.CaseDetail>()(cases.casesCreateInput),
  'cases.addNote': op<cases.CaseEvent>()(cases.casesAddNoteInput),
  'cases.changeStatus': op<cases.CaseDetail>()(cases.casesChangeStatusInput),
} as const satisfies { [K in OperationName]: Operation<z.ZodType, unknown> };

export type Operations = typeof operations;
export type InputOf<K extends OperationName> = z.input<Operations[K]['input']>;
export type ParsedInputOf<K extends OperationName> = z.output<Operations[K]['input']>;
export type OutputOf<K extends OperationName> = NonNullable<Operations[K]['result']>;

/** What `window.shiftdesk` exposes: one function per operation. */
export type ShiftdeskApi = {
  [K in OperationName]: (input: InputOf<K>) => Promise<Result<OutputOf<K>>>;
};

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(operations, name);
}
