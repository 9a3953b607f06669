import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../../core/backups';
import { formatBackupTime } from './format';

/** What a backup holds: its cases and events, its latest case time, whether it is intact. */
export function BackupSummaryView({ summary }: { summary: BackupSummary }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={[
        { key: 'cases', label: t('backups.cases'), children: summary.cases.toLocaleString() },
        { key: 'events', label: t('backups.events'), children: summary.events.toLocaleString() },
        {
          key: 'latest',
          label: t('backups.latestCaseAt'),
          children:
            summary.latestCaseAt === null ? t('backups.none') : formatBackupTime(summary.latestCaseAt),
        },
        {
          key: 'intact',
          label: t('backups.integrity'),
          children: (
            <Tag color={summary.intact ? 'green' : 'red'}>
              {t(summary.intact ? 'backups.intact' : 'backups.damaged')}
            </Tag>
          ),
        },
      ]}
    />
  );
}
