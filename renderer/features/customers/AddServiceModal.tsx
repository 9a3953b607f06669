import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogueService } from '../../../core/services-catalogue';
import { useFormSave } from '../../shared/use-form-save';
import { isSaveChord } from '../../lib/use-hotkey';
import { useStore } from '../../store';
import { errorText } from '../../shared/error-text';
import { formErrors } from '../../shared/form-issues';

interface Values {
  nameZh: string;
  nameEn: string;
}
const FIELDS = ['nameZh', 'nameEn'] as const;

/** Adds a service of the desk's own to the catalogue, named in both languages. */
export function AddServiceModal({
  open,
  onClose,
  onAdded,
}: {
  open: boolean;
  onClose: () => void;
  onAdded?: (service: CatalogueService) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const addService = useStore((s) => s.addService);
  const [form] = Form.useForm<Values>();
  const { saving, save: run } = useFormSave(form, {
    fieldErrors: (issues) => formErrors(issues, FIELDS, t),
    onError: (error) => message.error(errorText(t, error)),
  });

  const save = (values: Values) =>
    run(async () => {
      const service = await addService(values);
      message.success(t('serviceCatalogue.added', { name: service.nameZh }));
      onClose();
      onAdded?.(service);
    });

  return (
    <Modal
      title={t('serviceCatalogue.addTitle')}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('serviceCatalogue.save')}
      cancelText={t('customers.cancel')}
      confirmLoading={saving}
      destroyOnHidden
      width={440}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ nameZh: '', nameEn: '' }}
        onFinish={(values) => void save(values)}
        onKeyDown={(e) => {
          if (isSaveChord(e)) {
            e.preventDefault();
            form.submit();
          }
        }}
      >
        <Form.Item name="nameZh" label={t('serviceCatalogue.nameZh')}>
          <Input autoFocus maxLength={60} placeholder="Microsoft Teams 会议室" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('serviceCatalogue.nameEn')} extra={t('serviceCatalogue.keyHelp')}>
          <Input maxLength={60} placeholder="Microsoft Teams Rooms" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
