// What reaches the app from outside (a shiftdesk:// link, a file opened from the system, a second launch's
// command line) is untrusted: these pure functions say what, if anything, it asks for. Anything unexpected
// is dropped, never "fixed".
import path from 'node:path';
import { CASE_NUMBER_PATTERN, parseCaseNumber } from '../../core/case-number';
import { HANDOVER_FILE_EXTENSION } from '../../core/handover-file';
import { MAX_CASE_SEQUENCE } from '../../core/handover-file-rules';
import { APP_SCHEME } from '../security/app-origin';

/** The host of a case link: `shiftdesk://case/SD-2026-000123`. */
export const CASE_LINK_HOST = 'case';
/** Far above any case link; a longer one is not ours. */
const MAX_LINK_LENGTH = 128;
/** Windows' long paths end at 32,767 characters; nothing longer is a path the system handed us. */
const MAX_PATH_LENGTH = 32_767;
/** One launch or second launch asks for this much at most; the rest of a flood is ignored. */
export const MAX_LAUNCH_REQUESTS = 4;

export type LaunchRequest = { kind: 'case'; number: string } | { kind: 'handoverFile'; path: string };

/** The link for a case, as the app hands it out. */
export const caseLink = (number: string) => `${APP_SCHEME}://${CASE_LINK_HOST}/${number}`;

/** The case number a `shiftdesk://case/<number>` link names, or null for anything else. */
export function parseCaseLink(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_LINK_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== CASE_LINK_HOST) return null;
  if (url.username || url.password || url.port || url.search || url.hash) return null;
  // Exactly one path segment, in clear: no %2F, no dot segments, nothing after the number.
  const number = url.pathname.replace(/\/$/, '').slice(1);
  if (!CASE_NUMBER_PATTERN.test(number)) return null;
  const parsed = parseCaseNumber(number);
  if (!parsed || parsed.sequence < 1 || parsed.sequence > MAX_CASE_SEQUENCE) return null;
  // The parser forgives (dot segments, escapes, backslashes); the link must already be in its one form.
  const given = raw.replace(/^[^/]*\/\/[^/]*/, (schemeAndHost) => schemeAndHost.toLowerCase());
  return given === caseLink(number) || given === `${caseLink(number)}/` ? number : null;
}

/**
 * A handover file the system asks the app to open: an absolute local path with the handover file's
 * extension, normalised already (as the system passes it), or null. UNC and device paths (`\\host\share`,
 * `\\?\`, `\\.\`) are refused: opening one would reach out to another machine on a word from outside.
 */
export function parseHandoverPath(raw: unknown, platform: NodeJS.Platform): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_PATH_LENGTH) return null;
  // Control characters (a NUL ends the path early for the system, a newline forges a log line).
  if ([...raw].some((ch) => ch.charCodeAt(0) < 0x20)) return null;
  const p = platform === 'win32' ? path.win32 : path.posix;
  if (platform === 'win32' ? !/^[A-Za-z]:\\/.test(raw) : !raw.startsWith('/')) return null;
  if (platform === 'win32' && raw.includes('/')) return null;
  if (p.normalize(raw) !== raw || raw.split(/[\\/]/).includes('..')) return null;
  if (p.extname(raw).toLowerCase() !== `.${HANDOVER_FILE_EXTENSION}`) return null;
  return raw;
}

/**
 * What a command line asks for: case links and handover files, in order, at most MAX_LAUNCH_REQUESTS.
 * Switches (`--inspect`, `--user-data-dir=…`, whatever a second instance was started with) and every
 * other argument are ignored; the first `skip` entries are the executable (and, unpackaged, the app path).
 */
export function launchRequests(
  argv: readonly unknown[],
  options: { platform: NodeJS.Platform; skip: number },
): LaunchRequest[] {
  const requests: LaunchRequest[] = [];
  for (const arg of argv.slice(options.skip)) {
    if (requests.length === MAX_LAUNCH_REQUESTS) break;
    if (typeof arg !== 'string' || arg.startsWith('-')) continue;
    const number = parseCaseLink(arg);
    if (number) {
      requests.push({ kind: 'case', number });
      continue;
    }
    const file = parseHandoverPath(arg, options.platform);
    if (file) requests.push({ kind: 'handoverFile', path: file });
  }
  return requests;
}
