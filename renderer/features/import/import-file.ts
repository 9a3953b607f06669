import type { CsvEncoding } from '../../../core/csv-encoding';
import type { ImportPreview } from '../../../core/customer-import';

/** The chosen file: its bytes, the encoding guessed for it and the one it is read in. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  detected: CsvEncoding;
  encoding: CsvEncoding;
}

/** A preview can be imported when it creates or updates at least one customer. */
export const canImport = (preview: ImportPreview) => preview.creates + preview.updates > 0;
