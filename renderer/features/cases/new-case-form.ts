import type { CasesCreateInput } from '../../../core/cases';
import type { Channel, Service, Severity, SupportArea } from '../../../core/domain';
import { draftFields, newCaseDraft, type DraftValues } from '../../../core/drafts';
import type { FieldIssue } from '../../../core/errors';

/** The form's own shape, as its draft keeps it. */
export type NewCaseValues = DraftValues<typeof newCaseDraft>;

/** The picker's value for "create a new customer from what I typed". */
export const NEW_CUSTOMER = '__new__';

export const NEW_CASE_DEFAULTS: NewCaseValues = { severity: 'C', channel: 'phone' };

const TEXT_FIELDS = ['customerId', 'newCustomerName', 'newCustomerTenant', 'title', 'description'] as const;

/** Nothing typed or picked beyond the defaults: no draft worth keeping. */
export const isEmptyNewCase = (v: NewCaseValues) =>
  TEXT_FIELDS.every((f) => !v[f]?.trim()) && !v.supportArea && !v.service;

/** The form's values from a stored draft, keeping only fields of the right type. */
export function newCaseFromDraft(body: Record<string, unknown>): NewCaseValues {
  return { ...NEW_CASE_DEFAULTS, ...draftFields(newCaseDraft, body) };
}

export function toCreateInput(values: NewCaseValues): CasesCreateInput {
  const customer =
    values.customerId === NEW_CUSTOMER
      ? { new: { name: values.newCustomerName ?? '', tenantDomain: values.newCustomerTenant ?? '' } }
      : values.customerId
        ? { id: values.customerId }
        : {};
  // Unset selects go as '' so that the contract reports each one against its own field.
  return {
    customer,
    title: values.title ?? '',
    description: values.description ?? '',
    supportArea: (values.supportArea ?? '') as SupportArea,
    service: (values.service ?? '') as Service,
    severity: (values.severity ?? '') as Severity,
    channel: (values.channel ?? '') as Channel,
  };
}

const FIELD_BY_PATH: Record<string, keyof NewCaseValues> = {
  customer: 'customerId',
  'customer.id': 'customerId',
  'customer.new.name': 'newCustomerName',
  'customer.new.tenantDomain': 'newCustomerTenant',
};

/** The form field that should show a contract issue (first issue per field wins). */
export function fieldErrors(issues: FieldIssue[]): { name: keyof NewCaseValues; errors: string[] }[] {
  const byField = new Map<keyof NewCaseValues, string>();
  for (const issue of issues) {
    const name = FIELD_BY_PATH[issue.path] ?? (issue.path as keyof NewCaseValues);
    if (!byField.has(name)) byField.set(name, issue.message);
  }
  return [...byField].map(([name, message]) => ({ name, errors: [message] }));
}
