import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useDraft } from '../drafts/use-draft';
import { isEmptyNewCase, NEW_CASE_DEFAULTS, newCaseFromDraft, type NewCaseValues } from './new-case-form';

/**
 * The new-case form as a draft while it is filled in: a crash or reload keeps it. It is read when the
 * drawer first opens, when the form exists to take it.
 */
export function useNewCaseDraft(form: FormInstance<NewCaseValues>, open: boolean) {
  const [values, setValues] = useState<NewCaseValues>(NEW_CASE_DEFAULTS);
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  const draft = useDraft('new-case', values, {
    enabled: opened,
    isEmpty: isEmptyNewCase,
    onRestore: (body) => {
      const restored = newCaseFromDraft(body);
      form.setFieldsValue(restored);
      setValues(restored);
    },
  });
  return {
    /** Whether what is typed is kept yet, for the drawer to say so. */
    status: draft.status,
    /** Form's onValuesChange. */
    changed: (all: NewCaseValues) => setValues(all),
    /** The case was created: the form starts over and the draft goes. */
    saved: () => {
      setValues(NEW_CASE_DEFAULTS);
      void draft.discard();
    },
  };
}
