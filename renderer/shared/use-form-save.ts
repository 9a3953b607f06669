import type { FormInstance } from 'antd';
import { useState } from 'react';
import type { FieldIssue } from '../../core/errors';
import { ApiCallError } from '../lib/api';

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
