// The one API contract: every domain's operations (core/operations/<domain>.ts), combined. Both transports
// (Electron IPC and browser-mode HTTP), the dispatch table and the preload's names derive from it.
import type { z } from 'zod';
import type { Result } from './errors';
import { settingsOperations } from './operations/settings';
import { customersOperations } from './operations/customers';
import { contactsOperations } from './operations/contacts';
import { serviceCatalogueOperations } from './operations/service-catalogue';
import { customerImportOperations } from './operations/customer-import';
import { caseListOperations } from './operations/case-list';
import { caseExportOperations } from './operations/case-export';
import { viewsOperations } from './operations/views';
import { casesOperations } from './operations/cases';
import { caseEventsOperations } from './operations/case-events';
import { caseTagsOperations } from './operations/case-tags';
import { caseLinksOperations } from './operations/case-links';
import { similarCasesOperations } from './operations/similar-cases';
import { agentsOperations } from './operations/agents';
import { dutyOperations } from './operations/duty';
import { rosterOperations } from './operations/roster';
import { draftsOperations } from './operations/drafts';
import { attachmentsOperations } from './operations/attachments';
import { handoverOperations } from './operations/handover';
import { handoverReadbackOperations } from './operations/handover-readback';
import { handoverHistoryOperations } from './operations/handover-history';
import { handoverTransferOperations } from './operations/handover-transfer';
import { slaOperations } from './operations/sla';
import { slaWatchOperations } from './operations/sla-watch';
import { dashboardOperations } from './operations/dashboard';
import { desktopOperations } from './operations/desktop';
import { escalationsOperations } from './operations/escalations';
import { partnerRequestsOperations } from './operations/partner-requests';
import { escalationQueueOperations } from './operations/escalation-queue';
import { handoffOperations } from './operations/handoff';
import { escalationReportOperations } from './operations/escalation-report';
import { leadReportOperations } from './operations/lead-reports';
import { syncOperations } from './operations/sync';
import { backupsOperations } from './operations/backups';
import { cannedRepliesOperations } from './operations/canned-replies';
import { timesVolumeReportOperations } from './operations/times-volume-reports';
import { knowledgeOperations } from './operations/knowledge';
import { supportSheetOperations } from './operations/support-sheet';
import { knowledgeIoOperations } from './operations/knowledge-io';

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
  ...leadReportOperations,
  ...syncOperations,
  ...backupsOperations,
  ...cannedRepliesOperations,
  ...timesVolumeReportOperations,
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
