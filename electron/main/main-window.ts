import { BrowserWindow, shell } from 'electron';
import { OPERATION_NAMES } from '../../core/api';
import { operationsSwitch } from '../../core/names';
import { APP_ENTRY_URL, isAppUrl, isExternalHttpsUrl } from '../security/app-origin';
import { MIN_SIZE, type WindowPlacement } from '../desktop/window-state';

export function createMainWindow(preloadPath: string, placement: WindowPlacement | null): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    ...placement?.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'ShiftDesk',
    webPreferences: {
      preload: preloadPath,
      // The preload's one function per operation, named from the contract (core/names.ts).
      additionalArguments: [operationsSwitch(OPERATION_NAMES)],
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => {
    if (placement?.maximized) win.maximize();
    win.show();
  });
  // The app never opens windows of its own: https links go to the system browser, the rest nowhere.
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalHttpsUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
