// The one API contract: each operation is declared here once, with its input schema and result type.
// Both transports (Electron IPC and browser-mode HTTP) and the preload are derived from this map.
import type { z } from 'zod';
import * as agents from './agents';
import * as attachments from './attachments';
import * as caseQuery from './case-query';
import * as cases from './cases';
import * as customers from './customers';
import * as customerImport from './customer-import';
import * as catalogue from './services-catalogue';
import * as drafts from './drafts';
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
  'customers.get': op<customers.CustomerDetail>()(customers.customersGetInput),
  'customers.list': op<customers.CustomerPage>()(customers.customersListInput),
  'customers.update': op<customers.CustomerDetail>()(customers.customersUpdateInput),
  'contacts.add': op<customers.CustomerDetail>()(customers.contactsAddInput),
  'contacts.update': op<customers.CustomerDetail>()(customers.contactsUpdateInput),
  'contacts.remove': op<customers.CustomerDetail>()(customers.contactsRemoveInput),
  'services.list': op<catalogue.CatalogueService[]>()(catalogue.servicesListInput),
  'services.add': op<catalogue.CatalogueService>()(catalogue.servicesAddInput),
  'customers.importStart': op<customerImport.ImportSession>()(customerImport.customersImportStartInput),
  'customers.importStage': op<customerImport.ImportProgress>()(customerImport.customersImportStageInput),
  'customers.importCommit': op<customerImport.ImportOutcome>()(customerImport.customersImportCommitInput),
  'customers.importCancel': op<{ cancelled: boolean }>()(customerImport.customersImportCancelInput),
  'cases.list': op<caseQuery.CasePage>()(caseQuery.casesListInput),
  'cases.count': op<caseQuery.CaseCount>()(caseQuery.casesCountInput),
  'cases.search': op<caseQuery.SearchResult>()(caseQuery.casesSearchInput),
  'cases.export': op<caseQuery.CaseExport>()(caseQuery.casesExportInput),
  'views.list': op<caseQuery.SavedView[]>()(caseQuery.viewsListInput),
  'views.save': op<caseQuery.SavedView>()(caseQuery.viewsSaveInput),
  'views.delete': op<caseQuery.SavedView[]>()(caseQuery.viewsDeleteInput),
  'cases.get': op<cases.CaseDetail>()(cases.casesGetInput),
  'cases.create': op<cases.CaseDetail>()(cases.casesCreateInput),
  'cases.addNote': op<cases.CaseEvent>()(cases.casesAddNoteInput),
  'cases.changeStatus': op<cases.CaseDetail>()(cases.casesChangeStatusInput),
  'cases.update': op<cases.CaseDetail>()(cases.casesUpdateInput),
  'cases.assign': op<cases.CaseDetail>()(cases.casesAssignInput),
  'cases.addReply': op<cases.CaseEventOf<'reply'>>()(cases.casesAddReplyInput),
  'cases.logCall': op<cases.CaseEventOf<'call'>>()(cases.casesLogCallInput),
  'cases.editNote': op<cases.CaseEventOf<'note_edited'>>()(cases.casesEditNoteInput),
  'cases.addTag': op<cases.CaseDetail>()(cases.casesTagInput),
  'cases.removeTag': op<cases.CaseDetail>()(cases.casesTagInput),
  'tags.suggest': op<cases.TagCount[]>()(cases.tagsSuggestInput),
  'cases.link': op<cases.CaseDetail>()(cases.casesLinkInput),
  'cases.unlink': op<cases.CaseDetail>()(cases.casesUnlinkInput),
  'cases.similarOpen': op<cases.SimilarCase[]>()(cases.casesSimilarOpenInput),
  'agents.list': op<agents.Agent[]>()(agents.agentsListInput),
  'drafts.get': op<drafts.DraftFound>()(drafts.draftsGetInput),
  'drafts.save': op<drafts.DraftSaved>()(drafts.draftsSaveInput),
  'drafts.discard': op<drafts.DraftDiscarded>()(drafts.draftsDiscardInput),
  'attachments.add': op<cases.CaseDetail>()(attachments.attachmentsAddInput),
  'attachments.open': op<attachments.AttachmentOpened>()(attachments.attachmentsOpenInput),
  'attachments.content': op<attachments.AttachmentContent>()(attachments.attachmentsContentInput),
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
