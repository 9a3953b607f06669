import type { OperationName, OutputOf, ParsedInputOf } from '../contract/api';
import { caseExport } from './case-export';
import { caseCount, caseSearch, casePage } from './case-list';
import { allAgents } from './agents';
import { addAttachment, attachmentContent, openAttachment } from './attachments';
import { addReply, editNote, logCall } from './case-events';
import { linkCases, unlinkCases } from './case-links';
import { addTag, removeTag, tagSuggestions } from './case-tags';
import { addNote, assignCase, caseDetail, changeStatus, createCase, updateCase } from './cases';
import { discardDraft, findDraft, saveDraft } from './drafts';
import { similarOpenCases } from './similar-cases';
import type { ServiceContext } from './context';
import { createCustomer, customerById, customerPage, editCustomer, findCustomers } from './customers';
import { addContact, editContact, removeContact } from './contacts';
import { cancelImport, commitImport, stageImport, startImport } from './customer-import';
import { addService, allServices } from './service-catalogue';
import { appInfo, getSettings, updateSettings } from './settings';
import { allViews, removeView, saveView } from './views';

export type Handlers = {
  [K in OperationName]: (ctx: ServiceContext, input: ParsedInputOf<K>) => OutputOf<K>;
};

/** Every operation of the contract, bound to its service function; a missing one fails to compile. */
export const handlers: Handlers = {
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
  'drafts.get': findDraft,
  'drafts.save': saveDraft,
  'drafts.discard': discardDraft,
  'attachments.add': addAttachment,
  'attachments.open': openAttachment,
  'attachments.content': attachmentContent,
};
