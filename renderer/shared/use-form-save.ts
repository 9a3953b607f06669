import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../core/errors';
import { ApiCallError } from '../lib/api';
import { errorText } from './error-text';
import { formErrors } from './form-issues';

type FieldErrors<Values> = Parameters<FormInstance<Values>['setFields']>[0];

interface Options<Values> {
  /** A VALIDATION refusal's issues as errors under the form's fields. */
  fieldErrors: (issues: FieldIssue[]) => FieldErrors<Values>;
  /** Any failure; `onFields` says the form already shows it under its fields. */
  onError: (error: unknown, onFields: boolean) => void;
}

/**
 * Saves a form through a call: `saving` while it runs; a refusal with field issues is shown under the
 * fields it names, and every failure reaches `onError`.
 */
export function useFormSave<Values>(form: FormInstance<Values>, { fieldErrors, onError }: Options<Values>) {
  const [saving, setSaving] = useState(false);

  async function save(work: () => Promise<void>): Promise<void> {
    setSaving(true);
    try {
      await work();
    } catch (error) {
      const onFields = error instanceof ApiCallError && error.code === 'VALIDATION';
      if (onFields) form.setFields(fieldErrors(error.issues));
      onError(error, onFields);
    } finally {
      setSaving(false);
    }
  }

  return { saving, save };
}

export interface ContractFormOptions<Name extends string> {
  /** A better wording of a generic message for one field. */
  specific?: Partial<Record<Name, Record<string, string>>>;
  /** The form field of a contract path the form names otherwise (`bodies.en` shown under `en`). */
  fieldOf?: Record<string, Name>;
}

/**
 * `useFormSave` for a form whose fields carry the contract's names (or are mapped to them): a refusal's
 * issues under those fields, any other failure as a message.
 */
export function useContractFormSave<Values, Name extends string>(
  form: FormInstance<Values>,
  fields: readonly Name[],
  { specific, fieldOf }: ContractFormOptions<Name> = {},
) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return useFormSave(form, {
    fieldErrors: (issues) => {
      const named = fieldOf ? issues.map((i) => ({ ...i, path: fieldOf[i.path] ?? i.path })) : issues;
      return formErrors(named, fields, t, specific) as FieldErrors<Values>;
    },
    onError: (error) => message.error(errorText(t, error)),
  });
}
