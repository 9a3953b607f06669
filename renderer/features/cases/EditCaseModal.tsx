import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../core/cases';
import { ApiCallError } from '../../lib/api';
import { FormModal } from '../../shared/FormModal';
import { useFormSave } from '../../shared/use-form-save';
import { useStore } from '../../store';
import { CaseClassFields } from './CaseClassFields';
import { editFieldErrors, editValues, toUpdate, type EditValues } from './edit-case-form';
import { errorText } from '../../shared/error-text';

interface Props {
  detail: CaseDetail;
  open: boolean;
  onClose(): void;
}

/** Edits the case's own fields; each change becomes one `field_changed` event with from and to. */
export function EditCaseModal({ detail, open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const updateFields = useStore((s) => s.updateFields);
  const loadCase = useStore((s) => s.loadCase);
  const [form] = Form.useForm<EditValues>();
  const { saving, save: run } = useFormSave(form, {
    fieldErrors: (issues) =>
      editFieldErrors(issues).map((f) => ({ ...f, errors: f.errors.map((k) => t(k)) })),
    onError: (error) => {
      message.error(errorText(t, error));
      // Someone changed the case meanwhile: show it as it is now; what was typed stays in the form.
      if (error instanceof ApiCallError && error.code === 'CONFLICT') void loadCase(detail.id);
    },
  });

  function save(values: EditValues) {
    const update = toUpdate(detail, values);
    if (!update) return onClose();
    return run(async () => {
      await updateFields(detail, update);
      message.success(t('caseEdit.saved'));
      onClose();
    });
  }

  return (
    // Each opening starts a fresh form from the case as it is now.
    <FormModal<EditValues>
      form={form}
      title={t('caseEdit.title', { number: detail.number })}
      okText={t('caseEdit.save')}
      open={open}
      saving={saving}
      width={640}
      size="small"
      onClose={onClose}
      onFinish={(values) => void save(values)}
      initialValues={editValues(detail)}
    >
      <Form.Item name="title" label={t('fields.title')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="description" label={t('fields.description')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      <CaseClassFields order={['supportArea', 'severity', 'channel', 'service']} />
    </FormModal>
  );
}
