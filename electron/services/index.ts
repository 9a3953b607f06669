import type { OperationName, OutputOf, ParsedInputOf } from '../contract/api';
import { caseSearch, casePage } from './case-list';
import { addNote, caseDetail, changeStatus, createCase } from './cases';
import type { ServiceContext } from './context';
import { createCustomer, customerById, findCustomers } from './customers';
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
  'cases.list': casePage,
  'cases.search': caseSearch,
  'views.list': allViews,
  'views.save': saveView,
  'views.delete': removeView,
  'cases.get': caseDetail,
  'cases.create': createCase,
  'cases.addNote': addNote,
  'cases.changeStatus': changeStatus,
};
