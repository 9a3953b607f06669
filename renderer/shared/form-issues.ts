import type { FieldIssue } from '../../core/errors';

/**
 * Contract issues as antd form errors: one message per field, on the field of the same name, worded in
 * the agent's language. `specific` words a generic message better for one field (an e-mail that is
 * "invalid" is said to be an e-mail problem).
 */
export function formErrors<Name extends string>(
  issues: readonly FieldIssue[],
  fields: readonly Name[],
  t: (key: string) => string,
  specific: Partial<Record<Name, Record<string, string>>> = {},
): { name: Name; errors: string[] }[] {
  const byField = new Map<Name, string>();
  for (const issue of issues) {
    const name = issue.path as Name;
    if (!fields.includes(name) || byField.has(name)) continue;
    byField.set(name, specific[name]?.[issue.message] ?? issue.message);
  }
  return [...byField].map(([name, key]) => ({ name, errors: [t(key)] }));
}
