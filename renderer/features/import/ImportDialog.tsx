import { Modal, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isSaveChord } from '../../lib/use-hotkey';
import { ChooseFile } from './ChooseFile';
import { ImportFooter } from './ImportFooter';
import { ImportPreviewView } from './ImportPreviewView';
import { ReadingProgress, WritingProgress } from './ImportProgress';
import { useCustomerImport } from './use-customer-import';

/**
 * Customer import from CSV: choose a file, watch it being read, review the preview (problems by row,
 * what will be created, updated and merged), then confirm. Closing at any point before that writes nothing.
 */
export function ImportDialog({ open, onClose }: { open: boolean; onClose: (imported: boolean) => void }) {
  const { t } = useTranslation();
  const { phase, file, choose, reencode, confirm, close } = useCustomerImport(onClose);

  return (
    <Modal
      title={t('customerImport.title')}
      open={open}
      onCancel={close}
      footer={<ImportFooter phase={phase} onClose={close} onConfirm={() => void confirm()} />}
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
        {phase.step === 'reading' && <ReadingProgress file={file} progress={phase.progress} />}
        {phase.step === 'writing' && (
          <WritingProgress count={phase.preview.creates + phase.preview.updates} />
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
