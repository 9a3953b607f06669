// The one API contract: every domain's operations (the `<domain>Operations` record of its core module), combined. Both transports
// (Electron IPC and browser-mode HTTP), the dispatch table and the preload's names derive from it.
import type { z } from 'zod';
import type { Result } from './errors';
import { settingsOperations } from './settings';
import { contactsOperations, customersOperations } from './customers';
import { serviceCatalogueOperations } from './services-catalogue';
import { customerImportOperations } from './customer-import';
import { caseListOperations, viewsOperations } from './case-query';
import { caseExportOperations } from './case-export';
import { caseEventsOperations, casesOperations } from './cases';
import { caseLinksOperations, caseTagsOperations, similarCasesOperations } from './case-relations';
import { agentsOperations } from './agents';
import { dutyOperations, rosterOperations } from './duty';
import { draftsOperations } from './drafts';
import { attachmentsOperations } from './attachments';
import { handoverHistoryOperations, handoverOperations, handoverReadbackOperations } from './handover';
import { handoverTransferOperations } from './handover-file';
import { slaOperations, slaWatchOperations } from './sla-alerts';
import { dashboardOperations } from './dashboard';
import { desktopOperations } from './desktop';
import { escalationsOperations } from './escalations';
import { partnerRequestsOperations } from './partner-requests';
import { escalationQueueOperations } from './escalation-queue';
import { handoffOperations } from './handoff-settings';
import { escalationReportOperations } from './escalation-report';
import { leadReportsOperations, timesVolumeReportsOperations } from './lead-reports';
import { syncOperations } from './sync';
import { backupsOperations } from './backups';
import { cannedRepliesOperations } from './canned-replies';
import { knowledgeOperations } from './knowledge';
import { supportSheetOperations } from './support-sheet';
import { knowledgeIoOperations } from './knowledge-import';

export { ipcChannel } from './names';
export type { Access, OperationDeclaration } from './operation';

export const operations = {
  ...settingsOperations,
  ...customersOperations,
  ...contactsOperations,
  ...serviceCatalogueOperations,
  ...customerImportOperations,
  ...caseListOperations,
  ...caseExportOperations,
  ...viewsOperations,
  ...casesOperations,
  ...caseEventsOperations,
  ...caseTagsOperations,
  ...caseLinksOperations,
  ...similarCasesOperations,
  ...agentsOperations,
  ...dutyOperations,
  ...rosterOperations,
  ...draftsOperations,
  ...attachmentsOperations,
  ...handoverOperations,
  ...handoverReadbackOperations,
  ...handoverHistoryOperations,
  ...handoverTransferOperations,
  ...slaOperations,
  ...slaWatchOperations,
  ...dashboardOperations,
  ...desktopOperations,
  ...escalationsOperations,
  ...partnerRequestsOperations,
  ...escalationQueueOperations,
  ...handoffOperations,
  ...escalationReportOperations,
  ...leadReportsOperations,
  ...syncOperations,
  ...backupsOperations,
  ...cannedRepliesOperations,
  ...timesVolumeReportsOperations,
  ...knowledgeOperations,
  ...supportSheetOperations,
  ...knowledgeIoOperations,
};

export type Operations = typeof operations;
export type OperationName = keyof Operations & string;
export type InputOf<K extends OperationName> = z.input<Operations[K]['input']>;
export type ParsedInputOf<K extends OperationName> = z.output<Operations[K]['input']>;
export type OutputOf<K extends OperationName> = NonNullable<Operations[K]['result']>;

export const OPERATION_NAMES = Object.keys(operations) as OperationName[];

/** What `window.shiftdesk` exposes: one function per operation. */
export type ShiftdeskApi = {
  [K in OperationName]: (input: InputOf<K>) => Promise<Result<OutputOf<K>>>;
};

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(operations, name);
}

/** Whether an operation is refused while nobody is signed in; one the contract does not know always is. */
export const needsSignIn = (name: string): boolean => !isOperationName(name) || operations[name].needsSignIn;
