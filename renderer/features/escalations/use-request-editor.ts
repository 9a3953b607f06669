// What the escalation panel and the Partner Center request panel share: the values as typed, the typing
// draft until the request is saved, and saving, submitting and discarding with what the agent is told.
import { App, type FormInstance } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Severity } from '../../../core/domain';
import type { FieldIssue } from '../../../core/errors';
import type { RequestSummarySource } from '../../../core/escalation-summary';
import { ApiCallError } from '../../lib/api';
import { errorText } from '../../shared/error-text';
import { useDraft } from '../drafts/use-draft';
import { useFormValues } from './use-form-values';

/** What every request form holds, whatever its kind. */
interface RequestFormValues {
  title: string;
  severity: Severity | undefined;
  businessImpact: string;
  contact: string;
  summaryLanguage: Language;
}

interface Options<V> {
  form: FormInstance<V>;
  start: V;
  /** The typing draft's key in the case log. */
  typingKey: string;
  /** A saved request is a draft in the queue: nothing is kept as typed any more. */
  saved: boolean;
  /** Nothing of the agent's own typing: no typing draft is kept. */
  nothingTyped(values: V): boolean;
  close(): void;
}

export function useRequestEditor<V extends RequestFormValues>(options: Options<V>) {
  const { form, start, saved, close } = options;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const values = useFormValues(form, start);
  // Until the request is saved, what the agent types is kept as they type, so that closing the panel, a
  // reload or a crash loses nothing. Once it is saved, the typing draft has served: null is kept.
  const typing = useDraft<V | null>(options.typingKey, saved ? null : values, {
    enabled: !saved,
    isEmpty: (v) => v === null || options.nothingTyped(v),
    onRestore: (body) => form.setFieldsValue(body as Parameters<typeof form.setFieldsValue>[0]),
  });

  /** What every summary says, as typed so far (severity B until one is chosen). */
  const summarySource = useMemo<RequestSummarySource>(
    () => ({
      language: values.summaryLanguage,
      title: values.title ?? '',
      severity: values.severity ?? 'B',
      businessImpact: values.businessImpact ?? '',
      contact: values.contact ?? '',
    }),
    [values],
  );

  /** Saves the request; the service's field issues go to `onInvalid`. Resolves to whether it was saved. */
  async function save(
    run: () => Promise<unknown>,
    success: string,
    onInvalid: (issues: FieldIssue[]) => void,
  ) {
    setBusy(true);
    try {
      await run();
      void typing.discard();
      message.success(success);
      return true;
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'VALIDATION') onInvalid(error.issues);
      message.error(errorText(t, error));
      return false;
    } finally {
      setBusy(false);
    }
  }

  /** Records 21Vianet's answer; a failure is said and rethrown, for the form to show its fields' issues. */
  async function submit(run: () => Promise<void>, success: string) {
    try {
      await run();
      message.success(success);
      close();
    } catch (error) {
      message.error(errorText(t, error));
      throw error;
    }
  }

  async function discard(run: () => Promise<void>) {
    await run();
    message.success(t('escalation.discarded'));
    close();
  }

  return { values, summarySource, busy, save, submit, discard };
}
