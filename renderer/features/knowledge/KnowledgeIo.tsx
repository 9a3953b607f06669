import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Progress, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../core/knowledge-import';
import { useShowError } from '../../shared/use-show-error';
import { useStore } from '../../store';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { downloadFiles, readImportFiles } from './knowledge-files';
import type { ImportFiles } from './knowledge-slice';

interface Work {
  label: string;
  percent: number;
}

/** 导出 / 导入: the knowledge base as Markdown files (one per article and language), out and back in. */
export function KnowledgeIo() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const exportArticles = useStore((s) => s.exportArticles);
  const previewImport = useStore((s) => s.previewArticleImport);
  const [work, setWork] = useState<Work | null>(null);
  const [pending, setPending] = useState<{ files: ImportFiles; preview: ImportPreview } | null>(null);
  const step = (key: string) => (done: number, total: number) =>
    setWork({ label: t(key, { done, total }), percent: total ? Math.round((done / total) * 100) : 100 });

  async function runExport() {
    setWork({ label: t('knowledge.io.exporting'), percent: 0 });
    try {
      const out = await exportArticles();
      if (out.savedByApp) message.info(t('knowledge.io.exportedByApp'));
      else if (!out.files.length) message.info(t('knowledge.io.nothingToExport'));
      else {
        await downloadFiles(out.files, step('knowledge.io.downloading'));
        message.success(t('knowledge.io.exported', { count: out.files.length }));
      }
    } catch (error) {
      showError(error);
    } finally {
      setWork(null);
    }
  }

  async function runPreview(chosen: File[]) {
    try {
      const files = await readImportFiles(chosen, step('knowledge.io.reading'));
      setWork({ label: t('knowledge.io.checking'), percent: 100 });
      setPending({ files, preview: await previewImport(files) });
    } catch (error) {
      showError(error);
    } finally {
      setWork(null);
    }
  }

  return (
    <Space>
      {work && (
        <Space size={6} role="status" aria-live="polite">
          <Progress
            type="circle"
            size={20}
            percent={work.percent}
            showInfo={false}
            aria-label={t('knowledge.io.progress')}
          />
          <Typography.Text type="secondary">{work.label}</Typography.Text>
        </Space>
      )}
      <Button icon={<DownloadOutlined />} disabled={work !== null} onClick={() => void runExport()}>
        {t('knowledge.io.export')}
      </Button>
      <Upload
        accept=".md,.markdown,text/markdown"
        multiple
        showUploadList={false}
        beforeUpload={(file, list) => {
          // Called once per file: the last one starts the import of them all.
          if (file === list[list.length - 1]) void runPreview(list);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} disabled={work !== null}>
          {t('knowledge.io.import')}
        </Button>
      </Upload>
      {pending && (
        <ImportPreviewDialog
          files={pending.files}
          preview={pending.preview}
          onClose={() => setPending(null)}
        />
      )}
    </Space>
  );
}
