import { App } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeCsv, detectCsvEncoding, type CsvEncoding } from '../../../core/csv-encoding';
import type { ImportOutcome, ImportPreview } from '../../../core/customer-import';
import { ApiCallError } from '../../lib/api';
import { errorText } from '../../shared/error-text';
import { useStore } from '../../store';
import { canImport, type ImportFile } from './import-file';
import type { StageProgress } from './stage-text';

export type ImportPhase =
  | { step: 'choose' }
  | { step: 'reading'; progress: StageProgress }
  | { step: 'preview'; importId: string; preview: ImportPreview }
  | { step: 'writing'; importId: string; preview: ImportPreview }
  | { step: 'done'; outcome: ImportOutcome };

/** The import's steps: choose, read (again in another encoding), confirm, close; closing early writes nothing. */
export function useCustomerImport(onClose: (imported: boolean) => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const stage = useStore((s) => s.stageCustomerImport);
  const cancel = useStore((s) => s.cancelCustomerImport);
  const commit = useStore((s) => s.commitCustomerImport);
  const [phase, setPhase] = useState<ImportPhase>({ step: 'choose' });
  const [file, setFile] = useState<ImportFile | null>(null);
  // Each reading gets a number; a reading that is no longer the latest stops between pieces.
  const generation = useRef(0);

  async function read(next: ImportFile) {
    const mine = ++generation.current;
    setFile(next);
    setPhase({ step: 'reading', progress: { done: 0, rows: 0, errorRows: 0 } });
    try {
      const { text } = decodeCsv(next.bytes, next.encoding);
      const staged = await stage(
        text,
        (progress) => mine === generation.current && setPhase({ step: 'reading', progress }),
        () => mine !== generation.current,
      );
      if (!staged) return;
      if (mine === generation.current) setPhase({ step: 'preview', ...staged });
      // Closed or re-read while the last piece was on its way: drop what it staged.
      else void cancel(staged.importId).catch(() => {});
    } catch (error) {
      if (mine !== generation.current) return;
      message.error(errorText(t, error));
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
    if (phase.step === 'preview') void cancel(phase.importId).catch(() => {});
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
      setPhase({ step: 'done', outcome: await commit(phase.importId) });
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'CONFLICT' && file) {
        // Customers changed since the preview: read the file again against the case log as it is now.
        message.warning(t('customerImport.changed'));
        void read(file);
        return;
      }
      message.error(errorText(t, error));
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

  return { phase, file, choose, reencode, confirm, close };
}
