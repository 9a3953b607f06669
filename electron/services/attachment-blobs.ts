import type { BlobStore } from '../../core/sync';
import { readContent, storeContent } from './attachment-store';

/** The attachment store of a data folder, as team sync sees it: contents by hash. */
export function attachmentBlobs(dataDir: string): BlobStore {
  return {
    read: (sha256) => readContent(dataDir, sha256),
    write: (bytes) => void storeContent(dataDir, Buffer.from(bytes)),
  };
}
