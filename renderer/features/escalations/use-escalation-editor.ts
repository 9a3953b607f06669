// The escalation panel's state and steps: justify, describe the request, hand it off, record the answer.
import { Form } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../core/cases';
import { escalationSummary } from '../../../core/escalation-summary';
import type { CaseEscalations, EscalationReason } from '../../../core/escalations';
import type { HandoffSettings } from '../../../core/handoff-settings';
import type { Submission } from '../../../core/tracked-request';
import { useStore } from '../../store';
import { serviceName } from '../../shared/service-names';
import { selectOnline } from '../network/network-slice';
import {
  checkStep,
  formProblems,
  initialValues,
  toPrepareInput,
  type EscalationFormValues,
  type FormProblems,
  type Step,
} from './escalation-form';
import { useRequestEditor } from './use-request-editor';

export interface EscalationEditorProps {
  detail: CaseDetail;
  data: CaseEscalations;
  settings: HandoffSettings;
}

export function useEscalationEditor({ detail, data, settings }: EscalationEditorProps) {
  const { t } = useTranslation();
  const close = useStore((s) => s.closeEscalationPanel);
  const prepare = useStore((s) => s.prepareEscalation);
  const submitDraft = useStore((s) => s.submitEscalation);
  const discardDraft = useStore((s) => s.discardEscalation);
  const catalogue = useStore((s) => s.serviceCatalogue);
  const online = useStore(selectOnline);
  const draft = data.escalations.find((e) => e.status === 'draft');
  const [form] = Form.useForm<EscalationFormValues>();
  // A draft continues at the hand-off: everything before it was checked when it was saved.
  const [step, setStep] = useState<Step>(draft ? 'handoff' : 'justify');
  const [reasonsError, setReasonsError] = useState<string | null>(null);
  const [start] = useState(() => initialValues(detail, draft, { ...data, ...settings }));
  const editor = useRequestEditor({
    form,
    start,
    typingKey: `escalation:${detail.id}`,
    saved: draft !== undefined,
    nothingTyped,
    close,
  });
  const { values } = editor;

  useEffect(() => form.setFieldsValue(start), [form, start]);

  const summary = useMemo(
    () =>
      escalationSummary({
        ...editor.summarySource,
        caseNumber: detail.number,
        customerName: detail.customer.name,
        tenantDomain: detail.customer.tenantDomain,
        serviceName: serviceName(catalogue, values.service, values.summaryLanguage),
        issue: values.issue ?? '',
        tried: values.tried ?? '',
        events: detail.events,
      }),
    [editor.summarySource, values, detail, catalogue],
  );

  function show(problems: FormProblems) {
    // Field names come from the contract's issue paths, which antd's typed names cannot know statically.
    const fields = problems.fields.map((f) => ({ name: f.name, errors: f.errors.map((k) => t(k)) }));
    form.setFields(fields as Parameters<typeof form.setFields>[0]);
    setReasonsError(problems.reasons ? t(problems.reasons) : null);
    return problems.fields.length === 0 && problems.reasons === null;
  }

  /** What the agent just changed is no longer wrong as far as the panel knows: its message goes. */
  function clearProblems(changed: Partial<EscalationFormValues>) {
    for (const key of Object.keys(changed) as (keyof EscalationFormValues)[]) {
      if (key !== 'reasons') {
        form.setFields([{ name: key, errors: [] }]);
        continue;
      }
      setReasonsError(null);
      for (const reason of Object.keys(changed.reasons ?? {}) as EscalationReason[]) {
        form.setFields([{ name: ['reasons', reason, 'evidence'], errors: [] }]);
      }
    }
  }

  async function next() {
    const all = form.getFieldsValue(true) as EscalationFormValues;
    if (step === 'justify') {
      if (show(checkStep(all, 'justify', detail.id))) setStep('request');
      return;
    }
    if (!show(checkStep(all, 'request', detail.id))) return;
    const saved = await editor.save(
      () => prepare(toPrepareInput(all, detail.id, draft?.id, !online)),
      t(online ? 'escalation.prepared' : 'escalation.queued'),
      (issues) => {
        const problems = formProblems(issues, all);
        show(problems);
        if (problems.reasons || problems.fields.some((f) => f.name === 'tried' || Array.isArray(f.name)))
          setStep('justify');
      },
    );
    if (saved) setStep('handoff');
  }

  async function submit(submission: Submission) {
    // The draft as the store has it now: the one just saved, if the panel has not re-rendered yet.
    const current = useStore.getState().caseEscalations?.data.escalations.find((e) => e.status === 'draft');
    if (!current) return;
    await editor.submit(
      () => submitDraft(current.id, submission),
      t('escalation.submitted', { number: submission.requestNumber }),
    );
  }

  const discard = draft ? () => editor.discard(() => discardDraft(draft)) : undefined;

  return {
    form,
    start,
    values,
    step,
    setStep,
    reasonsError,
    busy: editor.busy,
    online,
    draft,
    summary,
    close,
    clearProblems,
    next,
    submit,
    discard,
  };
}

/** The case's own title and description are no typing of the agent's: only these fields are. */
const nothingTyped = (v: EscalationFormValues) =>
  !v.tried?.trim() &&
  !v.businessImpact?.trim() &&
  !Object.values(v.reasons ?? {}).some((r) => r?.checked || r?.evidence?.trim());
