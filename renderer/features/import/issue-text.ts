import type { TFunction } from 'i18next';
import type { ImportIssue } from '../../../core/customer-import';

/** An import issue in the agent's language. */
export function issueText(issue: ImportIssue, t: TFunction): string {
  return t(`customerImport.issues.${issue.code}`, {
    value: issue.params?.value ?? '',
    row: issue.params?.row ?? 0,
    name: issue.params?.name ?? '',
    max: issue.params?.max ?? 0,
    field: issue.field ? t(`customerImport.fields.${issue.field}`) : '',
  });
}

/** Which column an issue is about: the file's own header, else the field's name. */
export function issueColumn(issue: ImportIssue, t: TFunction): string {
  if (issue.column) return issue.column;
  return issue.field ? t(`customerImport.fields.${issue.field}`) : '—';
}
