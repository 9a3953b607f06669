import { App, Button, Col, Drawer, Form, Input, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../lib/api';
import { submitOnSaveChord } from '../../shared/save-chord';
import { useFormSave } from '../../shared/use-form-save';
import { useStore } from '../../store';
import { CaseClassFields } from './CaseClassFields';
import { CustomerPicker } from './CustomerPicker';
import {
  fieldErrors,
  NEW_CASE_DEFAULTS,
  NEW_CUSTOMER,
  toCreateInput,
  type NewCaseValues,
} from './new-case-form';
import { ArticleSuggestions } from '../knowledge/ArticleSuggestions';
import { SimilarCasesAlert } from './SimilarCasesAlert';
import { useNewCaseDraft } from './use-new-case-draft';

export function NewCaseDrawer() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const open = useStore((s) => s.newCaseOpen);
  const setOpen = useStore((s) => s.setNewCaseOpen);
  const createCase = useStore((s) => s.createCase);
  const navigate = useStore((s) => s.navigate);
  const [form] = Form.useForm<NewCaseValues>();
  const customerId = Form.useWatch('customerId', form);
  const title = Form.useWatch('title', form);
  const description = Form.useWatch('description', form);
  const draft = useNewCaseDraft(form, open);

  const { saving, save: run } = useFormSave(form, {
    fieldErrors: (issues) =>
      fieldErrors(issues).map((f) => ({ name: f.name, errors: f.errors.map((k) => t(k)) })),
    onError: (error) => message.error(t(`errors.${error instanceof ApiCallError ? error.code : 'INTERNAL'}`)),
  });

  const save = (values: NewCaseValues) =>
    run(async () => {
      const detail = await createCase(toCreateInput(values));
      setOpen(false);
      form.resetFields();
      draft.saved();
      navigate({ name: 'case', id: detail.id });
      message.success(t('cases.created', { number: detail.number }));
    });

  return (
    <Drawer
      title={t('cases.new')}
      open={open}
      size={560}
      onClose={() => setOpen(false)}
      destroyOnHidden={false}
      extra={
        <Space>
          <Typography.Text type="secondary" role="status" data-testid="draft-status">
            {draft.status === 'idle' ? t('cases.saveHint') : t(`composer.draft.${draft.status}`)}
          </Typography.Text>
          <Button onClick={() => setOpen(false)}>{t('controls.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('cases.save')}
          </Button>
        </Space>
      }
    >
      <Form<NewCaseValues>
        form={form}
        layout="vertical"
        initialValues={NEW_CASE_DEFAULTS}
        onValuesChange={(_, all) => draft.changed(all)}
        onFinish={(values) => void save(values)}
        onKeyDown={submitOnSaveChord(form)}
      >
        <Form.Item name="customerId" label={t('fields.customer')}>
          <CustomerPicker onCreate={(name) => form.setFieldValue('newCustomerName', name)} />
        </Form.Item>
        {customerId === NEW_CUSTOMER && (
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="newCustomerName" label={t('fields.newCustomerName')}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="newCustomerTenant" label={t('fields.tenantDomain')}>
                <Input placeholder={t('customerPicker.tenantPlaceholder')} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item name="title" label={t('fields.title')}>
          <Input autoFocus maxLength={200} />
        </Form.Item>
        <SimilarCasesAlert
          customerId={customerId === NEW_CUSTOMER ? undefined : customerId}
          title={title}
          onOpen={(id) => {
            setOpen(false);
            navigate({ name: 'case', id });
          }}
        />
        <Form.Item name="description" label={t('fields.description')}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} />
        </Form.Item>
        <CaseClassFields order={['supportArea', 'service', 'severity', 'channel']} />
        {/* Asked only while the drawer shows: it stays mounted, hidden, to keep what was typed. */}
        {open && (
          <ArticleSuggestions
            text={`${title ?? ''}\n${description ?? ''}`}
            onOpen={(id) => {
              setOpen(false);
              navigate({ name: 'article', id });
            }}
          />
        )}
      </Form>
    </Drawer>
  );
}
