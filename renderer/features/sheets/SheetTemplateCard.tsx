import type { TFunction } from 'i18next';
import { App, Button, Card, Col, Form, Input, Row, Segmented, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaPolicy } from '../../../core/sla';
import { MAX_SHEET_CHARS, SHEET_PLACEHOLDERS, type SupportSheetTemplate } from '../../../core/support-sheet';
import { formatDateTime } from '../../shared/format';
import { useContractFormSave } from '../../shared/use-form-save';
import { useLoad } from '../../shared/use-load';
import { useStore } from '../../store';
import { TemplatePreview } from './TemplatePreview';
import './support-sheet.css';

interface Values {
  zh: string;
  en: string;
}
const FIELDS = ['zh', 'en'] as const;
const FIELD_OF = { 'bodies.zh-CN': 'zh', 'bodies.en': 'en' } as const;
type Mode = 'edit' | 'preview';

/** Settings: the desk's support process sheet template, both languages side by side; a save is a new version. */
export function SheetTemplateCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const template = useStore((s) => s.sheetTemplate);
  const load = useStore((s) => s.loadSheetTemplate);
  const save = useStore((s) => s.saveSheetTemplate);
  const loadPolicy = useStore((s) => s.loadSlaPolicy);
  const [policy, setPolicy] = useState<SlaPolicy | null>(null);
  const [mode, setMode] = useState<Mode>('edit');
  const [form] = Form.useForm<Values>();
  const { saving, save: run } = useContractFormSave(form, FIELDS, { fieldOf: FIELD_OF });
  const zh = Form.useWatch('zh', form) ?? '';
  const en = Form.useWatch('en', form) ?? '';
  useLoad(load);
  useLoad(async () => setPolicy(await loadPolicy()));
  useEffect(() => {
    if (template) form.setFieldsValue({ zh: template.bodies['zh-CN'], en: template.bodies.en });
  }, [template, form]);

  const submit = async (v: Values) => {
    await run(async () => {
      const saved = await save({ version: template!.version, bodies: { 'zh-CN': v.zh, en: v.en } });
      message.success(t('supportSheet.template.saved', { version: saved.version }));
    });
    // A refusal is shown under its box, which the preview hides.
    if (form.getFieldsError().some((f) => f.errors.length)) setMode('edit');
  };
  const list = SHEET_PLACEHOLDERS.map((p) => `{${p}} ${t(`supportSheet.template.placeholderNames.${p}`)}`);
  const box = (name: keyof Values, label: string) => (
    <Form.Item name={name} label={label} hidden={mode === 'preview'}>
      <Input.TextArea autoSize={{ minRows: 12, maxRows: 28 }} maxLength={MAX_SHEET_CHARS} />
    </Form.Item>
  );

  return (
    <Card
      size="small"
      title={t('supportSheet.template.title')}
      style={{ marginBottom: 16 }}
      aria-busy={!template || !policy}
      extra={template && <Typography.Text type="secondary">{versionText(t, template)}</Typography.Text>}
    >
      <Typography.Paragraph type="secondary">{t('supportSheet.template.intro')}</Typography.Paragraph>
      <Segmented<Mode>
        aria-label={t('supportSheet.template.mode')}
        value={mode}
        onChange={setMode}
        style={{ marginBottom: 12 }}
        options={(['edit', 'preview'] as const).map((m) => ({
          value: m,
          label: t(`supportSheet.template.${m}`),
        }))}
      />
      <Form<Values> form={form} name="sheet-template" layout="vertical" onFinish={(v) => void submit(v)}>
        <Row gutter={12}>
          <Col span={12}>
            {box('zh', t('supportSheet.template.bodyZh'))}
            {mode === 'preview' && policy && template && (
              <TemplatePreview body={zh} language="zh-CN" policy={policy} version={template.version + 1} />
            )}
          </Col>
          <Col span={12}>
            {box('en', t('supportSheet.template.bodyEn'))}
            {mode === 'preview' && policy && template && (
              <TemplatePreview body={en} language="en" policy={policy} version={template.version + 1} />
            )}
          </Col>
        </Row>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('supportSheet.template.placeholders', { list: list.join(' · ') })}
        </Typography.Paragraph>
        <Button type="primary" htmlType="submit" loading={saving} disabled={!template}>
          {t('supportSheet.template.save', { version: (template?.version ?? 0) + 1 })}
        </Button>
      </Form>
    </Card>
  );
}

function versionText(t: TFunction, template: SupportSheetTemplate): string {
  if (!template.updatedBy) return t('supportSheet.template.shipped', { version: template.version });
  return t('supportSheet.template.savedBy', {
    version: template.version,
    name: template.updatedBy.name,
    at: formatDateTime(template.updatedAt),
  });
}
