import { app, dialog, shell, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Prints the window's page (under its print stylesheet, which leaves only the handover) to a PDF file the
 * agent chooses, then shows the file in its folder. Resolves to the file, or null when the agent cancels.
 */
export async function printWindowToPdf(
  win: BrowserWindow | null,
  request: { suggestedName: string },
): Promise<string | null> {
  if (!win || win.isDestroyed()) return null;
  const choice = await dialog.showSaveDialog(win, {
    defaultPath: path.join(app.getPath('documents'), path.basename(request.suggestedName)),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (choice.canceled || !choice.filePath) return null;
  // The page's own @page rule (A4 landscape, margins) decides the layout.
  const pdf = await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: false });
  await writeFile(choice.filePath, pdf);
  shell.showItemInFolder(choice.filePath);
  return choice.filePath;
}
