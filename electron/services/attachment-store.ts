// Attachment files on disk: stored once per content hash, never under a name an agent or customer chose.
import { createHash, randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { markOfTheWeb, neutralFileName, viewerMayOpen, visibleName } from '../security/file-names';
import { resolveInside } from '../security/resolve-inside';

const SHA256 = /^[0-9a-f]{64}$/;

export const attachmentsRoot = (dataDir: string) => path.join(dataDir, 'attachments');

/** `<dataDir>/attachments/<first 2 hex>/<sha256>`; anything but a sha256 (say, a tampered row) is refused. */
export function contentPath(dataDir: string, sha256: string): string {
  const file = SHA256.test(sha256)
    ? resolveInside(attachmentsRoot(dataDir), `${sha256.slice(0, 2)}/${sha256}`)
    : null;
  if (!file) throw new Error(`not a content hash: ${sha256.slice(0, 80)}`);
  return file;
}

/**
 * Stores the bytes under their hash unless that content is already there. Written to a temporary file,
 * flushed and renamed, so the stored file is always complete; a write that fails (a full disk) removes
 * its partial temporary file before the error goes on.
 */
export function storeContent(dataDir: string, bytes: Buffer): { sha256: string; stored: boolean } {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const file = contentPath(dataDir, sha256);
  if (existsSync(file) && statSync(file).size === bytes.length) return { sha256, stored: false };
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, bytes, { flush: true });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return { sha256, stored: true };
}

/** Removes stored content that no attachment row names (an upload refused after its bytes were written). */
export function removeContent(dataDir: string, sha256: string): void {
  rmSync(contentPath(dataDir, sha256), { force: true });
}

/** The stored bytes, or null when the file is gone (say, the data folder was copied without it). */
export function readContent(dataDir: string, sha256: string): Buffer | null {
  const file = contentPath(dataDir, sha256);
  return existsSync(file) ? readFileSync(file) : null;
}

/** What is shown for a file: its last path segment, without control or bidirectional characters. */
export function displayName(name: string): string {
  return visibleName(name) || 'attachment';
}

/** A name every file system accepts: no reserved characters or device names, no trailing dot or space. */
export const safeFileName = (name: string) => neutralFileName(name, 'attachment');

/** Files the system viewer may not open directly (security/file-names.ts): their folder is opened. */
export const isRunnable = (name: string) => !viewerMayOpen(name);

/**
 * A copy under the file's own name, for the system viewer: the viewer needs the name (and extension)
 * to know the type, and an editor saving over it must never change the stored, content-addressed file.
 * On Windows the copy carries the Mark-of-the-Web.
 */
export function viewerCopy(
  dataDir: string,
  attachment: { id: string; name: string; sha256: string },
  platform: string = process.platform,
) {
  const dir = resolveInside(attachmentsRoot(dataDir), `open/${attachment.id}`);
  const file = dir && resolveInside(dir, safeFileName(attachment.name));
  if (!dir || !file) throw new Error(`unsafe attachment path for ${attachment.id}`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    copyFileSync(contentPath(dataDir, attachment.sha256), file);
    // The copy came from outside (a customer, an e-mail): Windows is told so, as it was of the original.
    const mark = markOfTheWeb(platform);
    if (mark) writeFileSync(`${file}:${mark.stream}`, mark.content);
  }
  return { dir, file };
}
