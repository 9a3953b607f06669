import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../core/errors';
import { fieldErrors } from './duty-text';
import { useFormSave } from './use-form-save';
import { useRefusalText } from './use-refusal-text';

/**
 * Saves a roster or agent form: a refusal's issues under the fields they name (worded for the roster), any
 * other refusal as `failure` under the form, cleared when the next save starts.
 */
export function useRosterFormSave<Values, Name extends string>(
  form: FormInstance<Values>,
  fields: readonly Name[],
  /** Where an issue is shown when the form's field has another name than the contract's path. */
  fieldOf?: (issue: FieldIssue) => FieldIssue,
) {
  const { t } = useTranslation();
  const refusal = useRefusalText();
  const [failure, setFailure] = useState<string | null>(null);
  const { saving, save } = useFormSave(form, {
    fieldErrors: (issues) =>
      fieldErrors(fieldOf ? issues.map(fieldOf) : issues, fields, t) as Parameters<
        FormInstance<Values>['setFields']
      >[0],
    onError: (error, onFields) => {
      if (!onFields) setFailure(refusal(error));
    },
  });

  function run(work: () => Promise<void>): Promise<void> {
    setFailure(null);
    return save(work);
  }

  return { saving, failure, save: run };
}
