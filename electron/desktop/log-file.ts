// The log a desk can send: a few rotating files under the app-data folder. It holds no customer text by
// design: an entry is an event name and fields that are numbers, booleans or short codes; any other text
// is dropped, and an error keeps its name, its code and where it was thrown, never its message (SQLite and
// validation messages may quote a value).
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export type LogLevel = 'info' | 'warn' | 'error';
export type LogValue = number | boolean | string | null | undefined;

/**
 * A code (`SQLITE_BUSY`, `win32`, `window-hidden`, `SD-2026-000123`) or a version (`45.4.1`): never free text.
 * A code starts with a letter and has no dot, so that neither a phone number nor a tenant domain or an
 * e-mail address passes for one.
 */
const CODE = /^(?:[A-Za-z][A-Za-z0-9_-]{0,47}|\d{1,4}\.\d{1,4}\.\d{1,4}(?:-[A-Za-z0-9]{1,16})?)$/;
/** A frame of a stack: a source file's name and position, nothing of the path above it. */
const FRAME = /^[\w.-]{1,80}:\d+:\d+$/;
export const REDACTED = '[text]';

export const LOG_FILE = 'shiftdesk.log';
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_FILES = 5;

/** A field's value as written: codes and numbers as they are, anything else replaced. */
export function logValue(value: LogValue): LogValue {
  if (typeof value !== 'string') return value;
  return CODE.test(value) ? value : REDACTED;
}

/** Where in the program an error was thrown: the stack's frames without the message above them. */
export function errorFields(error: unknown): Record<string, LogValue> {
  if (!(error instanceof Error)) return { error: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 8)
    .map((line) => /\(?([^()\s]+:\d+:\d+)\)?$/.exec(line.trim())?.[1] ?? '?');
  return {
    error: logValue(error.name),
    code: typeof code === 'string' || typeof code === 'number' ? logValue(code) : undefined,
    at: frames.map((f) => (FRAME.test(path.basename(f)) ? path.basename(f) : '?')).join(' < ') || undefined,
  };
}

/** One line of the log file. */
export function logLine(at: number, level: LogLevel, event: string, fields: Record<string, LogValue> = {}) {
  const entry: Record<string, LogValue> = { t: new Date(at).toISOString(), level, event: logValue(event) };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && CODE.test(key)) entry[key] = key === 'at' ? value : logValue(value);
  }
  return `${JSON.stringify(entry)}\n`;
}

export interface LogFile {
  write(level: LogLevel, event: string, fields?: Record<string, LogValue>): void;
  error(event: string, error: unknown): void;
  /** The files, oldest first, as one text: for the diagnostics file. */
  read(): string;
  readonly dir: string;
}

/** `shiftdesk.log`, then `shiftdesk.1.log` … `shiftdesk.<files-1>.log`, each about `maxBytes` at most. */
export function openLogFile(
  dir: string,
  options: { maxBytes?: number; files?: number; now?: () => number } = {},
): LogFile {
  const maxBytes = options.maxBytes ?? LOG_MAX_BYTES;
  const files = options.files ?? LOG_FILES;
  const now = options.now ?? Date.now;
  const fileAt = (i: number) => path.join(dir, i === 0 ? LOG_FILE : LOG_FILE.replace('.log', `.${i}.log`));
  const rotate = () => {
    rmSync(fileAt(files - 1), { force: true });
    for (let i = files - 2; i >= 0; i--) if (existsSync(fileAt(i))) renameSync(fileAt(i), fileAt(i + 1));
  };
  const write = (level: LogLevel, event: string, fields: Record<string, LogValue> = {}) => {
    const line = logLine(now(), level, event, fields);
    try {
      mkdirSync(dir, { recursive: true });
      const size = existsSync(fileAt(0)) ? statSync(fileAt(0)).size : 0;
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate();
      appendFileSync(fileAt(0), line);
    } catch {
      // A full or read-only disk must not stop the desk; the log is a nicety.
    }
  };
  return {
    dir,
    write,
    error: (event, error) => write('error', event, errorFields(error)),
    read: () =>
      Array.from({ length: files }, (_, i) => fileAt(files - 1 - i))
        .filter((file) => existsSync(file))
        .map((file) => readFileSync(file, 'utf8'))
        .join(''),
  };
}
