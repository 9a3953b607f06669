import { app } from 'electron';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { MAX_HANDOVER_FILE_CHARS } from '../../core/handover-file';
import type { ShellCommand } from '../../core/shell-commands';
import { launchRequests, parseCaseLink, parseHandoverPath, type LaunchRequest } from '../desktop/deep-link';

/** The command line's first entries that are not the app's input: the executable, and unpackaged the app. */
export const argvSkip = () => (app.isPackaged ? 1 : 2);

/** What a command line (this launch's, or a second launch's) asks the page to do. */
export const requestsIn = (argv: readonly string[]) =>
  launchRequests(argv, { platform: process.platform, skip: argvSkip() });

/** macOS hands links and files over by events, not on the command line. */
export const requestOfUrl = (url: string): LaunchRequest | null => {
  const number = parseCaseLink(url);
  return number ? { kind: 'case', number } : null;
};
export const requestOfFile = (file: string): LaunchRequest | null => {
  const checked = parseHandoverPath(file, process.platform);
  return checked ? { kind: 'handoverFile', path: checked } : null;
};

/** The page's command for a request; a handover file is read here (a regular file, not too large). */
export async function commandOf(request: LaunchRequest): Promise<ShellCommand | null> {
  if (request.kind === 'case') return { kind: 'openCaseNumber', number: request.number };
  let handle;
  try {
    handle = await open(request.path, 'r');
    const stat = await handle.stat();
    // UTF-8 takes at least a byte a character: a file within the bound in bytes is within it in characters.
    if (!stat.isFile() || stat.size > MAX_HANDOVER_FILE_CHARS) return null;
    const text = await handle.readFile({ encoding: 'utf8' });
    return { kind: 'importHandover', fileName: path.basename(request.path).slice(0, 255), text };
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}
