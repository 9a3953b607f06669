import { App } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import { byLimit, formatSize } from './file-size';

interface Props {
  /** Files within the size limit; those over it are refused here, with a message, before any upload. */
  onFiles(files: File[]): void;
  /** Shown over the zone while files are dragged onto it. */
  hint: string;
  /** Names the hidden file input (for tests and assistive tech). */
  inputLabel: string;
  /** Receives `pick`, which opens the system's file chooser. */
  children(pick: () => void): ReactNode;
}

/** Takes files dropped onto it or chosen with the file chooser. */
export function DropZone({ onFiles, hint, inputLabel, children }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const limitMb = useStore((s) => s.attachmentLimitMb);
  const [input, setInput] = useState<HTMLInputElement | null>(null);
  // dragenter/dragleave fire for every child crossed; a counter tells when the drag really left.
  const depth = useRef(0);
  const [over, setOver] = useState(false);

  function take(list: FileList | null) {
    const { fits, tooLarge } = byLimit(Array.from(list ?? []), limitMb);
    for (const file of tooLarge) {
      message.error(
        t('attachments.tooLargeFile', { name: file.name, size: formatSize(file.size), limit: limitMb }),
      );
    }
    if (fits.length) onFiles(fits);
  }

  const hasFiles = (e: React.DragEvent) => e.dataTransfer.types.includes('Files');
  return (
    <div
      style={{ position: 'relative' }}
      onDragEnter={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        depth.current = 0;
        setOver(false);
        take(e.dataTransfer.files);
      }}
    >
      {children(() => input?.click())}
      <input
        ref={setInput}
        type="file"
        multiple
        hidden
        aria-label={inputLabel}
        onChange={(e) => {
          take(e.target.files);
          e.target.value = ''; // the same file can be chosen again
        }}
      />
      {over && (
        <div
          style={{
            position: 'absolute',
            inset: 0,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            background: 'rgba(230, 244, 255, 0.92)',
            border: '2px dashed #1d5fb8',
            borderRadius: 6,
            color: '#1d5fb8',
            fontWeight: 500,
            pointerEvents: 'none',
            zIndex: 2,
          }}
        >
          {hint}
        </div>
      )}
    </div>
  );
}
