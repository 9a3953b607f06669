// Names for files ShiftDesk writes where an agent will see or open them (viewer copies of attachments,
// downloads from the hand-off window), and whether the system viewer may open one. A file's name comes from
// a customer or a remote page: it must not climb out of its folder, pass for another type (a right-to-left
// override turns `invoice<RLO>gpj.exe` into "invoiceexe.jpg" on screen), name a Windows device (`CON`,
// `COM1.log`), lose its trailing dots and spaces to Windows and so become another name, or replace a file
// already there. Pure: existence is asked of the caller.
import path from 'node:path';

/**
 * Controls (C0, DEL, C1), bidirectional formatting characters and zero-width characters: none belongs in a
 * file name, and each can make a name look like something it is not.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Windows device names, with or without an extension (`NUL.txt` is the device too). */
const DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])$/i;

const MAX_NAME_CHARS = 120;

/** A name as shown: its last path segment, without invisible characters. */
export function visibleName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return base.replace(INVISIBLE, '').trim();
}

/** A name every file system accepts and that shows what it is; `fallback` when nothing is left. */
export function neutralFileName(name: string, fallback: string): string {
  let safe = visibleName(name)
    .replace(/[<>:"|?*]/g, '_')
    // Windows drops trailing dots and spaces, so `a.exe.` would be saved, and run, as `a.exe`.
    .replace(/[. ]+$/, '')
    // A leading dot hides the file on macOS and Linux.
    .replace(/^\.+/, '_');
  if (safe === '' || safe === '_') safe = fallback;
  const stem = safe.split('.')[0]!.trimEnd();
  if (DEVICE.test(stem)) safe = `_${safe}`;
  if (safe.length > MAX_NAME_CHARS) {
    const ext = path.extname(safe).slice(0, 20);
    safe = safe.slice(0, MAX_NAME_CHARS - ext.length) + ext;
  }
  return safe;
}

/**
 * The path for `name` in `folder` that holds no file yet: the name itself, else `name (1).ext`,
 * `name (2).ext` … Nothing is ever written over without the agent's say.
 */
export function nonClashingPath(folder: string, name: string, exists: (file: string) => boolean): string {
  const first = path.join(folder, name);
  if (!exists(first)) return first;
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; n < 10_000; n += 1) {
    const candidate = path.join(folder, `${stem} (${n})${ext}`);
    if (!exists(candidate)) return candidate;
  }
  throw new Error(`no free name for ${name} in ${folder}`);
}

/**
 * Types the system viewer may open straight away: pictures, PDF, plain text, media and Office files that
 * cannot hold macros. Everything else (scripts, installers, HTML and SVG that run script, macro-enabled
 * Office files, shortcuts, disk images, and any type not named here) is only shown in its folder, for the
 * agent to decide. An allowlist, because the list of types that can run code keeps growing.
 */
const VIEWER_TYPES = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'bmp',
  'webp',
  'tif',
  'tiff',
  'heic',
  'pdf',
  'txt',
  'log',
  'docx',
  'xlsx',
  'pptx',
  'mp3',
  'm4a',
  'wav',
  'mp4',
  'mov',
]);

export function viewerMayOpen(name: string): boolean {
  const safe = neutralFileName(name, '');
  const ext = path.extname(safe).slice(1).toLowerCase();
  return VIEWER_TYPES.has(ext);
}

/**
 * The Mark-of-the-Web for a copy written on `platform`: the content of its `Zone.Identifier` stream, so
 * that Windows and Office treat the file as coming from the Internet (Protected View, SmartScreen), as the
 * attachment did when it arrived. Null where the platform has no such stream.
 */
export function markOfTheWeb(platform: string): { stream: string; content: string } | null {
  if (platform !== 'win32') return null;
  return { stream: 'Zone.Identifier', content: '[ZoneTransfer]\r\nZoneId=3\r\n' };
}

/**
 * Whether a name ShiftDesk made itself may be written as it is: a plain file name with the extension
 * expected, which neutralFileName leaves unchanged. A name that fails is refused, not cleaned: it was not ours.
 */
export function isPlainFileName(name: string, extension: string): boolean {
  return name.endsWith(`.${extension}`) && neutralFileName(name, '') === name && path.basename(name) === name;
}
