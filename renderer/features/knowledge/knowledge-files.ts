// The knowledge base's files in the page: read for the import (as base64, so that the service sees the
// bytes as they are and refuses a bad file with its reason), and handed to downloads for the export.
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_TOTAL_BYTES } from '../../../core/knowledge-import';
import { download } from '../../shared/download';
import type { ImportFiles } from './knowledge-slice';

/** Progress of a long piece of work: done of total. */
export type Progress = (done: number, total: number) => void;

function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}

/** A name as shown in the preview: the system may give any, and only plain text crosses to the service. */
// eslint-disable-next-line no-control-regex -- the point is to drop control characters
const shownName = (name: string) => name.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 255) || '?';

/**
 * The chosen files, read one after the other; a file too large, or past what one import takes in all, is
 * sent by its size only (the service refuses it as too large), so the request itself stays bounded.
 */
export async function readImportFiles(files: readonly File[], progress: Progress): Promise<ImportFiles> {
  const read: ImportFiles = [];
  let total = 0;
  for (const [i, file] of files.entries()) {
    progress(i, files.length);
    const name = shownName(file.name);
    total += file.size;
    const fits = file.size <= MAX_IMPORT_FILE_BYTES && total <= MAX_IMPORT_TOTAL_BYTES;
    read.push(fits ? { name, size: file.size, base64: await base64Of(file) } : { name, size: file.size });
  }
  progress(files.length, files.length);
  return read;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each file as a download of its own, a little apart so that the browser takes every one. */
export async function downloadFiles(files: { name: string; text: string }[], progress: Progress) {
  for (const [i, f] of files.entries()) {
    progress(i, files.length);
    download(f.text, f.name, 'text/markdown;charset=utf-8');
    await pause(120);
  }
  progress(files.length, files.length);
}
