import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogueService } from '../../../core/services-catalogue';
import { ContractFormModal } from '../../shared/ContractFormModal';
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
  const addService = useStore((s) => s.addService);

  async function save(values: Values) {
    const service = await addService(values);
    return { done: t('serviceCatalogue.added', { name: service.nameZh }), after: () => onAdded?.(service) };
  }

  return (
    <ContractFormModal
      fields={FIELDS}
      title={t('serviceCatalogue.addTitle')}
      okText={t('serviceCatalogue.save')}
      open={open}
      width={440}
      onClose={onClose}
      onSave={save}
      initialValues={{ nameZh: '', nameEn: '' }}
    >
      <Form.Item name="nameZh" label={t('serviceCatalogue.nameZh')}>
        <Input autoFocus maxLength={60} placeholder="Microsoft Teams 会议室" />
      </Form.Item>
      <Form.Item name="nameEn" label={t('serviceCatalogue.nameEn')} extra={t('serviceCatalogue.keyHelp')}>
        <Input maxLength={60} placeholder="Microsoft Teams Rooms" />
      </Form.Item>
    </ContractFormModal>
  );
}
