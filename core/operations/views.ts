// Saved views of the case list. Implemented by electron/services/views.ts.
import { type SavedView, viewsDeleteInput, viewsListInput, viewsSaveInput } from '../case-query';
import { reads, writes } from '../operation';

export const viewsOperations = {
  'views.list': reads<SavedView[]>()(viewsListInput),
  'views.save': writes<SavedView>()(viewsSaveInput),
  'views.delete': writes<SavedView[]>()(viewsDeleteInput),
};
