// Turning a CSV file's bytes into text. Spreadsheets on Chinese Windows save CSV in GBK unless told
// otherwise, and newer ones in UTF-8 with or without a byte-order mark; a file does not say which. Valid
// UTF-8 is almost never valid-looking GBK by accident, so: a BOM decides, else strict UTF-8, else GBK.
// Pure (TextDecoder exists in Chromium and in Node), so the renderer and the tests share it.

export const CSV_ENCODINGS = ['utf-8', 'gbk'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
  /** Whether the file began with a UTF-8 byte-order mark (dropped from `text`). */
  bom: boolean;
}

const hasUtf8Bom = (bytes: Uint8Array) =>
  bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/** The encoding a file most likely uses. */
export function detectCsvEncoding(bytes: Uint8Array): CsvEncoding {
  if (hasUtf8Bom(bytes)) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gbk';
  }
}

/** Decodes with the given encoding, or the detected one; never throws (bad bytes become U+FFFD). */
export function decodeCsv(bytes: Uint8Array, encoding: CsvEncoding = detectCsvEncoding(bytes)): DecodedCsv {
  const bom = hasUtf8Bom(bytes);
  // ignoreBOM keeps the mark in the text, so that it is dropped here in one place for both encodings.
  let text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  if (bom && encoding === 'utf-8' && text.startsWith('\uFEFF')) text = text.slice(1);
  return { text, encoding, bom };
}
