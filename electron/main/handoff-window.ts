// The 21Vianet hand-off window: 21Vianet's portals are untrusted remote content, shown in a window of their
// own with its own persistent session, sandboxed, with no preload and no Node. Every decision (which
// address may load, which pop-up may open, which permission is granted, where a download goes) is asked of
// the pure policy in electron/security/handoff-policy.ts; this file only wires Electron's events to it.
import { BrowserWindow, session, shell, type Session, type WebContents } from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
import {
  allowedOrigins,
  certificateErrorDecision,
  downloadPath,
  HANDOFF_PARTITION,
  handoffWebPreferences,
  isAllowedUrl,
  permissionDecision,
  windowOpenDecision,
} from '../security/handoff-policy';
import { createGestureGate } from '../security/user-gesture';
import type { HandoffWindowRequest } from '../services/platform';

interface Policy {
  allowed: ReadonlySet<string>;
  downloadDir: string;
}

/** The policy of the latest request: the settings may have changed since the window first opened. */
let policy: Policy = { allowed: new Set(), downloadDir: '' };
let handoff: BrowserWindow | null = null;
let sessionReady = false;

const handoffSession = (): Session => session.fromPartition(HANDOFF_PARTITION);

/** Whether a web contents is the hand-off window or one of its pop-ups: the app's own lock-down skips them. */
export function isHandoffContents(contents: WebContents): boolean {
  // Before the first hand-off its session does not exist, and asking for it would create it on disk.
  return sessionReady && contents.session === handoffSession();
}

/** Opens (or reuses and focuses) the hand-off window at an address the service already checked. */
export function openHandoffWindow(request: HandoffWindowRequest): void {
  policy = { allowed: allowedOrigins(request.allowlist), downloadDir: request.downloadDir };
  // Checked again here: the shell never shows an address its own policy refuses.
  if (!isAllowedUrl(request.url, policy.allowed)) return;
  prepareSession();
  if (handoff && !handoff.isDestroyed()) {
    void handoff.loadURL(request.url);
    if (handoff.isMinimized()) handoff.restore();
    handoff.focus();
    return;
  }
  handoff = new BrowserWindow({
    width: 1280,
    height: 900,
    minWidth: 800,
    minHeight: 600,
    title: '21Vianet',
    autoHideMenuBar: true,
    webPreferences: handoffWebPreferences(),
  });
  handoff.on('closed', () => (handoff = null));
  guard(handoff.webContents);
  void handoff.loadURL(request.url);
}

/** Navigation, pop-ups, certificates and webviews of one web contents; pop-ups get the same guard. */
function guard(contents: WebContents): void {
  const gestures = createGestureGate();
  contents.on('input-event', (_event, input) => gestures.noteInput(input.type, Date.now()));
  contents.on('will-navigate', (event) => {
    if (!isAllowedUrl(event.url, policy.allowed)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedUrl(event.url, policy.allowed)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedUrl(event.url, policy.allowed)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('certificate-error', (event, _url, _error, _certificate, callback) => {
    event.preventDefault();
    callback(certificateErrorDecision());
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url, policy.allowed);
    if (decision.action === 'popup') {
      return {
        action: 'allow',
        overrideBrowserWindowOptions: { autoHideMenuBar: true, webPreferences: handoffWebPreferences() },
      };
    }
    if (decision.action === 'external' && gestures.consume(Date.now())) void shell.openExternal(decision.url);
    return { action: 'deny' };
  });
  contents.on('did-create-window', (child) => guard(child.webContents));
}

/** Permissions and downloads belong to the session, shared by the window and its pop-ups: set up once. */
function prepareSession(): void {
  if (sessionReady) return;
  sessionReady = true;
  const ses = handoffSession();
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permissionDecision(permission, details.requestingUrl, policy.allowed)),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permissionDecision(permission, requestingOrigin, policy.allowed),
  );
  ses.on('will-download', (_event, item) => {
    mkdirSync(policy.downloadDir, { recursive: true });
    item.setSavePath(downloadPath(policy.downloadDir, item.getFilename(), existsSync));
  });
}
