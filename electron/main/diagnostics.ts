import { app, dialog, shell, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { allSettings } from '../../db/queries/settings';
import type { Desk } from '../services/desk';
import { diagnosticsFileName, diagnosticsText } from '../desktop/diagnostics';
import type { LogFile } from '../desktop/log-file';

/** Help → Save diagnostics: one file with the log, versions, schema version and settings without secrets. */
export async function saveDiagnostics(
  win: BrowserWindow | null,
  desk: Desk | null,
  log: LogFile,
  title: string,
): Promise<void> {
  const at = Date.now();
  const options = {
    title,
    defaultPath: path.join(app.getPath('documents'), diagnosticsFileName(at)),
    filters: [{ name: 'Text', extensions: ['txt'] }],
  };
  const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return;
  const readable = desk?.db.open ? desk.db : null;
  const text = diagnosticsText({
    at,
    versions: {
      shiftdesk: app.getVersion(),
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      node: process.versions.node,
    },
    platform: { os: process.platform, arch: process.arch, release: os.release(), locale: app.getLocale() },
    schemaVersion: readable ? (readable.pragma('user_version', { simple: true }) as number) : null,
    settings: readable ? allSettings(readable) : {},
    log: log.read(),
  });
  await writeFile(choice.filePath, text);
  shell.showItemInFolder(choice.filePath);
}
