import type { CaseDetail, CaseField, CasesUpdateInput } from '../../../core/cases';
import { CASE_FIELDS } from '../../../core/cases';
import type { FieldIssue } from '../../../core/errors';

export type EditValues = Pick<CaseDetail, CaseField>;

export const editValues = (detail: CaseDetail): EditValues => ({
  title: detail.title,
  description: detail.description,
  supportArea: detail.supportArea,
  service: detail.service,
  severity: detail.severity,
  channel: detail.channel,
});

/**
 * Only the fields the agent changed, each with the value the agent saw (`from`), so that the service
 * records one event per real change and refuses to overwrite a change made meanwhile. Null: no change.
 */
export function toUpdate(
  seen: CaseDetail,
  values: EditValues,
): Pick<CasesUpdateInput, 'changes' | 'from'> | null {
  const before = editValues(seen);
  const changes: Record<string, string> = {};
  const from: Record<string, string> = {};
  for (const field of CASE_FIELDS) {
    const value = field === 'title' || field === 'description' ? values[field].trim() : values[field];
    if (value === before[field]) continue;
    changes[field] = value;
    from[field] = before[field];
  }
  return Object.keys(changes).length
    ? ({ changes, from } as Pick<CasesUpdateInput, 'changes' | 'from'>)
    : null;
}

/** The form field for a contract issue: `changes.title` → `title`. */
export function editFieldErrors(issues: FieldIssue[]): { name: CaseField; errors: string[] }[] {
  const byField = new Map<CaseField, string>();
  for (const issue of issues) {
    const name = issue.path.replace(/^changes\./, '') as CaseField;
    if ((CASE_FIELDS as readonly string[]).includes(name) && !byField.has(name))
      byField.set(name, issue.message);
  }
  return [...byField].map(([name, message]) => ({ name, errors: [message] }));
}
