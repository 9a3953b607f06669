import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../lib/api';
import { formatDateTime } from '../../shared/format';
import { useStore } from '../../store';
import { useServices } from '../../shared/use-services';
import { casesToCsv, casesToJson } from './case-export-format';

function download(content: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Exports what the list shows (filters and search) as CSV for Excel or as JSON. */
export function ExportMenu() {
  const { t } = useTranslation();
  const services = useServices();
  const { message } = App.useApp();
  const exportListedCases = useStore((s) => s.exportListedCases);
  const [busy, setBusy] = useState(false);

  async function run(format: 'csv' | 'json') {
    setBusy(true);
    try {
      const { rows, exportedAt } = await exportListedCases();
      const stamp = dayjs(exportedAt).format('YYYYMMDD-HHmm');
      if (format === 'csv')
        download(
          casesToCsv(rows, { t, time: formatDateTime, service: services.name }),
          `shiftdesk-cases-${stamp}.csv`,
          'text/csv;charset=utf-8',
        );
      else download(casesToJson(rows, exportedAt), `shiftdesk-cases-${stamp}.json`, 'application/json');
      message.success(t('export.done', { count: rows.length }));
    } catch (error) {
      message.error(t(`errors.${error instanceof ApiCallError ? error.code : 'INTERNAL'}`));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'csv', label: t('export.csv') },
          { key: 'json', label: t('export.json') },
        ],
        onClick: ({ key }) => void run(key as 'csv' | 'json'),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={busy}>
        {t('export.button')}
      </Button>
    </Dropdown>
  );
}
