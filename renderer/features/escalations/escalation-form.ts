// The escalation panel's form model: its values, the steps, and the checks of the contract (the same zod
// schema the service runs), so the agent sees the service's own messages next to the fields as they go.
import type { CaseDetail } from '../../../core/cases';
import type { Contact } from '../../../core/customers';
import type { Language, Severity } from '../../../core/domain';
import type { FieldIssue } from '../../../core/errors';
import {
  ESCALATION_REASONS,
  escalationsPrepareInput,
  type Escalation,
  type EscalationPrepareInput,
  type EscalationReason,
  type HandoffTarget,
} from '../../../core/escalations';
import { contractIssues } from './contract-issues';

export interface EscalationFormValues {
  tried: string;
  reasons: Record<EscalationReason, { checked: boolean; evidence: string }>;
  service: string;
  severity: Severity | undefined;
  title: string;
  issue: string;
  businessImpact: string;
  contact: string;
  target: HandoffTarget;
  summaryLanguage: Language;
}

/** The panel's steps: why escalate, what to ask for, then the hand-off itself. */
export const STEPS = ['justify', 'request', 'handoff'] as const;
export type Step = (typeof STEPS)[number];

const STEP_FIELDS: Record<Exclude<Step, 'handoff'>, readonly string[]> = {
  justify: ['tried', 'reasons'],
  request: [
    'service',
    'severity',
    'title',
    'issue',
    'businessImpact',
    'contact',
    'target',
    'summaryLanguage',
  ],
};

/** A contact as one line the agent can paste: name, phone, e-mail. */
export const contactLine = (c: Pick<Contact, 'name' | 'phone' | 'email'>) =>
  [c.name, c.phone, c.email].filter(Boolean).join(' ');

const emptyReasons = () =>
  Object.fromEntries(
    ESCALATION_REASONS.map((r) => [r, { checked: false, evidence: '' }]),
  ) as EscalationFormValues['reasons'];

/**
 * What the panel starts from: the draft being continued, or the case (title, description as the issue,
 * service), the customer's first contact, the desk's summary language. Severity A is never a default.
 */
export function initialValues(
  detail: CaseDetail,
  draft: Escalation | undefined,
  defaults: {
    summaryLanguage: Language;
    contacts: readonly Contact[];
    premiumAgreement: boolean;
    adminRole: boolean;
  },
): EscalationFormValues {
  if (draft) {
    const reasons = emptyReasons();
    for (const r of draft.reasons) reasons[r.reason] = { checked: true, evidence: r.evidence };
    return {
      tried: draft.tried,
      reasons,
      service: draft.service,
      severity: draft.severity,
      title: draft.title,
      issue: draft.issue,
      businessImpact: draft.businessImpact,
      contact: draft.contact,
      target: draft.target,
      summaryLanguage: draft.summaryLanguage,
    };
  }
  const contact = defaults.contacts[0];
  return {
    tried: '',
    reasons: emptyReasons(),
    service: detail.service,
    severity: detail.severity === 'A' && !defaults.premiumAgreement ? 'B' : detail.severity,
    title: detail.title,
    issue: detail.description,
    businessImpact: '',
    contact: contact ? contactLine(contact) : '',
    // The customer's admin center only takes a request from a reseller the customer made an admin.
    target: defaults.adminRole ? 'admin_center' : 'partner_center',
    summaryLanguage: defaults.summaryLanguage,
  };
}

/** The checked reasons, in the seed's order, as the contract takes them. */
const checkedReasons = (values: EscalationFormValues) =>
  ESCALATION_REASONS.filter((r) => values.reasons[r]?.checked);

export function toPrepareInput(
  values: EscalationFormValues,
  caseId: string,
  draftId: string | undefined,
  offline: boolean,
): EscalationPrepareInput {
  return {
    caseId,
    ...(draftId ? { id: draftId } : {}),
    tried: values.tried,
    reasons: checkedReasons(values).map((reason) => ({ reason, evidence: values.reasons[reason].evidence })),
    service: values.service,
    severity: values.severity as Severity,
    title: values.title,
    issue: values.issue,
    businessImpact: values.businessImpact,
    contact: values.contact,
    target: values.target,
    summaryLanguage: values.summaryLanguage,
    offline,
  };
}

/** A form field's name as antd takes it: `tried`, or `['reasons', 'tools', 'evidence']`. */
export type FieldName = string | [string, string, string];

export interface FormProblems {
  fields: { name: FieldName; errors: string[] }[];
  /** "Choose at least one reason": said once, above the three reasons. */
  reasons: string | null;
}

/**
 * Contract issues as the form shows them: `reasons.1.evidence` is the second checked reason's evidence;
 * `reasons` alone is about the set of reasons. Keys stay untranslated (the component translates).
 */
export function formProblems(issues: readonly FieldIssue[], values: EscalationFormValues): FormProblems {
  const checked = checkedReasons(values);
  const fields = new Map<string, { name: FieldName; errors: string[] }>();
  let reasons: string | null = null;
  for (const issue of issues) {
    const parts = issue.path.split('.');
    if (parts[0] === 'reasons') {
      const reason = parts[1] !== undefined ? checked[Number(parts[1])] : undefined;
      if (reason && parts[2] === 'evidence') {
        const key = `reasons.${reason}`;
        if (!fields.has(key))
          fields.set(key, { name: ['reasons', reason, 'evidence'], errors: [issue.message] });
      } else reasons ??= issue.message;
    } else if (!fields.has(issue.path)) {
      fields.set(issue.path, { name: issue.path, errors: [issue.message] });
    }
  }
  return { fields: [...fields.values()], reasons };
}

/** The contract's own check of one step's fields (the later steps' fields are not judged yet). */
export function checkStep(values: EscalationFormValues, step: Exclude<Step, 'handoff'>, caseId: string) {
  const issues = contractIssues(
    escalationsPrepareInput,
    toPrepareInput(values, caseId, undefined, false),
  ).filter((i) => STEP_FIELDS[step].includes(i.path.split('.')[0]!));
  return formProblems(issues, values);
}
