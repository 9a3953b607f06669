// A case: open, create, change its status, edit, assign. Implemented by electron/services/cases.ts.
import {
  type CaseDetail,
  casesAssignInput,
  casesChangeStatusInput,
  casesCreateInput,
  casesGetInput,
  casesUpdateInput,
} from '../cases';
import { reads, writes } from '../operation';

export const casesOperations = {
  'cases.get': reads<CaseDetail>()(casesGetInput),
  'cases.create': writes<CaseDetail>()(casesCreateInput),
  'cases.changeStatus': writes<CaseDetail>()(casesChangeStatusInput),
  'cases.update': writes<CaseDetail>()(casesUpdateInput),
  'cases.assign': writes<CaseDetail>()(casesAssignInput),
};
