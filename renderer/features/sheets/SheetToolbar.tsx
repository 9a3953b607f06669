import { CheckOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Segmented, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../core/domain';
import { isBrowserMode } from '../../lib/api';
import { useBusyCall } from '../../shared/use-busy-call';
import { useStore } from '../../store';

interface Props {
  customerId: string;
  language: Language;
  onLanguage(language: Language): void;
  onMarkSent(): void;
}

/**
 * The sheet's language, Print (the print stylesheet leaves only the sheet, on A4), PDF (the desktop app
 * prints the window to a file, as for a handover; a browser offers "Save as PDF" in its print dialog) and
 * Mark as sent.
 */
export function SheetToolbar({ customerId, language, onLanguage, onMarkSent }: Props) {
  const { t } = useTranslation();
  const exportPdf = useStore((s) => s.exportSheetPdf);
  const { busy, run } = useBusyCall();

  async function pdf() {
    if (isBrowserMode()) return window.print();
    await run(async () => {
      if (!(await exportPdf(customerId)).started) window.print();
    });
  }

  return (
    <Space wrap className="sd-no-print">
      <Segmented<Language>
        aria-label={t('supportSheet.language')}
        value={language}
        onChange={onLanguage}
        options={LANGUAGES.map((l) => ({ value: l, label: t(`supportSheet.languages.${l}`) }))}
      />
      <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
        {t('supportSheet.print')}
      </Button>
      <Tooltip title={isBrowserMode() ? t('supportSheet.pdfBrowserHint') : undefined}>
        <Button icon={<FilePdfOutlined />} loading={busy} onClick={() => void pdf()}>
          {t('supportSheet.pdf')}
        </Button>
      </Tooltip>
      <Button type="primary" icon={<CheckOutlined />} onClick={onMarkSent}>
        {t('supportSheet.markSent')}
      </Button>
    </Space>
  );
}
