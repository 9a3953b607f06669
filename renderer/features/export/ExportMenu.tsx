import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Progress, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../../shared/download';
import { deskTime, formatDateTime } from '../../shared/format';
import { useServices } from '../../shared/use-services';
import { useShowError } from '../../shared/use-show-error';
import { useStore } from '../../store';
import { csvWriter, jsonWriter } from './case-export-format';

interface Progress {
  done: number;
  total: number;
}

/**
 * Exports what the list shows (filters and search) as CSV for Excel or as JSON. The file is written as
 * its chunks arrive, with progress and a way to stop; nothing is saved when stopped.
 */
export function ExportMenu() {
  const { t } = useTranslation();
  const services = useServices();
  const { message } = App.useApp();
  const showError = useShowError();
  const exportListedCases = useStore((s) => s.exportListedCases);
  const [progress, setProgress] = useState<Progress | null>(null);
  const running = useRef<AbortController | null>(null);
  // Leaving the list stops an export in progress.
  useEffect(() => () => running.current?.abort(), []);

  async function run(format: 'csv' | 'json') {
    const writer =
      format === 'csv' ? csvWriter({ t, time: formatDateTime, service: services.name }) : jsonWriter();
    const controller = new AbortController();
    running.current = controller;
    // Each chunk becomes a Blob at once, so the page never holds the whole file as one string.
    const parts: Blob[] = [];
    let exportedAt = 0;
    let done = 0;
    setProgress({ done: 0, total: 0 });
    try {
      const finished = await exportListedCases((chunk) => {
        if (!parts.length) {
          exportedAt = chunk.exportedAt;
          parts.push(new Blob([writer.head(exportedAt)]));
        }
        parts.push(new Blob([writer.rows(chunk.rows)]));
        done += chunk.rows.length;
        setProgress((p) => ({ done, total: chunk.total ?? p?.total ?? done }));
      }, controller.signal);
      if (!finished) {
        void message.info(t('export.cancelled'));
        return;
      }
      parts.push(new Blob([writer.tail()]));
      const stamp = deskTime(exportedAt).format('YYYYMMDD-HHmm');
      download(new Blob(parts), `shiftdesk-cases-${stamp}.${writer.extension}`, writer.type);
      void message.success(t('export.done', { count: done }));
    } catch (error) {
      showError(error);
    } finally {
      running.current = null;
      setProgress(null);
    }
  }

  if (progress) {
    const percent = progress.total ? Math.floor((progress.done / progress.total) * 100) : 0;
    return (
      <Space data-testid="export-progress">
        <Progress
          percent={percent}
          size="small"
          style={{ width: 120 }}
          aria-label={t('export.progressLabel')}
        />
        <Typography.Text type="secondary">
          {t('export.progress', { done: progress.done, count: progress.total })}
        </Typography.Text>
        <Button onClick={() => running.current?.abort()}>{t('export.cancel')}</Button>
      </Space>
    );
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
      <Button icon={<DownloadOutlined />}>{t('export.button')}</Button>
    </Dropdown>
  );
}
