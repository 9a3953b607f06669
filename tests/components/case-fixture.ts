import type { InputOf } from '../../core/api';
import type { CaseDetail } from '../../core/cases';
import type { TestDesk } from './desk-setup';

/** A test's case is of this kind unless the test says otherwise. */
const CASE_FIELDS = {
  supportArea: 'client_connectivity',
  service: 'office365',
  severity: 'B',
  channel: 'phone',
} as const;

interface Seed {
  /** The customer's fields; its name is "Contoso China Ltd." unless given. */
  customer?: Partial<InputOf<'customers.create'>>;
  contacts?: Omit<InputOf<'contacts.add'>, 'customerId'>[];
  /** The case's fields where they differ from the usual ones. */
  fields?: Partial<InputOf<'cases.create'>>;
}

/** A new customer (with its contacts, if any) and one case of it, arranged through the contract. */
export function caseOfNewCustomer(bridge: TestDesk, title: string, seed: Seed = {}): CaseDetail {
  const customer = bridge.call<{ id: string }>('customers.create', {
    name: 'Contoso China Ltd.',
    ...seed.customer,
  });
  for (const contact of seed.contacts ?? []) {
    bridge.call('contacts.add', { customerId: customer.id, ...contact });
  }
  return bridge.call<CaseDetail>('cases.create', {
    customer: { id: customer.id },
    title,
    ...CASE_FIELDS,
    ...seed.fields,
  });
}
