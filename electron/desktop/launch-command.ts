// The page's command for a link or a file from outside (already checked by deep-link.ts). A handover file
// is read here, in the main process: only a regular file, and only as large as an import accepts.
import { open } from 'node:fs/promises';
import path from 'node:path';
import { MAX_HANDOVER_FILE_CHARS } from '../../core/handover-file';
import type { ShellCommand } from '../../core/shell-commands';
import type { LaunchRequest } from './deep-link';

export async function commandOf(
  request: LaunchRequest,
  maxBytes = MAX_HANDOVER_FILE_CHARS,
): Promise<ShellCommand | null> {
  if (request.kind === 'case') return { kind: 'openCaseNumber', number: request.number };
  let handle;
  try {
    handle = await open(request.path, 'r');
    const stat = await handle.stat();
    // UTF-8 takes at least a byte a character: a file within the bound in bytes is within it in characters.
    if (!stat.isFile() || stat.size > maxBytes) return null;
    const text = await handle.readFile({ encoding: 'utf8' });
    return { kind: 'importHandover', fileName: path.basename(request.path).slice(0, 255), text };
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}
