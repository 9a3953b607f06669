// The Partner Center request form's values and the contract's check of them, as the panel shows them.
import type { Language, Severity } from '../../../core/domain';
import type { FieldIssue } from '../../../core/errors';
import {
  partnerRequestsPrepareInput,
  type PartnerCategory,
  type PartnerRequest,
  type PartnerRequestPrepareInput,
} from '../../../core/partner-requests';
import { contractIssues } from './contract-issues';

export interface PartnerFormValues {
  category: PartnerCategory | undefined;
  title: string;
  description: string;
  severity: Severity | undefined;
  businessImpact: string;
  contact: string;
  summaryLanguage: Language;
}

export const PARTNER_FIELDS = [
  'category',
  'title',
  'description',
  'severity',
  'businessImpact',
  'contact',
  'summaryLanguage',
] as const;

export function partnerInitialValues(
  draft: PartnerRequest | undefined,
  summaryLanguage: Language,
): PartnerFormValues {
  if (draft) {
    const { category, title, description, severity, businessImpact, contact } = draft;
    return {
      category,
      title,
      description,
      severity,
      businessImpact,
      contact,
      summaryLanguage: draft.summaryLanguage,
    };
  }
  return {
    category: undefined,
    title: '',
    description: '',
    severity: 'B',
    businessImpact: '',
    contact: '',
    summaryLanguage,
  };
}

export function toPartnerInput(
  values: PartnerFormValues,
  id: string | undefined,
  offline: boolean,
): PartnerRequestPrepareInput {
  return {
    ...(id ? { id } : {}),
    category: values.category as PartnerCategory,
    title: values.title,
    description: values.description,
    severity: values.severity as Severity,
    businessImpact: values.businessImpact,
    contact: values.contact,
    summaryLanguage: values.summaryLanguage,
    offline,
  };
}

/** One message per field (the first), from the contract's schema or from the service. */
export function partnerProblems(issues: readonly FieldIssue[]): { name: string; errors: string[] }[] {
  const byField = new Map<string, string>();
  for (const i of issues) {
    if ((PARTNER_FIELDS as readonly string[]).includes(i.path) && !byField.has(i.path))
      byField.set(i.path, i.message);
  }
  return [...byField].map(([name, message]) => ({ name, errors: [message] }));
}

/** The contract's check of the form's values, as field issues. */
export function checkPartner(values: PartnerFormValues): FieldIssue[] {
  return contractIssues(partnerRequestsPrepareInput, toPartnerInput(values, undefined, false));
}
