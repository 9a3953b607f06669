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

/**
 * `useFormSave` for a form whose fields carry the contract's names: a refusal's issues under those
 * fields (worded better per field by `specific`), any other failure as a message.
 */
export function useContractFormSave<Values, Name extends string>(
  form: FormInstance<Values>,
  fields: readonly Name[],
  specific?: Partial<Record<Name, Record<string, string>>>,
) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return useFormSave(form, {
    fieldErrors: (issues) => formErrors(issues, fields, t, specific) as FieldErrors<Values>,
    onError: (error) => message.error(errorText(t, error)),
  });
}
