import { App, Button, Modal, Progress, Result, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeCsv, detectCsvEncoding, type CsvEncoding } from '../../../core/csv-encoding';
import type { ImportOutcome, ImportPreview } from '../../../core/customer-import';
import { ApiCallError, call } from '../../lib/api';
import { isSaveChord } from '../../lib/use-hotkey';
import { ChooseFile } from './ChooseFile';
import { ImportPreviewView } from './ImportPreviewView';
import { stageText, type StageProgress } from './stage-text';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  detected: CsvEncoding;
  encoding: CsvEncoding;
}

type Phase =
  | { step: 'choose' }
  | { step: 'reading'; progress: StageProgress }
  | { step: 'preview'; importId: string; preview: ImportPreview }
  | { step: 'writing'; importId: string; preview: ImportPreview }
  | { step: 'done'; outcome: ImportOutcome };

/**
 * Customer import from CSV: choose a file, watch it being read, review the preview (problems by row,
 * what will be created, updated and merged), then confirm. Closing at any point before that writes nothing.
 */
export function ImportDialog({ open, onClose }: { open: boolean; onClose: (imported: boolean) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [file, setFile] = useState<ImportFile | null>(null);
  // Each reading gets a number; a reading that is no longer the latest stops between pieces.
  const generation = useRef(0);

  async function read(next: ImportFile) {
    const mine = ++generation.current;
    setFile(next);
    setPhase({ step: 'reading', progress: { done: 0, rows: 0, errorRows: 0 } });
    try {
      const { text } = decodeCsv(next.bytes, next.encoding);
      const staged = await stageText(
        text,
        (progress) => mine === generation.current && setPhase({ step: 'reading', progress }),
        () => mine !== generation.current,
      );
      if (!staged) return;
      if (mine === generation.current) setPhase({ step: 'preview', ...staged });
      // Closed or re-read while the last piece was on its way: drop what it staged.
      else void call('customers.importCancel', { importId: staged.importId }).catch(() => {});
    } catch (error) {
      if (mine !== generation.current) return;
      message.error(t(`errors.${error instanceof ApiCallError ? error.code : 'INTERNAL'}`));
      setPhase({ step: 'choose' });
    }
  }

  async function choose(picked: File) {
    const bytes = new Uint8Array(await picked.arrayBuffer());
    const detected = detectCsvEncoding(bytes);
    await read({ name: picked.name, bytes, detected, encoding: detected });
  }

  /** Forgets the staged rows of the current preview, if any; nothing was written. */
  function dropStaged() {
    generation.current += 1;
    if (phase.step === 'preview')
      void call('customers.importCancel', { importId: phase.importId }).catch(() => {});
  }

  function reencode(encoding: CsvEncoding) {
    if (!file || encoding === file.encoding) return;
    dropStaged();
    void read({ ...file, encoding });
  }

  async function confirm() {
    if (phase.step !== 'preview' || !canImport(phase.preview)) return;
    setPhase({ ...phase, step: 'writing' });
    try {
      setPhase({ step: 'done', outcome: await call('customers.importCommit', { importId: phase.importId }) });
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'CONFLICT' && file) {
        // Customers changed since the preview: read the file again against the case log as it is now.
        message.warning(t('customerImport.changed'));
        void read(file);
        return;
      }
      message.error(t(`errors.${error instanceof ApiCallError ? error.code : 'INTERNAL'}`));
      setPhase({ ...phase, step: 'preview' });
    }
  }

  function close() {
    if (phase.step === 'writing') return;
    const imported = phase.step === 'done';
    dropStaged();
    setPhase({ step: 'choose' });
    setFile(null);
    onClose(imported);
  }

  const footer = (() => {
    switch (phase.step) {
      case 'preview':
      case 'writing': {
        const count = phase.preview.creates + phase.preview.updates;
        return (
          <Space>
            <Typography.Text type="secondary">{t('customerImport.confirmHint')}</Typography.Text>
            <Button onClick={close} disabled={phase.step === 'writing'}>
              {t('customerImport.cancel')}
            </Button>
            <Button
              type="primary"
              loading={phase.step === 'writing'}
              disabled={!canImport(phase.preview)}
              onClick={() => void confirm()}
            >
              {t('customerImport.confirm', { count })}
            </Button>
          </Space>
        );
      }
      case 'done':
        return (
          <Button type="primary" onClick={close}>
            {t('customerImport.finish')}
          </Button>
        );
      default:
        return <Button onClick={close}>{t('customerImport.cancel')}</Button>;
    }
  })();

  return (
    <Modal
      title={t('customerImport.title')}
      open={open}
      onCancel={close}
      footer={footer}
      width={1040}
      mask={{ closable: false }}
      destroyOnHidden
      styles={{ body: { minHeight: 280 } }}
    >
      <div
        onKeyDown={(e) => {
          if (isSaveChord(e)) {
            e.preventDefault();
            void confirm();
          }
        }}
      >
        {phase.step === 'choose' && <ChooseFile onFile={(f) => void choose(f)} />}
        {phase.step === 'reading' && (
          <div style={{ padding: '48px 24px' }} aria-live="polite">
            <Typography.Paragraph>
              {t('customerImport.reading', {
                name: file?.name ?? '',
                encoding: t(`customerImport.encodings.${file?.encoding ?? 'utf-8'}`),
              })}
            </Typography.Paragraph>
            <Progress
              percent={Math.floor(phase.progress.done * 100)}
              status="active"
              aria-label={t('customerImport.progress')}
            />
            <Typography.Text type="secondary">
              {t('customerImport.readingRows', {
                rows: phase.progress.rows,
                errors: phase.progress.errorRows,
              })}
            </Typography.Text>
          </div>
        )}
        {phase.step === 'writing' && (
          <div aria-live="polite" style={{ marginBottom: 8 }}>
            <Typography.Text>
              {t('customerImport.writing', { count: phase.preview.creates + phase.preview.updates })}
            </Typography.Text>
            <Progress
              percent={100}
              status="active"
              showInfo={false}
              aria-label={t('customerImport.progress')}
            />
          </div>
        )}
        {(phase.step === 'preview' || phase.step === 'writing') && file && (
          <ImportPreviewView
            file={file}
            preview={phase.preview}
            writing={phase.step === 'writing'}
            onEncoding={reencode}
          />
        )}
        {phase.step === 'done' && (
          <Result
            status="success"
            title={t('customerImport.done')}
            subTitle={t('customerImport.outcome', { ...phase.outcome })}
          />
        )}
      </div>
    </Modal>
  );
}

const canImport = (preview: ImportPreview) => preview.creates + preview.updates > 0;
