// Which rows of an import are the same customer. A tenant domain and a Partner Center customer id each
// name one customer, in the file and in the case log alike: rows sharing either are merged into one,
// and a row naming a customer already in the case log updates it. A row whose tenant domain and
// Partner Center id point at two different customers is refused rather than guessed at.
// Pure: the case log's customers come in as an index.
import type { ImportIssue, ImportField } from '../../core/customer-import';
import type { StagedContact, StagedRow } from './customer-import-rows';

export interface ExistingCustomer {
  id: string;
  name: string;
  tenantDomain: string | null;
  partnerCustomerId: string | null;
}

export interface ExistingIndex {
  byTenant: Map<string, ExistingCustomer>;
  byPartner: Map<string, ExistingCustomer>;
}

export function indexCustomers(customers: Iterable<ExistingCustomer>): ExistingIndex {
  const index: ExistingIndex = { byTenant: new Map(), byPartner: new Map() };
  for (const c of customers) {
    if (c.tenantDomain) index.byTenant.set(c.tenantDomain, c);
    if (c.partnerCustomerId) index.byPartner.set(c.partnerCustomerId, c);
  }
  return index;
}

/** One customer to create or update, with everything the file says about it. */
export interface MergedCustomer {
  existing: ExistingCustomer | null;
  /** The last name given in the file, else the existing customer's. */
  name: string;
  /** The name the file gave, if any (an update only renames when it does). */
  fileName: string | null;
  tenantDomain: string | null;
  partnerCustomerId: string | null;
  /** The last value given; null when no row said. */
  adminRole: boolean | null;
  services: string[];
  contacts: StagedContact[];
  rows: number[];
}

interface Group {
  rows: number[];
  name: string | null;
  nameRow: number;
  tenantDomain: string | null;
  partnerCustomerId: string | null;
  existing: ExistingCustomer | null;
  adminRole: boolean | null;
  adminRow: number;
  // Arrays, not sets, and replaced rather than pushed to (see `plus`): an import holds 100,000 customers.
  services: string[];
  contacts: StagedContact[];
  alive: boolean;
}

/** Contacts are the same person by e-mail (any case), else by name and phone digits. */
export const contactKey = (c: Pick<StagedContact, 'name' | 'email' | 'phone'>) =>
  c.email
    ? `e:${c.email.toLowerCase()}`
    : `n:${c.name.trim().toLowerCase()}|${(c.phone ?? '').replace(/\D/g, '')}`;

export class CustomerMerger {
  private readonly groups: Group[] = [];
  private readonly byTenant = new Map<string, Group>();
  private readonly byPartner = new Map<string, Group>();
  private readonly byExisting = new Map<string, Group>();

  constructor(private readonly existing: ExistingIndex) {}

  /** Merges a row in, or says why it cannot be (then nothing of it is kept). */
  add(row: StagedRow): ImportIssue | null {
    const byTenant = row.tenantDomain ? this.groupFor('tenant', row.tenantDomain) : undefined;
    const byPartner = row.partnerCustomerId ? this.groupFor('partner', row.partnerCustomerId) : undefined;
    let group = byTenant ?? byPartner;
    if (byTenant && byPartner && byTenant !== byPartner) {
      if (clash(byTenant, byPartner)) return conflict(row, 'partnerCustomerId', byPartner);
      group = this.merge(byTenant, byPartner);
    }
    if (group) {
      if (row.tenantDomain && group.tenantDomain && group.tenantDomain !== row.tenantDomain) {
        return conflict(row, 'tenantDomain', group);
      }
      if (
        row.partnerCustomerId &&
        group.partnerCustomerId &&
        group.partnerCustomerId !== row.partnerCustomerId
      ) {
        return conflict(row, 'partnerCustomerId', group);
      }
    } else {
      group = this.newGroup(null);
    }
    this.absorb(group, row);
    return null;
  }

  /** The customers to write, in the order of their first row, and the rows refused for want of a name. */
  finish(): { customers: MergedCustomer[]; issues: ImportIssue[] } {
    const customers: MergedCustomer[] = [];
    const issues: ImportIssue[] = [];
    for (const g of this.groups) {
      if (!g.alive || g.rows.length === 0) continue;
      const name = g.name ?? g.existing?.name ?? null;
      if (name === null) {
        for (const row of g.rows) issues.push({ row, field: 'name', column: null, code: 'required' });
        continue;
      }
      customers.push({
        existing: g.existing,
        name,
        fileName: g.name,
        tenantDomain: g.tenantDomain,
        partnerCustomerId: g.partnerCustomerId,
        adminRole: g.adminRole,
        services: g.services,
        contacts: g.contacts,
        rows: g.rows,
      });
    }
    return { customers, issues };
  }

  /** The group that holds a key: from an earlier row, or the case log's customer with it. */
  private groupFor(kind: 'tenant' | 'partner', key: string): Group | undefined {
    const known = (kind === 'tenant' ? this.byTenant : this.byPartner).get(key);
    if (known) return known;
    const customer = (kind === 'tenant' ? this.existing.byTenant : this.existing.byPartner).get(key);
    if (!customer) return undefined;
    return this.byExisting.get(customer.id) ?? this.newGroup(customer);
  }

  private newGroup(existing: ExistingCustomer | null): Group {
    const group: Group = {
      rows: [],
      name: null,
      nameRow: 0,
      tenantDomain: existing?.tenantDomain ?? null,
      partnerCustomerId: existing?.partnerCustomerId ?? null,
      existing,
      adminRole: null,
      adminRow: 0,
      services: [],
      contacts: [],
      alive: true,
    };
    this.groups.push(group);
    this.register(group);
    return group;
  }

  private register(group: Group): void {
    if (group.tenantDomain) this.byTenant.set(group.tenantDomain, group);
    if (group.partnerCustomerId) this.byPartner.set(group.partnerCustomerId, group);
    if (group.existing) this.byExisting.set(group.existing.id, group);
  }

  private absorb(group: Group, row: StagedRow): void {
    group.rows = plus(group.rows, [row.row]);
    // Rows arrive in file order: a later value replaces an earlier one.
    if (row.name !== null) [group.name, group.nameRow] = [row.name, row.row];
    if (row.adminRole !== null) [group.adminRole, group.adminRow] = [row.adminRole, row.row];
    group.tenantDomain ??= row.tenantDomain;
    group.partnerCustomerId ??= row.partnerCustomerId;
    group.services = plus(group.services, row.services);
    if (row.contact) addContact(group, row.contact);
    this.register(group);
  }

  /** Two groups turn out to be one customer (a row joined them): keep `into`, retire `from`. */
  private merge(into: Group, from: Group): Group {
    into.rows = [...into.rows, ...from.rows].sort((a, b) => a - b);
    if (from.nameRow > into.nameRow) [into.name, into.nameRow] = [from.name, from.nameRow];
    if (from.adminRow > into.adminRow) [into.adminRole, into.adminRow] = [from.adminRole, from.adminRow];
    into.tenantDomain ??= from.tenantDomain;
    into.partnerCustomerId ??= from.partnerCustomerId;
    into.existing ??= from.existing;
    into.services = plus(into.services, from.services);
    for (const contact of from.contacts) addContact(into, contact);
    from.alive = false;
    this.register(into);
    return into;
  }
}

/**
 * `list` with the items it lacks, as a new array of exactly that length: an empty array grown by push
 * reserves room for 17, which over 100,000 customers is tens of megabytes.
 */
function plus<T>(list: T[], items: readonly T[]): T[] {
  const extra = items.filter((item) => !list.includes(item));
  return extra.length === 0 ? list : list.concat(extra);
}

function addContact(group: Group, contact: StagedContact): void {
  const contacts = group.contacts;
  const key = contactKey(contact);
  const at = contacts.findIndex((c) => contactKey(c) === key);
  const earlier = contacts[at];
  if (!earlier) {
    group.contacts = contacts.concat([contact]);
    return;
  }
  // The same person twice: what the later row adds fills in, nothing is dropped.
  contacts[at] = {
    name: contact.name,
    email: contact.email ?? earlier.email,
    phone: contact.phone ?? earlier.phone,
    preferredChannel: contact.preferredChannel ?? earlier.preferredChannel,
    language: contact.language ?? earlier.language,
  };
}

const differ = <T>(a: T | null, b: T | null) => a !== null && b !== null && a !== b;

function clash(a: Group, b: Group): boolean {
  return (
    differ(a.tenantDomain, b.tenantDomain) ||
    differ(a.partnerCustomerId, b.partnerCustomerId) ||
    differ(a.existing?.id ?? null, b.existing?.id ?? null)
  );
}

function conflict(row: StagedRow, field: ImportField, other: Group): ImportIssue {
  const value = (field === 'tenantDomain' ? row.tenantDomain : row.partnerCustomerId) ?? '';
  return other.existing
    ? {
        row: row.row,
        field,
        column: null,
        code: 'conflictExisting',
        params: { value, name: other.existing.name },
      }
    : { row: row.row, field, column: null, code: 'conflictRow', params: { value, row: other.rows[0] ?? 0 } };
}

/**
 * Whether merged customers still fit the case log as it is now: every tenant domain and Partner Center
 * id names the same customer as at the preview (none, for a customer to be created).
 */
export function stillMatches(customers: readonly MergedCustomer[], now: ExistingIndex): boolean {
  return customers.every((c) => {
    const expected = c.existing?.id;
    const byTenant = c.tenantDomain ? now.byTenant.get(c.tenantDomain)?.id : undefined;
    const byPartner = c.partnerCustomerId ? now.byPartner.get(c.partnerCustomerId)?.id : undefined;
    return (
      (byTenant === undefined || byTenant === expected) && (byPartner === undefined || byPartner === expected)
    );
  });
}
