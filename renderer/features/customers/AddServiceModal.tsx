import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogueService } from '../../../core/services-catalogue';
import { useContractFormSave } from '../../shared/use-form-save';
import { FormModal } from '../../shared/FormModal';
import { useStore } from '../../store';

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
  const { saving, save: run } = useContractFormSave(form, FIELDS);

  const save = (values: Values) =>
    run(async () => {
      const service = await addService(values);
      message.success(t('serviceCatalogue.added', { name: service.nameZh }));
      onClose();
      onAdded?.(service);
    });

  return (
    <FormModal<Values>
      form={form}
      title={t('serviceCatalogue.addTitle')}
      okText={t('serviceCatalogue.save')}
      cancelText={t('customers.cancel')}
      open={open}
      saving={saving}
      width={440}
      onClose={onClose}
      onFinish={(values) => void save(values)}
      initialValues={{ nameZh: '', nameEn: '' }}
    >
      <Form.Item name="nameZh" label={t('serviceCatalogue.nameZh')}>
        <Input autoFocus maxLength={60} placeholder="Microsoft Teams 会议室" />
      </Form.Item>
      <Form.Item name="nameEn" label={t('serviceCatalogue.nameEn')} extra={t('serviceCatalogue.keyHelp')}>
        <Input maxLength={60} placeholder="Microsoft Teams Rooms" />
      </Form.Item>
    </FormModal>
  );
}
