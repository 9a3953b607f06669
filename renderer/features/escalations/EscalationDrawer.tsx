import { App, Button, Col, Drawer, Form, Input, Row, Space, Steps, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../core/cases';
import { escalationSummary } from '../../../core/escalation-summary';
import type { CaseEscalations, EscalationReason } from '../../../core/escalations';
import type { HandoffSettings } from '../../../core/handoff-settings';
import { ApiCallError, call } from '../../lib/api';
import { useStore } from '../../store';
import { errorText } from '../../shared/error-text';
import { serviceName } from '../../shared/service-names';
import { useDraft } from '../drafts/use-draft';
import { selectOnline } from '../network/network-slice';
import { DiscardDraftButton } from './DiscardDraftButton';
import {
  checkStep,
  formProblems,
  initialValues,
  STEPS,
  toPrepareInput,
  type EscalationFormValues,
  type FormProblems,
  type Step,
} from './escalation-form';
import { HandoffPanel } from './HandoffPanel';
import { JustifyStep } from './JustifyStep';
import type { SubmissionValues } from './RecordSubmissionForm';
import { RequestStep } from './RequestStep';
import { SummaryPanel } from './SummaryPanel';
import { useFormValues } from './use-form-values';

interface Props {
  detail: CaseDetail;
  data: CaseEscalations;
  settings: HandoffSettings;
}

/** The guided escalation: justify, describe the request, hand it off, record 21Vianet's answer. */
export function EscalationDrawer({ detail, data, settings }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const close = useStore((s) => s.closeEscalationPanel);
  const reload = useStore((s) => s.loadCaseEscalations);
  const loadQueue = useStore((s) => s.loadHandoffQueue);
  const escalationChanged = useStore((s) => s.escalationChanged);
  const catalogue = useStore((s) => s.serviceCatalogue);
  const online = useStore(selectOnline);
  const draft = data.escalations.find((e) => e.status === 'draft');
  const [form] = Form.useForm<EscalationFormValues>();
  // A draft continues at the hand-off: everything before it was checked when it was saved.
  const [step, setStep] = useState<Step>(draft ? 'handoff' : 'justify');
  const [reasonsError, setReasonsError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [start] = useState(() => initialValues(detail, draft, { ...data, ...settings }));
  const values = useFormValues(form, start);
  // Until the escalation is saved (a draft in the queue), what the agent types is kept as they type, so that
  // closing the panel, a reload or a crash loses nothing.
  // Once the escalation is saved, the typing draft has served: nothing (null) is kept from then on.
  const typing = useDraft<EscalationFormValues | null>(`escalation:${detail.id}`, draft ? null : values, {
    enabled: !draft,
    isEmpty: (v) => v === null || nothingTyped(v),
    onRestore: (body) => form.setFieldsValue(body as Partial<EscalationFormValues>),
  });

  useEffect(() => form.setFieldsValue(start), [form, start]);

  const summary = useMemo(
    () =>
      escalationSummary({
        language: values.summaryLanguage,
        caseNumber: detail.number,
        customerName: detail.customer.name,
        tenantDomain: detail.customer.tenantDomain,
        serviceName: serviceName(catalogue, values.service, values.summaryLanguage),
        title: values.title ?? '',
        issue: values.issue ?? '',
        severity: values.severity ?? 'B',
        businessImpact: values.businessImpact ?? '',
        contact: values.contact ?? '',
        tried: values.tried ?? '',
        events: detail.events,
      }),
    [values, detail, catalogue],
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
    setBusy(true);
    try {
      await call('escalations.prepare', toPrepareInput(all, detail.id, draft?.id, !online));
      void typing.discard();
      await Promise.all([reload(detail.id), loadQueue()]);
      message.success(t(online ? 'escalation.prepared' : 'escalation.queued'));
      setStep('handoff');
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'VALIDATION') {
        const problems = formProblems(error.issues, all);
        show(problems);
        if (problems.reasons || problems.fields.some((f) => f.name === 'tried' || Array.isArray(f.name)))
          setStep('justify');
      }
      message.error(errorText(t, error));
    } finally {
      setBusy(false);
    }
  }

  async function submit(submission: SubmissionValues) {
    const current = useStore.getState().caseEscalations?.data.escalations.find((e) => e.status === 'draft');
    if (!current) return;
    try {
      const change = await call('escalations.submit', { id: current.id, ...submission });
      escalationChanged(change);
      void loadQueue();
      message.success(t('escalation.submitted', { number: submission.requestNumber }));
      close();
    } catch (error) {
      message.error(errorText(t, error));
      throw error;
    }
  }

  async function discard() {
    if (!draft) return;
    await call('escalations.discard', { id: draft.id });
    await Promise.all([reload(detail.id), loadQueue()]);
    message.success(t('escalation.discarded'));
    close();
  }

  const index = STEPS.indexOf(step);
  const target = values.target ?? 'admin_center';
  const url = target === 'partner_center' ? settings.partnerCenterUrl : settings.adminCenterUrl;
  return (
    <Drawer
      title={
        <Space>
          {t('escalation.drawerTitle', { number: detail.number })}
          {draft && <Tag color={draft.queuedOffline ? 'orange' : 'blue'}>{t('escalation.draftTag')}</Tag>}
        </Space>
      }
      open
      size={1080}
      onClose={close}
      destroyOnHidden
      footer={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <div>{draft && <DiscardDraftButton onDiscard={discard} />}</div>
          <Space>
            {index > 0 && <Button onClick={() => setStep(STEPS[index - 1]!)}>{t('escalation.back')}</Button>}
            {step !== 'handoff' && (
              <Button type="primary" loading={busy} onClick={() => void next()}>
                {step === 'request'
                  ? t(online ? 'escalation.saveAndContinue' : 'escalation.saveToQueue')
                  : t('escalation.next')}
              </Button>
            )}
          </Space>
        </Space>
      }
    >
      <Steps
        size="small"
        current={index}
        style={{ marginBottom: 16 }}
        items={STEPS.map((s) => ({ title: t(`escalation.steps.${s}`) }))}
      />
      <Row gutter={16}>
        <Col span={14}>
          <Form<EscalationFormValues>
            form={form}
            name="escalation"
            layout="vertical"
            requiredMark={false}
            initialValues={start}
            onValuesChange={(changed: Partial<EscalationFormValues>) => clearProblems(changed)}
          >
            <div hidden={step !== 'justify'}>
              <JustifyStep reasonsError={reasonsError} />
            </div>
            <div hidden={step !== 'request'}>
              <RequestStep premiumAgreement={data.premiumAgreement} contacts={data.contacts} />
            </div>
            <Form.Item name="summaryLanguage" hidden>
              <Input />
            </Form.Item>
          </Form>
          {step === 'handoff' && (
            <HandoffPanel
              url={url}
              openLabel={t(`handoff.open.${target}`)}
              path={t(`handoff.paths.${target}`)}
              severity={values.severity ?? 'B'}
              onSubmit={submit}
            />
          )}
        </Col>
        <Col span={10}>
          <SummaryPanel
            fields={summary}
            language={values.summaryLanguage}
            onLanguage={(language) => form.setFieldValue('summaryLanguage', language)}
          />
        </Col>
      </Row>
    </Drawer>
  );
}

/** The case's own title and description are no typing of the agent's: only these fields are. */
const nothingTyped = (v: EscalationFormValues) =>
  !v.tried?.trim() &&
  !v.businessImpact?.trim() &&
  !Object.values(v.reasons ?? {}).some((r) => r?.checked || r?.evidence?.trim());
