// The policy of the 21Vianet hand-off window, as pure functions: which addresses it may show, which pop-ups
// it may open, which permissions it gets, where downloads go. The Electron wiring only asks these questions.
import path from 'node:path';
import { neutralFileName, nonClashingPath } from './file-names';

/** 21Vianet's hosts the hand-off window may show by default (settings may add the Partner Center address). */
export const DEFAULT_HANDOFF_ALLOWLIST = [
  'https://portal.partner.microsoftonline.cn',
  'https://login.partner.microsoftonline.cn',
  'https://login.chinacloudapi.cn',
  'https://portal.azure.cn',
  'https://support.azure.cn',
] as const;

/** The session partition of the hand-off window: its own cookies and storage, kept across restarts. */
export const HANDOFF_PARTITION = 'persist:21vianet-handoff';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * Turns settings entries (`https://host`, `host`, `https://host:port/path`) into exact origins. Entries that
 * are not https are dropped, except plain-http loopback addresses (a local stand-in for testing); the URL
 * parser turns international names into punycode, so look-alike hosts never equal an allowed one.
 */
export function allowedOrigins(entries: readonly string[]): Set<string> {
  const origins = new Set<string>();
  for (const entry of entries) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const url = parse(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (!url || url.username || url.password) continue;
    if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)))
      origins.add(url.origin);
  }
  return origins;
}

/** True for an address whose exact origin (scheme, host, port) is allowed; never for credentials in URLs. */
export function isAllowedUrl(raw: string, allowed: ReadonlySet<string>): boolean {
  const url = parse(raw);
  if (!url || url.username || url.password) return false;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  return allowed.has(url.origin);
}

export type OpenDecision = { action: 'popup' } | { action: 'external'; url: string } | { action: 'deny' };

/**
 * `window.open` and target=_blank from the portal: a sign-in pop-up on an allowed origin opens as a child
 * window under the same policy; any other https link goes to the system browser; everything else is denied.
 */
export function windowOpenDecision(raw: string, allowed: ReadonlySet<string>): OpenDecision {
  const url = parse(raw);
  if (!url || url.username || url.password) return { action: 'deny' };
  if (isAllowedUrl(raw, allowed) && /^login\./.test(url.hostname)) return { action: 'popup' };
  if (url.protocol === 'https:' && url.hostname) return { action: 'external', url: url.href };
  return { action: 'deny' };
}

/** Only writing to the clipboard (the portal's own copy buttons), and only for allowed origins. */
export function permissionDecision(
  permission: string,
  requestingUrl: string,
  allowed: ReadonlySet<string>,
): boolean {
  return permission === 'clipboard-sanitized-write' && isAllowedUrl(requestingUrl, allowed);
}

/** Certificate errors are never bypassed: the page simply does not load. */
export const certificateErrorDecision = (): false => false;

/**
 * Where a download lands: inside the folder the agent chose, under a name that cannot climb out of it, pass
 * for another type or name a device (security/file-names.ts), and never over a file already there.
 */
export function downloadPath(
  folder: string,
  suggestedName: string,
  exists: (file: string) => boolean = () => false,
): string {
  return nonClashingPath(path.resolve(folder), neutralFileName(suggestedName, 'download'), exists);
}

/** webPreferences of the hand-off window: untrusted remote content, so nothing of ours reaches it. */
export function handoffWebPreferences() {
  return {
    partition: HANDOFF_PARTITION,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  } as const;
}
