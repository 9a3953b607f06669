// Where the app's own pages live. Pure: the Electron wiring asks these questions, never decides itself.
export const APP_SCHEME = 'shiftdesk';
export const APP_HOST = 'app';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True only for pages served by the app's own protocol (parsed, never prefix-matched). */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
  );
}

export interface SenderFrame {
  url: string;
  /** True when the frame is its page's top frame (not an iframe). */
  isTop: boolean;
}

/** IPC is answered only for the app's own top-level page. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return !!frame && frame.isTop && isAppUrl(frame.url);
}

/** An https link the system browser may open: parsed, no credentials in it. */
export function isExternalHttpsUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname !== '';
  } catch {
    return false;
  }
}
