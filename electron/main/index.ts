import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Notification,
  session,
  shell,
  type WebContents,
} from 'electron';
import path from 'node:path';
import { isAppUrl } from '../security/app-origin';
import { claimCaseLog } from '../../db/writer-lock';
import { startBackupSchedule } from '../services/backup-schedule';
import type { Desk } from '../services/desk';
import { startDesk } from '../services/start-desk';
import { startFailureText } from '../services/start-failure-text';
import { startSlaWatch } from '../services/sla-watch';
import { windowTerminal } from '../services/terminals';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { isHandoffContents, openHandoffWindow } from './handoff-window';
import { registerIpc } from './ipc';
import { createMainWindow } from './main-window';
import { printWindowToPdf } from './pdf-export';
import { electronNativeBinding } from './native-binding';
import { systemSealer } from './secret-sealer';
import { createSyncController } from '../sync/controller';
import { attachmentBlobs } from '../services/attachment-blobs';

registerAppScheme();

let mainWindow: BrowserWindow | null = null;
let desk: Desk | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  app.whenReady().then(start, fail);
}

async function start(): Promise<void> {
  const dbPath = path.join(app.getPath('userData'), 'shiftdesk.db');
  const nativeBinding = electronNativeBinding(app.getAppPath(), process.versions.electron, app.isPackaged);
  // One writer per case log: a browser-mode host already on this file refuses the app, and the other way round.
  const writer = claimCaseLog(dbPath, { nativeBinding });
  app.on('will-quit', () => writer.release());
  const started = await startDesk({
    dbPath,
    version: app.getVersion(),
    nativeBinding,
    platform: {
      // Attachments open in the system's own viewer.
      openPath: (file) => shell.openPath(file),
      // 21Vianet's portals open in their own locked-down window (handoff-window.ts).
      openHandoff: openHandoffWindow,
      // SLA warnings and breaches reach the agent even when the window is in the background.
      notify: showNotification,
      // A handover on screen prints to a PDF file the agent picks (pdf-export.ts).
      printToPdf: (request) => printWindowToPdf(mainWindow, request),
    },
    // The desk's shared log, once a lead has joined this workstation to it (Team sync page).
    sync: (db) => {
      const sealer = systemSealer();
      return createSyncController(db, {
        appVersion: app.getVersion(),
        blobs: attachmentBlobs(app.getPath('userData')),
        ...(sealer ? { sealer } : {}),
      });
    },
  });
  // No page of ours needs a device, notification prompt or any other permission from Chromium.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  serveRenderer(path.join(__dirname, '..', 'renderer'));
  // While the case log is damaged the window shows the recovery screen; the same calls reach the desk after.
  registerIpc(ipcMain, started.dispatch);
  mainWindow = openMainWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = openMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void started.opened.then((opened) => {
    desk = opened;
    const slaWatch = startSlaWatch(opened.background);
    const backups = startBackupSchedule(opened.background);
    app.on('will-quit', () => slaWatch.stop());
    app.on('will-quit', () => backups.stop());
    let syncStopped = false;
    app.on('will-quit', (event) => {
      // A sync round under way finishes (or fails) before the case log closes under it.
      if (opened.sync && !syncStopped) {
        event.preventDefault();
        void opened.sync.stop().finally(() => {
          syncStopped = true;
          app.quit();
        });
        return;
      }
      desk?.close();
    });
  });
}

/** The app window; once closed, the next one carries on its sign-in (services/terminals.ts). */
function openMainWindow(): BrowserWindow {
  const win = createMainWindow(path.join(__dirname, 'preload.cjs'));
  const terminal = windowTerminal(win.webContents.id);
  win.on('closed', () => {
    desk?.leave(terminal);
    if (mainWindow === win) mainWindow = null;
  });
  return win;
}

/** A desktop notification; clicking it brings the window forward. */
function showNotification(title: string, body: string): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({ title, body });
  notification.on('click', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  notification.show();
}

/** Every web contents, present or future: no webviews, no navigation away from the app. */
function lockDown(contents: WebContents): void {
  // The hand-off window and its pop-ups show 21Vianet's sites under their own policy (handoff-window.ts).
  if (isHandoffContents(contents)) return;
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
}

function fail(error: unknown): void {
  dialog.showErrorBox('ShiftDesk', startFailureText(error));
  app.quit();
}
