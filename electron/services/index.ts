// The dispatch table: every domain's handlers (electron/services/<domain>.ts), combined. Each record is
// typed against its domain's declarations, and the whole against the contract: a missing handler fails here.
import type { Operations } from '../../core/api';
import { settingsHandlers } from './settings';
import { customersHandlers } from './customers';
import { contactsHandlers } from './contacts';
import { serviceCatalogueHandlers } from './service-catalogue';
import { customerImportHandlers } from './customer-import';
import { caseListHandlers } from './case-list';
import { caseExportHandlers } from './case-export';
import { viewsHandlers } from './views';
import { casesHandlers } from './cases';
import { caseEventsHandlers } from './case-events';
import { caseTagsHandlers } from './case-tags';
import { caseLinksHandlers } from './case-links';
import { similarCasesHandlers } from './similar-cases';
import { agentsHandlers } from './agents';
import { dutyHandlers } from './duty';
import { rosterHandlers } from './roster';
import { draftsHandlers } from './drafts';
import { attachmentsHandlers } from './attachments';
import { handoverHandlers } from './handover';
import { handoverReadbackHandlers } from './handover-readback';
import { handoverHistoryHandlers } from './handover-history';
import { handoverTransferHandlers } from './handover-transfer';
import { slaHandlers } from './sla';
import { slaWatchHandlers } from './sla-watch';
import { dashboardHandlers } from './dashboard';
import { desktopHandlers } from './desktop';
import { escalationsHandlers } from './escalations';
import { partnerRequestsHandlers } from './partner-requests';
import { escalationQueueHandlers } from './escalation-queue';
import { handoffHandlers } from './handoff';
import { escalationReportHandlers } from './escalation-report';
import { leadReportsHandlers } from './lead-reports';
import { timesVolumeReportsHandlers } from './times-volume-reports';
import { syncHandlers } from './sync';
import { backupsHandlers } from './backups';
import { cannedRepliesHandlers } from './canned-replies';
import { knowledgeHandlers } from './knowledge';
import { supportSheetHandlers } from './support-sheet';
import { knowledgeIoHandlers } from './knowledge-io';
import type { Handlers } from './handlers';

export const handlers = {
  ...settingsHandlers,
  ...customersHandlers,
  ...contactsHandlers,
  ...serviceCatalogueHandlers,
  ...customerImportHandlers,
  ...caseListHandlers,
  ...caseExportHandlers,
  ...viewsHandlers,
  ...casesHandlers,
  ...caseEventsHandlers,
  ...caseTagsHandlers,
  ...caseLinksHandlers,
  ...similarCasesHandlers,
  ...agentsHandlers,
  ...dutyHandlers,
  ...rosterHandlers,
  ...draftsHandlers,
  ...attachmentsHandlers,
  ...handoverHandlers,
  ...handoverReadbackHandlers,
  ...handoverHistoryHandlers,
  ...handoverTransferHandlers,
  ...slaHandlers,
  ...slaWatchHandlers,
  ...dashboardHandlers,
  ...desktopHandlers,
  ...escalationsHandlers,
  ...partnerRequestsHandlers,
  ...escalationQueueHandlers,
  ...handoffHandlers,
  ...escalationReportHandlers,
  ...leadReportsHandlers,
  ...syncHandlers,
  ...backupsHandlers,
  ...cannedRepliesHandlers,
  ...timesVolumeReportsHandlers,
  ...knowledgeHandlers,
  ...supportSheetHandlers,
  ...knowledgeIoHandlers,
} satisfies Handlers<Operations>;
