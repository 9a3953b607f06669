import { Form } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/domain';
import { partnerRequestSummary } from '../../../core/escalation-summary';
import type { FieldIssue } from '../../../core/errors';
import type { PartnerRequestDetail } from '../../../core/partner-requests';
import type { Submission } from '../../../core/tracked-request';
import { useStore } from '../../store';
import { selectOnline } from '../network/network-slice';
import { HandoffPanel } from './HandoffPanel';
import {
  checkPartner,
  partnerInitialValues,
  partnerProblems,
  toPartnerInput,
  type PartnerFormValues,
} from './partner-form';
import { PartnerRequestFields } from './PartnerRequestFields';
import { RequestActions } from './RequestActions';
import { RequestLayout } from './RequestLayout';
import { useRequestEditor } from './use-request-editor';

interface Props {
  /** The draft being continued; absent for a new request. */
  draft: PartnerRequestDetail | undefined;
  summaryLanguage: Language;
}

/** A new or draft Partner Center request: its form, then the hand-off. */
export function PartnerRequestEditor({ draft, summaryLanguage }: Props) {
  const { t } = useTranslation();
  const online = useStore(selectOnline);
  const close = useStore((s) => s.closePartnerRequest);
  const prepare = useStore((s) => s.preparePartnerRequest);
  const submitDraft = useStore((s) => s.submitPartnerRequest);
  const discardDraft = useStore((s) => s.discardPartnerRequest);
  const [form] = Form.useForm<PartnerFormValues>();
  const [start] = useState(() => partnerInitialValues(draft, summaryLanguage));
  const [step, setStep] = useState<'form' | 'handoff'>(draft ? 'handoff' : 'form');
  const editor = useRequestEditor({
    form,
    start,
    typingKey: NEW_REQUEST_DRAFT,
    saved: draft !== undefined,
    nothingTyped,
    close,
  });
  const { values } = editor;
  const summary = useMemo(
    () =>
      partnerRequestSummary({
        ...editor.summarySource,
        category: values.category ?? 'technical',
        description: values.description ?? '',
      }),
    [editor.summarySource, values],
  );

  const show = (issues: readonly FieldIssue[]) => {
    const fields = partnerProblems(issues);
    form.setFields(
      fields.map((f) => ({ name: f.name as keyof PartnerFormValues, errors: f.errors.map((k) => t(k)) })),
    );
    return fields.length === 0;
  };

  async function save() {
    const all = form.getFieldsValue(true) as PartnerFormValues;
    if (!show(checkPartner(all))) return;
    const saved = await editor.save(
      () => prepare(toPartnerInput(all, draft?.id, !online)),
      t(online ? 'partnerRequests.prepared' : 'escalation.queued'),
      show,
    );
    if (saved) setStep('handoff');
  }

  const submit = (submission: Submission) =>
    draft
      ? editor.submit(
          () => submitDraft(draft.id, submission),
          t('partnerRequests.submitted', { number: submission.requestNumber }),
        )
      : Promise.resolve();

  return (
    <RequestLayout
      steps={[t('escalation.steps.request'), t('escalation.steps.handoff')]}
      current={step === 'form' ? 0 : 1}
      summary={summary}
      language={values.summaryLanguage}
      onLanguage={(language) => form.setFieldValue('summaryLanguage', language)}
    >
      <div hidden={step !== 'form'}>
        <Form<PartnerFormValues>
          form={form}
          name="partner-request"
          layout="vertical"
          requiredMark={false}
          initialValues={start}
          onValuesChange={(changed: Partial<PartnerFormValues>) =>
            form.setFields(
              Object.keys(changed).map((name) => ({ name: name as keyof PartnerFormValues, errors: [] })),
            )
          }
        >
          <PartnerRequestFields />
        </Form>
      </div>
      {step === 'handoff' && (
        <HandoffPanel place="partner_requests" severity={values.severity ?? 'B'} onSubmit={submit} />
      )}
      <RequestActions
        style={{ marginTop: 16 }}
        onDiscard={draft ? () => editor.discard(() => discardDraft(draft.id)) : undefined}
        onBack={step === 'handoff' ? () => setStep('form') : undefined}
        primary={
          step === 'form'
            ? {
                label: t(online ? 'escalation.saveAndContinue' : 'escalation.saveToQueue'),
                busy: editor.busy,
                onClick: () => void save(),
              }
            : undefined
        }
      />
    </RequestLayout>
  );
}

/** The typing draft of the one new Partner Center request being written at this workstation. */
const NEW_REQUEST_DRAFT = 'partner-request:new';

const nothingTyped = (v: PartnerFormValues) =>
  !v.category &&
  !v.title?.trim() &&
  !v.description?.trim() &&
  !v.businessImpact?.trim() &&
  !v.contact?.trim();
