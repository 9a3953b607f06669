import { InboxOutlined } from '@ant-design/icons';
import { Descriptions, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, IMPORT_HEADERS } from '../../../core/customer-import';

/** The first step: a file, and what its header row may say. */
export function ChooseFile({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useTranslation();
  return (
    <div>
      <Upload.Dragger
        accept=".csv,text/csv"
        multiple={false}
        showUploadList={false}
        // Read here, never uploaded anywhere.
        beforeUpload={(file) => {
          onFile(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('customerImport.drop')}</p>
        <p className="ant-upload-hint">{t('customerImport.dropHint')}</p>
      </Upload.Dragger>
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 6px' }}>
        {t('customerImport.headersHelp')}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        bordered
        column={2}
        items={IMPORT_FIELDS.map((field) => ({
          key: field,
          label: t(`customerImport.fields.${field}`),
          children: (
            <Typography.Text style={{ fontSize: 12 }}>
              {headerExamples(IMPORT_HEADERS[field]).join(' / ')}
            </Typography.Text>
          ),
        }))}
      />
    </div>
  );
}

/** Two English and two Chinese spellings of a header: enough to recognise, short enough to scan. */
function headerExamples(aliases: readonly string[]): string[] {
  const latin = (h: string) => /^[\x20-\x7e]+$/.test(h);
  return [...aliases.filter(latin).slice(0, 2), ...aliases.filter((h) => !latin(h)).slice(0, 2)];
}
