import { Tag, Typography } from 'antd';
import { ListTable } from '../../shared/ListTable';
import { useTranslation } from 'react-i18next';
import type { CatalogueService } from '../../../core/services-catalogue';
import { useStore } from '../../store';
import { ServicesAddCard } from './ServicesAddCard';
import { useLoad } from '../../shared/use-load';

/** The service catalogue, for Settings: what the desk resells, and a way to add its own services. */
export function ServiceCatalogueCard() {
  const { t } = useTranslation();
  const catalogue = useStore((s) => s.serviceCatalogue);
  const load = useStore((s) => s.loadServiceCatalogue);

  useLoad(load);

  return (
    <ServicesAddCard title={t('serviceCatalogue.title')}>
      <ListTable<CatalogueService>
        aria-label={t('serviceCatalogue.title')}
        rowKey="key"
        dataSource={catalogue}
        columns={[
          { title: t('serviceCatalogue.nameZh'), dataIndex: 'nameZh' },
          { title: t('serviceCatalogue.nameEn'), dataIndex: 'nameEn' },
          {
            title: t('serviceCatalogue.key'),
            dataIndex: 'key',
            render: (key: string) => <Typography.Text code>{key}</Typography.Text>,
          },
          {
            title: t('serviceCatalogue.origin'),
            dataIndex: 'builtin',
            width: 110,
            render: (builtin: boolean) =>
              builtin ? (
                <Tag>{t('serviceCatalogue.builtin')}</Tag>
              ) : (
                <Tag color="green">{t('serviceCatalogue.own')}</Tag>
              ),
          },
        ]}
      />
    </ServicesAddCard>
  );
}
