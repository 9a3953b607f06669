import { App, Button, Col, Drawer, Form, Row, Skeleton, Space, Steps, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerRequestSummary } from '../../../core/escalation-summary';
import type { HandoffSettings } from '../../../core/handoff-settings';
import type { PartnerRequestDetail } from '../../../core/partner-requests';
import { ApiCallError, call } from '../../lib/api';
import { useStore } from '../../store';
import { errorText } from '../../shared/error-text';
import { useDraft } from '../drafts/use-draft';
import { selectOnline } from '../network/network-slice';
import { DiscardDraftButton } from './DiscardDraftButton';
import { HandoffPanel } from './HandoffPanel';
import { PartnerRequestFields } from './PartnerRequestFields';
import { PartnerRequestView } from './PartnerRequestView';
import {
  checkPartner,
  partnerInitialValues,
  partnerProblems,
  toPartnerInput,
  type PartnerFormValues,
} from './partner-form';
import type { SubmissionValues } from './RecordSubmissionForm';
import { SummaryPanel } from './SummaryPanel';
import { useFormValues } from './use-form-values';

/** A Partner Center request: new or a draft (form, then hand-off), or a submitted one (its history). */
export function PartnerRequestDrawer({ openId }: { openId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const close = useStore((s) => s.closePartnerRequest);
  const settings = useStore((s) => s.handoffSettings);
  const loadSettings = useStore((s) => s.loadHandoffSettings);
  const [detail, setDetail] = useState<PartnerRequestDetail | null>(null);
  const loading = openId !== 'new' && detail?.id !== openId;

  useEffect(() => {
    void loadSettings().catch(() => message.error(t('errors.INTERNAL')));
  }, [loadSettings, message, t]);
  useEffect(() => {
    if (openId === 'new') return;
    call('partnerRequests.get', { id: openId })
      .then(setDetail)
      .catch(() => message.error(t('errors.NOT_FOUND')));
  }, [openId, message, t]);

  const submitted = detail && detail.status !== 'draft';
  return (
    <Drawer
      open
      size={submitted ? 640 : 1080}
      onClose={close}
      destroyOnHidden
      title={
        <Space>
          {detail ? detail.title : t('partnerRequests.new')}
          {detail?.status === 'draft' && <Tag color="orange">{t('escalation.draftTag')}</Tag>}
        </Space>
      }
    >
      {loading || !settings ? (
        <Skeleton active />
      ) : submitted ? (
        <PartnerRequestView detail={detail} onChanged={setDetail} />
      ) : (
        <PartnerRequestEditor draft={detail ?? undefined} settings={settings} onSaved={setDetail} />
      )}
    </Drawer>
  );
}

interface EditorProps {
  draft: PartnerRequestDetail | undefined;
  settings: HandoffSettings;
  onSaved(detail: PartnerRequestDetail): void;
}

function PartnerRequestEditor({ draft, settings, onSaved }: EditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const online = useStore(selectOnline);
  const close = useStore((s) => s.closePartnerRequest);
  const loadQueue = useStore((s) => s.loadHandoffQueue);
  const [form] = Form.useForm<PartnerFormValues>();
  const [start] = useState(() => partnerInitialValues(draft, settings.summaryLanguage));
  const [step, setStep] = useState<'form' | 'handoff'>(draft ? 'handoff' : 'form');
  const [busy, setBusy] = useState(false);
  const values = useFormValues(form, start);
  // A new request is kept as it is typed until it is saved, so that closing the panel, a reload or a crash
  // loses nothing; a saved draft is in the queue and needs no typing draft.
  const typing = useDraft<PartnerFormValues | null>(NEW_REQUEST_DRAFT, draft ? null : values, {
    enabled: !draft,
    isEmpty: (v) => v === null || nothingTyped(v),
    onRestore: (body) => form.setFieldsValue(body as Partial<PartnerFormValues>),
  });
  const summary = useMemo(
    () =>
      partnerRequestSummary({
        language: values.summaryLanguage,
        category: values.category ?? 'technical',
        title: values.title ?? '',
        description: values.description ?? '',
        severity: values.severity ?? 'B',
        businessImpact: values.businessImpact ?? '',
        contact: values.contact ?? '',
      }),
    [values],
  );

  const show = (fields: { name: string; errors: string[] }[]) => {
    form.setFields(
      fields.map((f) => ({ name: f.name as keyof PartnerFormValues, errors: f.errors.map((k) => t(k)) })),
    );
    return fields.length === 0;
  };

  async function save() {
    const all = form.getFieldsValue(true) as PartnerFormValues;
    if (!show(checkPartner(all))) return;
    setBusy(true);
    try {
      const saved = await call('partnerRequests.prepare', toPartnerInput(all, draft?.id, !online));
      void typing.discard();
      onSaved(saved);
      void loadQueue();
      message.success(t(online ? 'partnerRequests.prepared' : 'escalation.queued'));
      setStep('handoff');
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'VALIDATION') show(partnerProblems(error.issues));
      message.error(errorText(t, error));
    } finally {
      setBusy(false);
    }
  }

  async function submit(submission: SubmissionValues) {
    if (!draft) return;
    try {
      await call('partnerRequests.submit', { id: draft.id, ...submission });
      void loadQueue();
      message.success(t('partnerRequests.submitted', { number: submission.requestNumber }));
      close();
    } catch (error) {
      message.error(errorText(t, error));
      throw error;
    }
  }

  async function discard() {
    if (!draft) return;
    await call('partnerRequests.discard', { id: draft.id });
    void loadQueue();
    message.success(t('escalation.discarded'));
    close();
  }

  return (
    <>
      <Steps
        size="small"
        current={step === 'form' ? 0 : 1}
        style={{ marginBottom: 16 }}
        items={[{ title: t('escalation.steps.request') }, { title: t('escalation.steps.handoff') }]}
      />
      <Row gutter={16}>
        <Col span={14}>
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
            <HandoffPanel
              url={settings.partnerCenterUrl}
              openLabel={t('handoff.open.partner_requests')}
              path={t('handoff.paths.partner_requests')}
              severity={values.severity ?? 'B'}
              onSubmit={submit}
            />
          )}
          <Space style={{ marginTop: 16, width: '100%', justifyContent: 'space-between' }}>
            <div>{draft && <DiscardDraftButton onDiscard={discard} />}</div>
            {step === 'form' ? (
              <Button type="primary" loading={busy} onClick={() => void save()}>
                {t(online ? 'escalation.saveAndContinue' : 'escalation.saveToQueue')}
              </Button>
            ) : (
              <Button onClick={() => setStep('form')}>{t('escalation.back')}</Button>
            )}
          </Space>
        </Col>
        <Col span={10}>
          <SummaryPanel
            fields={summary}
            language={values.summaryLanguage}
            onLanguage={(language) => form.setFieldValue('summaryLanguage', language)}
          />
        </Col>
      </Row>
    </>
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
