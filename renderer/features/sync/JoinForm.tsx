import { Alert, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { SYNC_TLS_MODES, type SyncJoin, type SyncServer } from '../../../core/sync';
import { formErrors } from '../../shared/form-issues';
import { useFormSave } from '../../shared/use-form-save';
import { useShowError } from '../../shared/use-show-error';
import { useStore } from '../../store';

const FIELDS = [
  'host',
  'port',
  'database',
  'user',
  'password',
  'tls',
  'deskName',
  'workstationName',
] as const;

const DEFAULTS: Partial<SyncServer> = { port: 5432, tls: 'verify-full', database: 'shiftdesk' };

/** Where the desk's server is; a lead fills it in once per workstation, or changes it when the server moves. */
export function JoinForm({ onDone, onCancel }: { onDone(): void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SyncJoin>();
  const server = useStore((s) => s.sync.server);
  const lead = useStore((s) => s.agent?.role === 'lead');
  const joinSync = useStore((s) => s.joinSync);
  const showError = useShowError();
  const { saving, save } = useFormSave(form, {
    fieldErrors: (issues) => formErrors(issues, FIELDS, t),
    onError: (error, onFields) => {
      if (!onFields) showError(error);
    },
  });

  const submit = (values: SyncJoin) =>
    save(async () => {
      const { password, ...rest } = values;
      await joinSync({ ...rest, ...(password ? { password } : {}) });
      onDone();
    });

  const field = (name: (typeof FIELDS)[number]) => ({
    name,
    label: t(`sync.form.${name}`),
    rules: [{ required: name !== 'password', message: t('validation.required') }],
  });

  return (
    <Form<SyncJoin>
      form={form}
      layout="vertical"
      aria-label={t('sync.form.title')}
      initialValues={{ ...DEFAULTS, ...server }}
      onFinish={(values) => void submit(values)}
      disabled={!lead || saving}
      requiredMark={false}
      style={{ maxWidth: 560 }}
    >
      {!lead && <Alert type="info" showIcon title={t('sync.form.leadOnly')} style={{ marginBottom: 12 }} />}
      <Space.Compact block>
        <Form.Item {...field('host')} style={{ flex: 1 }}>
          <Input autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item {...field('port')} style={{ width: 120 }}>
          <InputNumber min={1} max={65535} style={{ width: '100%' }} />
        </Form.Item>
      </Space.Compact>
      <Form.Item {...field('database')}>
        <Input autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item {...field('user')}>
        <Input autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item {...field('password')} extra={t('sync.form.passwordHelp')}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item {...field('tls')}>
        <Select
          aria-label={t('sync.form.tls')}
          options={SYNC_TLS_MODES.map((mode) => ({ value: mode, label: t(`sync.form.tlsModes.${mode}`) }))}
        />
      </Form.Item>
      <Form.Item {...field('deskName')} extra={t('sync.form.deskNameHelp')}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item {...field('workstationName')}>
        <Input autoComplete="off" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('sync.form.join')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('controls.cancel')}</Button>}
      </Space>
    </Form>
  );
}
