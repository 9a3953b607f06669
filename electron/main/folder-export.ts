import { app, dialog, shell, type BrowserWindow } from 'electron';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The only names written: what the service makes (an id, a language, `.md`), never a path. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.md$/;

/**
 * Writes the files into a new folder inside the one the agent chooses, then shows it. Resolves to the
 * folder, or null when the agent cancels. A name that is not a plain file name is refused, not cleaned.
 */
export async function saveFilesToFolder(
  win: BrowserWindow | null,
  request: { suggestedFolder: string; files: { name: string; text: string }[] },
): Promise<string | null> {
  if (!win || win.isDestroyed()) return null;
  const bad = request.files.find((f) => !SAFE_NAME.test(f.name) || path.basename(f.name) !== f.name);
  if (bad) throw new Error(`refusing to write ${JSON.stringify(bad.name.slice(0, 200))}`);
  const choice = await dialog.showOpenDialog(win, {
    defaultPath: app.getPath('documents'),
    properties: ['openDirectory', 'createDirectory'],
  });
  const parent = choice.filePaths[0];
  if (choice.canceled || !parent) return null;
  const stamp = new Date().toISOString().slice(0, 10);
  const folder = path.join(parent, `${path.basename(request.suggestedFolder)}-${stamp}`);
  await mkdir(folder, { recursive: true });
  for (const f of request.files) await writeFile(path.join(folder, f.name), f.text, 'utf8');
  void shell.openPath(folder);
  return folder;
}
