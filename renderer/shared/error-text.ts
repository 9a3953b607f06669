import type { TFunction } from 'i18next';
import { ApiCallError } from '../lib/api';

/** The translated message for a failed call: its code's text (errors.<code>). */
export function errorText(t: TFunction, error: unknown): string {
  return t(`errors.${error instanceof ApiCallError ? error.code : 'INTERNAL'}`);
}

/** The first issue reported against `path`, translated, or null. */
export function issueText(t: TFunction, error: unknown, path: string): string | null {
  const issue = error instanceof ApiCallError ? error.issues.find((i) => i.path === path) : undefined;
  return issue ? t(issue.message) : null;
}
