import { DownloadOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Handover } from '../../../core/handover';
import { isBrowserMode } from '../../lib/api';
import { download } from '../../shared/download';
import { useRefusalText } from './use-refusal-text';
import { useStore } from '../../store';

/**
 * Print (the print stylesheet leaves only the document), PDF (the desktop app prints the window to a file
 * the agent picks; a browser offers "Save as PDF" in its own print dialog), and the transfer file.
 */
export function HandoverToolbar({ handover }: { handover: Handover }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refusal = useRefusalText();
  const [busy, setBusy] = useState<'pdf' | 'file' | null>(null);
  const exportPdf = useStore((s) => s.exportHandoverPdf);
  const exportHandoverFile = useStore((s) => s.exportHandoverFile);

  async function pdf() {
    if (isBrowserMode()) return window.print();
    setBusy('pdf');
    try {
      const { started } = await exportPdf(handover.id);
      if (!started) window.print();
    } catch (error) {
      message.error(refusal(error));
    } finally {
      setBusy(null);
    }
  }

  async function exportFile() {
    setBusy('file');
    try {
      const file = await exportHandoverFile(handover.id);
      download(file.text, file.fileName, 'application/json');
      message.success(t('handover.transfer.exported', { name: file.fileName }));
    } catch (error) {
      message.error(refusal(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Space>
      <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
        {t('handover.print')}
      </Button>
      <Tooltip title={isBrowserMode() ? t('handover.pdfBrowserHint') : undefined}>
        <Button icon={<FilePdfOutlined />} loading={busy === 'pdf'} onClick={() => void pdf()}>
          {t('handover.pdf')}
        </Button>
      </Tooltip>
      <Tooltip title={t('handover.transfer.exportHint')}>
        <Button icon={<DownloadOutlined />} loading={busy === 'file'} onClick={() => void exportFile()}>
          {t('handover.transfer.export')}
        </Button>
      </Tooltip>
    </Space>
  );
}
