import { App, Button, Card, Form, Input, Radio, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, isBrowserMode } from '../../lib/api';
import { useStore } from '../../store';
import { errorText } from '../../shared/error-text';
import {
  allowlistLines,
  settingsErrors,
  toSettingsValues,
  type SettingsValues as Values,
} from './handoff-settings-form';

/** 21Vianet's addresses, the hand-off window's allowlist, its download folder, the summary language. */
export function HandoffSettingsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useStore((s) => s.handoffSettings);
  const load = useStore((s) => s.loadHandoffSettings);
  const saveSettings = useStore((s) => s.saveHandoffSettings);
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    load().catch(() => message.error(t('errors.INTERNAL')));
  }, [load, message, t]);
  // The form shows the stored settings once; after that it holds what the agent types (a language switch
  // or a reload of the settings elsewhere must not wipe an unsaved edit).
  const filled = useRef(false);
  useEffect(() => {
    if (!settings || filled.current) return;
    form.setFieldsValue(toSettingsValues(settings));
    filled.current = true;
  }, [settings, form]);

  async function save(values: Values) {
    setSaving(true);
    const typed = allowlistLines(values.allowlist);
    try {
      const saved = await saveSettings({ ...values, allowlist: typed });
      form.setFieldsValue(toSettingsValues(saved));
      message.success(t('handoffSettings.saved'));
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'VALIDATION') {
        form.setFields(settingsErrors(t, error.issues, typed));
      }
      message.error(errorText(t, error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card
      size="small"
      title={t('handoffSettings.title')}
      style={{ marginBottom: 16 }}
      data-testid="handoff-settings"
    >
      <Form<Values>
        form={form}
        name="handoff-settings"
        layout="vertical"
        size="small"
        requiredMark={false}
        disabled={!settings}
        onFinish={(values) => void save(values)}
        onValuesChange={(changed: Partial<Values>) =>
          form.setFields(Object.keys(changed).map((name) => ({ name: name as keyof Values, errors: [] })))
        }
      >
        <Form.Item
          name="adminCenterUrl"
          label={t('handoffSettings.adminCenterUrl')}
          extra={t('handoffSettings.adminCenterHelp')}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="partnerCenterUrl"
          label={t('handoffSettings.partnerCenterUrl')}
          extra={t('handoffSettings.partnerCenterHelp')}
        >
          <Input placeholder="https://" />
        </Form.Item>
        <Form.Item
          label={t('handoffSettings.allowlist')}
          extra={
            <Space size={4} wrap>
              <span>{t('handoffSettings.allowlistHelp')}</span>
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                onClick={() =>
                  settings && form.setFieldValue('allowlist', settings.defaultAllowlist.join('\n'))
                }
              >
                {t('handoffSettings.restoreDefaults')}
              </Button>
            </Space>
          }
        >
          <Form.Item name="allowlist" noStyle>
            <Input.TextArea
              aria-label={t('handoffSettings.allowlist')}
              autoSize={{ minRows: 4, maxRows: 10 }}
              style={{ fontFamily: 'monospace', fontSize: 12 }}
            />
          </Form.Item>
        </Form.Item>
        <Form.Item
          name="downloadDir"
          label={t('handoffSettings.downloadDir')}
          extra={
            isBrowserMode() ? t('handoffSettings.downloadBrowserMode') : t('handoffSettings.downloadHelp')
          }
        >
          <Input
            placeholder={settings?.defaultDownloadDir}
            style={{ fontFamily: 'monospace', fontSize: 12 }}
          />
        </Form.Item>
        <Form.Item name="summaryLanguage" label={t('handoffSettings.summaryLanguage')}>
          <Radio.Group
            aria-label={t('handoffSettings.summaryLanguage')}
            options={[
              { value: 'zh-CN', label: '简体中文' },
              { value: 'en', label: 'English' },
            ]}
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('handoffSettings.save')}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('handoffSettings.saveHelp')}
          </Typography.Text>
        </Space>
      </Form>
    </Card>
  );
}
