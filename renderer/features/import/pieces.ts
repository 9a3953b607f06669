import { IMPORT_CHUNK_CHARS } from '../../../core/customer-import';

/**
 * Cuts the file's text into pieces for `customers.importStage`: at most `size` characters each (so that a
 * request stays within the transport's limit), ending at a line break where one is near so that most
 * pieces hold whole rows, and never between the two halves of a surrogate pair. The service reassembles a
 * row cut anywhere, so the cut points only matter for tidiness and progress.
 */
export function textPieces(text: string, size: number = IMPORT_CHUNK_CHARS): string[] {
  const pieces: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + size, text.length);
    if (end < text.length) {
      const lineEnd = text.lastIndexOf('\n', end - 1);
      if (lineEnd >= at + size / 2) end = lineEnd + 1;
      else if (isLowSurrogate(text.charCodeAt(end))) end -= 1;
    }
    pieces.push(text.slice(at, end));
    at = end;
  }
  return pieces.length > 0 ? pieces : [''];
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
