// Attachment files on disk: stored once per content hash, never under a name an agent or customer chose.
import { createHash, randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
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
 * flushed and renamed, so the stored file is always complete: a crash leaves at most a stray .tmp.
 */
export function storeContent(dataDir: string, bytes: Buffer): { sha256: string; stored: boolean } {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const file = contentPath(dataDir, sha256);
  if (existsSync(file) && statSync(file).size === bytes.length) return { sha256, stored: false };
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temp, bytes, { flush: true });
  renameSync(temp, file);
  return { sha256, stored: true };
}

/** The stored bytes, or null when the file is gone (say, the data folder was copied without it). */
export function readContent(dataDir: string, sha256: string): Buffer | null {
  const file = contentPath(dataDir, sha256);
  return existsSync(file) ? readFileSync(file) : null;
}

/** What is shown for a file: its last path segment, without control characters. */
export function displayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean || 'attachment';
}

/** A name every file system accepts: no reserved characters or device names, no trailing dot or space. */
export function safeFileName(name: string): string {
  let safe = displayName(name)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_')
    .replace(/[. ]+$/, '');
  if (safe === '' || /^\.+$/.test(safe)) safe = 'attachment';
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(safe)) safe = `_${safe}`;
  if (safe.length > 120) {
    const ext = path.extname(safe).slice(0, 20);
    safe = safe.slice(0, 120 - ext.length) + ext;
  }
  return safe;
}

/** Files a system viewer would run rather than show: their folder is opened instead. */
const RUNNABLE =
  /\.(exe|com|bat|cmd|msi|msp|msix|appx|ps1|psm1|vbs|vbe|js|jse|wsf|wsh|scr|pif|lnk|url|reg|hta|cpl|jar|app|command|sh|scpt|workflow|inf|dll|gadget|chm|iso|img|vhdx?|xll|docm|xlsm|pptm|application|appref-ms)$/i;
export const isRunnable = (name: string) => RUNNABLE.test(safeFileName(name));

/**
 * A copy under the file's own name, for the system viewer: the viewer needs the name (and extension)
 * to know the type, and an editor saving over it must never change the stored, content-addressed file.
 */
export function viewerCopy(dataDir: string, attachment: { id: string; name: string; sha256: string }) {
  const dir = resolveInside(attachmentsRoot(dataDir), `open/${attachment.id}`);
  const file = dir && resolveInside(dir, safeFileName(attachment.name));
  if (!dir || !file) throw new Error(`unsafe attachment path for ${attachment.id}`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    copyFileSync(contentPath(dataDir, attachment.sha256), file);
  }
  return { dir, file };
}
