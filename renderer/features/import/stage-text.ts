import type { ImportPreview } from '../../../core/customer-import';
import { call } from '../../lib/api';

export interface StageProgress {
  /** 0..1: the share of the text the service has read. */
  done: number;
  rows: number;
  errorRows: number;
}

/**
 * Sends the text piece by piece; `onProgress` after each piece the service has read. Stops (and drops
 * the staged rows) if `cancelled()` turns true between pieces. Resolves with null when cancelled.
 */
export async function stageText(
  text: string,
  onProgress: (progress: StageProgress) => void,
  cancelled: () => boolean,
): Promise<{ importId: string; preview: ImportPreview } | null> {
  const { importId } = await call('customers.importStart', {});
  // Cut with the import's own limit, which loads with the import (its schemas are not first-screen code).
  const { textPieces } = await import('./pieces');
  const pieces = textPieces(text);
  let sent = 0;
  for (const [i, piece] of pieces.entries()) {
    if (cancelled()) {
      await call('customers.importCancel', { importId });
      return null;
    }
    const final = i === pieces.length - 1;
    const progress = await call('customers.importStage', { importId, text: piece, final });
    sent += piece.length;
    onProgress({
      done: text.length === 0 ? 1 : sent / text.length,
      rows: progress.rows,
      errorRows: progress.errorRows,
    });
    if (final && progress.preview) return { importId, preview: progress.preview };
  }
  throw new Error('the service did not return a preview after the last piece');
}
