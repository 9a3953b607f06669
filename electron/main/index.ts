import { app, dialog, ipcMain, session, shell, type BrowserWindow, type WebContents } from 'electron';
import path from 'node:path';
import { APP_SCHEME, isAppUrl } from '../security/app-origin';
import { APP_ID } from '../desktop/app-identity';
import { closeDecision } from '../desktop/close-or-quit';
import type { LaunchRequest } from '../desktop/deep-link';
import { openLogFile } from '../desktop/log-file';
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
import { saveFilesToFolder } from './folder-export';
import { electronNativeBinding } from './native-binding';
import { systemSealer } from './secret-sealer';
import { createSyncController } from '../sync/controller';
import { attachmentBlobs } from '../services/attachment-blobs';
import { requestOfFile, requestOfUrl, requestsIn } from './launch';
import { showWindow } from './page-window';
import { createShell } from './shell';
import { windowMemory } from './window-memory';

registerAppScheme();

let mainWindow: BrowserWindow | null = null;
let desk: Desk | null = null;
/** Set once the app really quits: until then closing the window only hides it (the SLA watch goes on). */
let quitting = false;
/** Links and files that arrived before the window could take them (macOS sends them before ready). */
let early: LaunchRequest[] | null = [];

const log = openLogFile(path.join(app.getPath('userData'), 'logs'));
const windows = windowMemory(path.join(app.getPath('userData'), 'window-state.json'));
const desktop = createShell({
  log,
  window: () => mainWindow ?? (mainWindow = openMainWindow()),
  currentWindow: () => mainWindow,
  desk: () => desk,
  quit: () => {
    quitting = true;
    app.quit();
  },
});
const openRequests = (requests: LaunchRequest[]) => {
  if (early) early.push(...requests);
  else void desktop.open(requests);
};

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A second launch (a link, a file, the Start menu) hands its command line over and ends.
  app.on('second-instance', (_event, argv) => {
    if (mainWindow) showWindow(mainWindow);
    openRequests(requestsIn(argv));
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const request = requestOfUrl(url);
    if (request) openRequests([request]);
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    const request = requestOfFile(file);
    if (request) openRequests([request]);
  });
  // The Dock's Quit, a log-off or shutdown: the system asks, the window must not hide from it.
  app.on('before-quit', () => (quitting = true));
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  openRequests(requestsIn(process.argv));
  app.whenReady().then(start, fail);
}

async function start(): Promise<void> {
  const dbPath = path.join(app.getPath('userData'), 'shiftdesk.db');
  const nativeBinding = electronNativeBinding(app.getAppPath(), process.versions.electron, app.isPackaged);
  // One writer per case log: a browser-mode host already on this file refuses the app, and the other way round.
  const writer = claimCaseLog(dbPath, { nativeBinding });
  app.on('will-quit', () => writer.release());
  log.write('info', 'start', { version: app.getVersion(), platform: process.platform });
  // Notifications on Windows belong to the Start-menu shortcut's id.
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  // Windows and Linux learn the link scheme from the running app; `--` ends Chromium's switches, so that
  // nothing in a link is ever read as one.
  if (app.isPackaged && process.platform !== 'darwin') {
    app.setAsDefaultProtocolClient(APP_SCHEME, process.execPath, ['--']);
  }
  const started = await startDesk({
    dbPath,
    version: app.getVersion(),
    nativeBinding,
    log: (error) => log.error('service', error),
    platform: {
      // Attachments open in the system's own viewer.
      openPath: (file) => shell.openPath(file),
      // 21Vianet's portals open in their own locked-down window (handoff-window.ts).
      openHandoff: openHandoffWindow,
      // SLA warnings and breaches reach the agent even when the window is hidden; a click opens the case.
      notify: desktop.notify,
      // A handover on screen prints to a PDF file the agent picks (pdf-export.ts).
      printToPdf: (request) => printWindowToPdf(mainWindow, request),
      // The knowledge base exports into a folder the agent picks (folder-export.ts).
      saveFiles: (request) => saveFilesToFolder(mainWindow, request),
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
  // The tray and the menu from the first moment; they fill in once the desk is open.
  desktop.refresh();
  const requests = early ?? [];
  early = null;
  void desktop.open(requests);

  // The Dock icon (macOS) brings the hidden window back.
  app.on('activate', () => showWindow(mainWindow ?? (mainWindow = openMainWindow())));
  // The window only closes when the app quits; the app never quits because the window closed.
  app.on('window-all-closed', () => undefined);
  app.on('will-quit', () => desktop.stop());
  void started.opened.then((opened) => {
    desk = opened;
    desktop.attach(started.dispatch);
    const slaWatch = startSlaWatch(opened.background, { log: (error) => log.error('sla-watch', error) });
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
  const win = createMainWindow(path.join(__dirname, 'preload.cjs'), windows.placement());
  windows.track(win);
  const terminal = windowTerminal(win.webContents.id);
  // Closing hides: the tray, the Dock or the next launch bring it back, and the SLA watch never stops.
  win.on('close', (event) => {
    if (closeDecision({ quitting }) === 'close') return;
    event.preventDefault();
    win.hide();
    log.write('info', 'window-hidden');
    desktop.hidden();
  });
  win.on('session-end', () => (quitting = true));
  win.on('focus', () => desktop.refresh());
  win.on('closed', () => {
    desk?.leave(terminal);
    if (mainWindow === win) mainWindow = null;
  });
  return win;
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
  log.error('start', error);
  dialog.showErrorBox('ShiftDesk', startFailureText(error));
  app.quit();
}
