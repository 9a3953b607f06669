import { app, dialog, shell, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isPlainFileName, nonClashingPath } from '../security/file-names';

/**
 * Writes the files into a new folder inside the one the agent chooses, then shows it. Resolves to the
 * folder, or null when the agent cancels.
 */
export async function saveFilesToFolder(
  win: BrowserWindow | null,
  request: { suggestedFolder: string; files: { name: string; text: string }[] },
): Promise<string | null> {
  if (!win || win.isDestroyed()) return null;
  // The service's own names (an id, a language, `.md`): anything else is not written at all.
  const bad = request.files.find((f) => !isPlainFileName(f.name, 'md'));
  if (bad) throw new Error(`refusing to write ${JSON.stringify(bad.name.slice(0, 200))}`);
  const choice = await dialog.showOpenDialog(win, {
    defaultPath: app.getPath('documents'),
    properties: ['openDirectory', 'createDirectory'],
  });
  const parent = choice.filePaths[0];
  if (choice.canceled || !parent) return null;
  const stamp = new Date().toISOString().slice(0, 10);
  // A folder of its own, never one already there: no file of the agent's is written over.
  const name = `${path.basename(request.suggestedFolder)}-${stamp}`;
  const folder = nonClashingPath(parent, name, existsSync);
  await mkdir(folder);
  for (const f of request.files) await writeFile(path.join(folder, f.name), f.text, 'utf8');
  void shell.openPath(folder);
  return folder;
}
