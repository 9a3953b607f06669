// A customer's contacts. Implemented by electron/services/contacts.ts.
import {
  contactsAddInput,
  contactsRemoveInput,
  contactsUpdateInput,
  type CustomerDetail,
} from '../customers';
import { writes } from '../operation';

export const contactsOperations = {
  'contacts.add': writes<CustomerDetail>()(contactsAddInput),
  'contacts.update': writes<CustomerDetail>()(contactsUpdateInput),
  'contacts.remove': writes<CustomerDetail>()(contactsRemoveInput),
};
