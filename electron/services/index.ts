import type { OperationName, OutputOf, ParsedInputOf } from '../../core/api';
import { caseExport } from './case-export';
import { caseCount, caseSearch, casePage } from './case-list';
import { allAgents, createAgent, setActive, setPin, updateAgent } from './agents';
import { addAttachment, attachmentContent, openAttachment } from './attachments';
import { addReply, editNote, logCall } from './case-events';
import { linkCases, unlinkCases } from './case-links';
import { addTag, removeTag, tagSuggestions } from './case-tags';
import { addNote, assignCase, caseDetail, changeStatus, createCase, updateCase } from './cases';
import { discardDraft, findDraft, saveDraft } from './drafts';
import { handoffQueue } from './escalation-queue';
import { escalationReport } from './escalation-report';
import {
  caseEscalations,
  discardEscalation,
  escalationList,
  prepareEscalation,
  submitEscalation,
  updateEscalation,
} from './escalations';
import { handoffSettings, openHandoff, updateHandoffSettings } from './handoff';
import {
  discardPartnerRequest,
  partnerRequestDetail,
  partnerRequestList,
  preparePartnerRequest,
  submitPartnerRequest,
  updatePartnerRequest,
} from './partner-requests';
import { dutySessions, dutyStatus, signIn, signOut } from './duty';
import {
  addException,
  addShift,
  getRoster,
  removeException,
  removeShift,
  rosterCoverage,
  setUtcOffset,
  updateShift,
} from './roster';
import { requireSignInToWrite } from './sign-in-guard';
import { composeForShift, handoverById, pendingHandovers, submitHandover } from './handover';
import { exportHandoverPdf, handoverHistory } from './handover-history';
import { acknowledgeHandover, confirmItem } from './handover-readback';
import { exportHandoverFile, importHandoverFile } from './handover-transfer';
import { similarOpenCases } from './similar-cases';
import type { ServiceContext } from './context';
import { createCustomer, customerById, customerPage, editCustomer, findCustomers } from './customers';
import { addContact, editContact, removeContact } from './contacts';
import { cancelImport, commitImport, stageImport, startImport } from './customer-import';
import { addService, allServices } from './service-catalogue';
import { appInfo, getSettings, updateSettings } from './settings';
import { allViews, removeView, saveView } from './views';
import { nowDashboard } from './dashboard';
import { appNow, caseSla, getSlaPolicy } from './sla';
import { changeSlaPolicy, checkSla, readSlaAlerts, slaAlerts } from './sla-watch';

export type Handlers = {
  [K in OperationName]: (ctx: ServiceContext, input: ParsedInputOf<K>) => OutputOf<K>;
};

/** Every operation of the contract, bound to its service function; a missing one fails to compile. */
export const handlers: Handlers = requireSignInToWrite({
  'app.info': appInfo,
  'settings.get': getSettings,
  'settings.update': updateSettings,
  'customers.search': findCustomers,
  'customers.create': createCustomer,
  'customers.get': customerById,
  'customers.list': customerPage,
  'customers.update': editCustomer,
  'contacts.add': addContact,
  'contacts.update': editContact,
  'contacts.remove': removeContact,
  'services.list': allServices,
  'services.add': addService,
  'customers.importStart': startImport,
  'customers.importStage': stageImport,
  'customers.importCommit': commitImport,
  'customers.importCancel': cancelImport,
  'cases.list': casePage,
  'cases.count': caseCount,
  'cases.search': caseSearch,
  'cases.export': caseExport,
  'views.list': allViews,
  'views.save': saveView,
  'views.delete': removeView,
  'cases.get': caseDetail,
  'cases.create': createCase,
  'cases.addNote': addNote,
  'cases.changeStatus': changeStatus,
  'cases.update': updateCase,
  'cases.assign': assignCase,
  'cases.addReply': addReply,
  'cases.logCall': logCall,
  'cases.editNote': editNote,
  'cases.addTag': addTag,
  'cases.removeTag': removeTag,
  'tags.suggest': tagSuggestions,
  'cases.link': linkCases,
  'cases.unlink': unlinkCases,
  'cases.similarOpen': similarOpenCases,
  'agents.list': allAgents,
  'agents.create': createAgent,
  'agents.update': updateAgent,
  'agents.setActive': setActive,
  'agents.setPin': setPin,
  'duty.status': dutyStatus,
  'duty.signIn': signIn,
  'duty.signOut': signOut,
  'duty.sessions': dutySessions,
  'roster.get': getRoster,
  'roster.addShift': addShift,
  'roster.updateShift': updateShift,
  'roster.removeShift': removeShift,
  'roster.addException': addException,
  'roster.removeException': removeException,
  'roster.setUtcOffset': setUtcOffset,
  'roster.coverage': rosterCoverage,
  'drafts.get': findDraft,
  'drafts.save': saveDraft,
  'drafts.discard': discardDraft,
  'attachments.add': addAttachment,
  'attachments.open': openAttachment,
  'attachments.content': attachmentContent,
  'handover.compose': composeForShift,
  'handover.submit': submitHandover,
  'handover.get': handoverById,
  'handover.pending': pendingHandovers,
  'handover.confirmItem': confirmItem,
  'handover.acknowledge': acknowledgeHandover,
  'handover.history': handoverHistory,
  'handover.exportPdf': exportHandoverPdf,
  'handover.exportFile': exportHandoverFile,
  'handover.importFile': importHandoverFile,
  'clock.get': appNow,
  'slaPolicy.get': getSlaPolicy,
  'slaPolicy.update': changeSlaPolicy,
  'slaClocks.get': caseSla,
  'sla.check': checkSla,
  'slaAlerts.list': slaAlerts,
  'slaAlerts.markRead': readSlaAlerts,
  'dashboard.get': nowDashboard,
  'caseEscalations.get': caseEscalations,
  'escalations.list': escalationList,
  'escalations.prepare': prepareEscalation,
  'escalations.submit': submitEscalation,
  'escalations.update': updateEscalation,
  'escalations.discard': discardEscalation,
  'partnerRequests.list': partnerRequestList,
  'partnerRequests.get': partnerRequestDetail,
  'partnerRequests.prepare': preparePartnerRequest,
  'partnerRequests.submit': submitPartnerRequest,
  'partnerRequests.update': updatePartnerRequest,
  'partnerRequests.discard': discardPartnerRequest,
  'handoffQueue.list': handoffQueue,
  'handoffSettings.get': handoffSettings,
  'handoffSettings.update': updateHandoffSettings,
  'handoff.open': openHandoff,
  'escalationReport.get': escalationReport,
});
