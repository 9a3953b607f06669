import { Drawer, Form, Input, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STEPS, type EscalationFormValues } from './escalation-form';
import { HandoffPanel } from './HandoffPanel';
import { JustifyStep } from './JustifyStep';
import { RequestActions } from './RequestActions';
import { RequestLayout } from './RequestLayout';
import { RequestStep } from './RequestStep';
import { useEscalationEditor, type EscalationEditorProps } from './use-escalation-editor';

/** The guided escalation: justify, describe the request, hand it off, record 21Vianet's answer. */
export function EscalationDrawer(props: EscalationEditorProps) {
  const { detail, data } = props;
  const { t } = useTranslation();
  const editor = useEscalationEditor(props);
  const { form, step, draft, online, values } = editor;
  const index = STEPS.indexOf(step);
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
      onClose={editor.close}
      destroyOnHidden
      footer={
        <RequestActions
          onDiscard={editor.discard}
          onBack={index > 0 ? () => editor.setStep(STEPS[index - 1]!) : undefined}
          primary={
            step === 'handoff'
              ? undefined
              : {
                  label:
                    step === 'request'
                      ? t(online ? 'escalation.saveAndContinue' : 'escalation.saveToQueue')
                      : t('escalation.next'),
                  busy: editor.busy,
                  onClick: () => void editor.next(),
                }
          }
        />
      }
    >
      <RequestLayout
        steps={STEPS.map((s) => t(`escalation.steps.${s}`))}
        current={index}
        summary={editor.summary}
        language={values.summaryLanguage}
        onLanguage={(language) => form.setFieldValue('summaryLanguage', language)}
      >
        <Form<EscalationFormValues>
          form={form}
          name="escalation"
          layout="vertical"
          requiredMark={false}
          initialValues={editor.start}
          onValuesChange={(changed: Partial<EscalationFormValues>) => editor.clearProblems(changed)}
        >
          <div hidden={step !== 'justify'}>
            <JustifyStep reasonsError={editor.reasonsError} />
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
            place={values.target ?? 'admin_center'}
            severity={values.severity ?? 'B'}
            onSubmit={editor.submit}
          />
        )}
      </RequestLayout>
    </Drawer>
  );
}
