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
import * as escalationQueue from './escalation-queue';
import * as escalationReport from './escalation-report';
import * as escalations from './escalations';
import * as handoffSettings from './handoff-settings';
import * as partnerRequests from './partner-requests';
import * as duty from './duty';
import * as handover from './handover';
import * as handoverFile from './handover-file';
import * as settings from './settings';
import * as dashboard from './dashboard';
import * as slaAlerts from './sla-alerts';
import * as slaSettings from './sla-settings';
import type { SlaPolicy } from './sla';
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
  'agents.list': op<agents.AgentProfile[]>()(agents.agentsListInput),
  'agents.create': op<agents.AgentProfile>()(agents.agentsCreateInput),
  'agents.update': op<agents.AgentProfile>()(agents.agentsUpdateInput),
  'agents.setActive': op<agents.AgentProfile>()(agents.agentsSetActiveInput),
  'agents.setPin': op<agents.AgentProfile>()(agents.agentsSetPinInput),
  'duty.status': op<duty.DutyStatus>()(duty.dutyStatusInput),
  'duty.signIn': op<duty.DutyStatus>()(duty.dutySignInInput),
  'duty.signOut': op<duty.DutyStatus>()(duty.dutySignOutInput),
  'duty.sessions': op<duty.DutySession[]>()(duty.dutySessionsInput),
  'roster.get': op<duty.Roster>()(duty.rosterGetInput),
  'roster.addShift': op<duty.Roster>()(duty.rosterAddShiftInput),
  'roster.updateShift': op<duty.Roster>()(duty.rosterUpdateShiftInput),
  'roster.removeShift': op<duty.Roster>()(duty.rosterRemoveInput),
  'roster.addException': op<duty.Roster>()(duty.rosterAddExceptionInput),
  'roster.removeException': op<duty.Roster>()(duty.rosterRemoveInput),
  'roster.setUtcOffset': op<duty.Roster>()(duty.rosterSetOffsetInput),
  'roster.coverage': op<duty.CoverageView>()(duty.rosterCoverageInput),
  'drafts.get': op<drafts.DraftFound>()(drafts.draftsGetInput),
  'drafts.save': op<drafts.DraftSaved>()(drafts.draftsSaveInput),
  'drafts.discard': op<drafts.DraftDiscarded>()(drafts.draftsDiscardInput),
  'attachments.add': op<cases.CaseDetail>()(attachments.attachmentsAddInput),
  'attachments.open': op<attachments.AttachmentOpened>()(attachments.attachmentsOpenInput),
  'attachments.content': op<attachments.AttachmentContent>()(attachments.attachmentsContentInput),
  'handover.compose': op<handover.HandoverDocument>()(handover.handoverComposeInput),
  'handover.submit': op<handover.Handover>()(handover.handoverSubmitInput),
  'handover.get': op<handover.Handover>()(handover.handoverGetInput),
  'handover.pending': op<handover.PendingHandover[]>()(handover.handoverPendingInput),
  'handover.confirmItem': op<handover.Handover>()(handover.handoverConfirmInput),
  'handover.acknowledge': op<handover.Handover>()(handover.handoverAcknowledgeInput),
  'handover.history': op<handover.HandoverPage>()(handover.handoverHistoryInput),
  'handover.exportPdf': op<handover.PdfExportStarted>()(handover.handoverPdfInput),
  'handover.exportFile': op<handoverFile.HandoverExport>()(handoverFile.handoverExportInput),
  'handover.importFile': op<handoverFile.HandoverImportOutcome>()(handoverFile.handoverImportInput),
  'clock.get': op<slaAlerts.AppNow>()(slaAlerts.appNowInput),
  'slaPolicy.get': op<SlaPolicy>()(slaSettings.slaPolicyGetInput),
  'slaPolicy.update': op<slaSettings.SlaPolicyChange>()(slaSettings.slaPolicyUpdateInput),
  'slaClocks.get': op<slaAlerts.CaseSla>()(slaAlerts.slaCaseInput),
  'sla.check': op<slaAlerts.SlaCheck>()(slaAlerts.slaCheckInput),
  'slaAlerts.list': op<slaAlerts.SlaAlerts>()(slaAlerts.slaAlertsInput),
  'slaAlerts.markRead': op<slaAlerts.SlaAlerts>()(slaAlerts.slaAlertsReadInput),
  'dashboard.get': op<dashboard.NowDashboard>()(dashboard.dashboardNowInput),
  'caseEscalations.get': op<escalations.CaseEscalations>()(escalations.escalationsForCaseInput),
  'escalations.list': op<escalations.EscalationListItem[]>()(escalations.escalationsListInput),
  'escalations.prepare': op<escalations.Escalation>()(escalations.escalationsPrepareInput),
  'escalations.submit': op<escalations.EscalationChange>()(escalations.escalationsSubmitInput),
  'escalations.update': op<escalations.EscalationChange>()(escalations.escalationsUpdateInput),
  'escalations.discard': op<{ discarded: boolean }>()(escalations.escalationsDiscardInput),
  'partnerRequests.list': op<partnerRequests.PartnerRequest[]>()(partnerRequests.partnerRequestsListInput),
  'partnerRequests.get': op<partnerRequests.PartnerRequestDetail>()(partnerRequests.partnerRequestsGetInput),
  'partnerRequests.prepare': op<partnerRequests.PartnerRequestDetail>()(
    partnerRequests.partnerRequestsPrepareInput,
  ),
  'partnerRequests.submit': op<partnerRequests.PartnerRequestDetail>()(
    partnerRequests.partnerRequestsSubmitInput,
  ),
  'partnerRequests.update': op<partnerRequests.PartnerRequestDetail>()(
    partnerRequests.partnerRequestsUpdateInput,
  ),
  'partnerRequests.discard': op<{ discarded: boolean }>()(partnerRequests.partnerRequestsDiscardInput),
  'handoffQueue.list': op<escalationQueue.QueueItem[]>()(escalationQueue.handoffQueueInput),
  'handoffSettings.get': op<handoffSettings.HandoffSettings>()(handoffSettings.handoffGetSettingsInput),
  'handoffSettings.update': op<handoffSettings.HandoffSettings>()(handoffSettings.handoffUpdateSettingsInput),
  'handoff.open': op<handoffSettings.HandoffOpened>()(handoffSettings.handoffOpenInput),
  'escalationReport.get': op<escalationReport.EscalationReport>()(escalationReport.reportsEscalationsInput),
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
