// The hand-off settings form's values, and the service's issues as the form shows them.
import type { TFunction } from 'i18next';
import type { Language } from '../../../core/domain';
import type { FieldIssue } from '../../../core/errors';
import type { HandoffSettings } from '../../../core/handoff-settings';

export interface SettingsValues {
  adminCenterUrl: string;
  partnerCenterUrl: string;
  /** One allowed site per line. */
  allowlist: string;
  downloadDir: string;
  summaryLanguage: Language;
}
const FIELDS = ['adminCenterUrl', 'partnerCenterUrl', 'allowlist', 'downloadDir', 'summaryLanguage'] as const;
type Field = (typeof FIELDS)[number];

export const allowlistLines = (text: string) => text.split('\n').map((l) => l.trim());
export const toSettingsValues = (s: HandoffSettings): SettingsValues => ({
  ...s,
  allowlist: s.allowlist.join('\n'),
});

/** Each field's messages; an allowlist issue names its entry (allowlist.3): said with the line. */
export function settingsErrors(t: TFunction, issues: readonly FieldIssue[], typed: readonly string[]) {
  const errors = new Map<Field, string[]>();
  for (const issue of issues) {
    const [field, index] = issue.path.split('.') as [Field, string | undefined];
    if (!FIELDS.includes(field)) continue;
    const text =
      index === undefined
        ? t(issue.message)
        : t('handoffSettings.lineIssue', {
            line: Number(index) + 1,
            entry: typed[Number(index)],
            message: t(issue.message),
          });
    errors.set(field, [...(errors.get(field) ?? []), text]);
  }
  return [...errors].map(([name, list]) => ({ name, errors: list }));
}
