// The hand-off window's wiring, against a stand-in for Electron's objects (the real ones need a display):
// each Electron event must reach the pure policy and act on its answer.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

class FakeContents {
  listeners = new Map<string, Listener[]>();
  openHandler: ((details: { url: string }) => unknown) | null = null;
  constructor(readonly session: unknown) {}
  on(name: string, listener: Listener) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this.openHandler = handler;
  }
  emit(name: string, ...args: unknown[]) {
    for (const l of this.listeners.get(name) ?? []) l(...args);
  }
}

const electron = vi.hoisted(() => {
  const state = {
    windows: [] as { options: Record<string, unknown>; loaded: string[]; webContents: FakeContents }[],
    external: [] as string[],
    session: {
      request: null as null | ((...a: unknown[]) => void),
      check: null as null | ((...a: unknown[]) => boolean),
      listeners: new Map<string, Listener>(),
      setPermissionRequestHandler(h: (...a: unknown[]) => void) {
        this.request = h;
      },
      setPermissionCheckHandler(h: (...a: unknown[]) => boolean) {
        this.check = h;
      },
      on(name: string, l: Listener) {
        this.listeners.set(name, l);
      },
    },
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: FakeContents;
    loaded: string[] = [];
    constructor(readonly options: Record<string, unknown>) {
      this.webContents = new FakeContents(electron.session);
      electron.windows.push(this as never);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    on() {}
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    focus() {}
  }
  return {
    BrowserWindow,
    session: {
      fromPartition: (name: string) => (name === 'persist:21vianet-handoff' ? electron.session : {}),
    },
    shell: { openExternal: async (url: string) => void electron.external.push(url) },
  };
});

const { isHandoffContents, openHandoffWindow } = await import('../../electron/main/handoff-window');
const { tempDir } = await import('../helpers/temp-db');

const FORM = 'http://127.0.0.1:4100';
const request = {
  url: `${FORM}/form`,
  allowlist: ['https://portal.partner.microsoftonline.cn', 'https://login.partner.microsoftonline.cn', FORM],
  downloadDir: path.resolve('/nonexistent/handoff'),
};

function navigate(contents: FakeContents, name: string, url: string): boolean {
  let prevented = false;
  contents.emit(name, { url, preventDefault: () => (prevented = true) });
  return prevented;
}

describe('the hand-off window', () => {
  beforeEach(() => {
    electron.external.length = 0;
  });

  it('opens once with the policy’s web preferences, then reuses the window; never at a refused address', () => {
    openHandoffWindow({ ...request, url: 'https://evil.example/' });
    expect(electron.windows).toHaveLength(0);
    openHandoffWindow(request);
    openHandoffWindow({ ...request, url: 'https://portal.partner.microsoftonline.cn/adminportal/' });
    expect(electron.windows).toHaveLength(1);
    const win = electron.windows[0]!;
    expect(win.loaded).toEqual([`${FORM}/form`, 'https://portal.partner.microsoftonline.cn/adminportal/']);
    expect(win.options.webPreferences).toMatchObject({
      partition: 'persist:21vianet-handoff',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(win.options.webPreferences).not.toHaveProperty('preload');
    expect(isHandoffContents(win.webContents as never)).toBe(true);
    expect(isHandoffContents({ session: {} } as never)).toBe(false);
  });

  it('lets it navigate, redirect and load frames only on allowed origins', () => {
    const contents = electron.windows[0]!.webContents;
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      expect(navigate(contents, name, 'https://login.partner.microsoftonline.cn/oauth'), name).toBe(false);
      expect(navigate(contents, name, 'https://portal.partner.microsoftonline.cn.evil.example/'), name).toBe(
        true,
      );
      expect(navigate(contents, name, 'javascript:alert(1)'), name).toBe(true);
    }
  });

  it('opens sign-in pop-ups under the same guard, other links in the system browser, nothing else', () => {
    const contents = electron.windows[0]!.webContents;
    const popup = contents.openHandler!({ url: 'https://login.partner.microsoftonline.cn/x' }) as {
      action: string;
      overrideBrowserWindowOptions: { webPreferences: Record<string, unknown> };
    };
    expect(popup.action).toBe('allow');
    expect(popup.overrideBrowserWindowOptions.webPreferences).toMatchObject({
      sandbox: true,
      partition: 'persist:21vianet-handoff',
    });
    // Without a click or key press of the agent's, a page cannot send anyone to the system browser.
    expect(contents.openHandler!({ url: 'https://docs.azure.cn/zh-cn/' })).toEqual({ action: 'deny' });
    expect(electron.external).toEqual([]);
    contents.emit('input-event', {}, { type: 'mouseDown' });
    expect(contents.openHandler!({ url: 'https://docs.azure.cn/zh-cn/' })).toEqual({ action: 'deny' });
    expect(electron.external).toEqual(['https://docs.azure.cn/zh-cn/']);
    expect(contents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.external).toHaveLength(1);

    const child = new FakeContents(electron.session);
    contents.emit('did-create-window', { webContents: child });
    expect(navigate(child, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(child.openHandler).not.toBeNull();
  });

  it('never trusts a bad certificate, and allows no webview', () => {
    const contents = electron.windows[0]!.webContents;
    let trusted: boolean | null = null;
    let prevented = false;
    contents.emit(
      'certificate-error',
      { preventDefault: () => (prevented = true) },
      'https://x',
      'ERR',
      {},
      (t: boolean) => (trusted = t),
    );
    expect({ prevented, trusted }).toEqual({ prevented: true, trusted: false });
    let webview = false;
    contents.emit('will-attach-webview', { preventDefault: () => (webview = true) });
    expect(webview).toBe(true);
  });

  it('grants only clipboard writes to allowed sites, and saves downloads inside the chosen folder (made if need be)', () => {
    const answers: boolean[] = [];
    electron.session.request!({}, 'clipboard-sanitized-write', (ok: boolean) => answers.push(ok), {
      requestingUrl: `${FORM}/form`,
    });
    electron.session.request!({}, 'media', (ok: boolean) => answers.push(ok), {
      requestingUrl: `${FORM}/form`,
    });
    expect(answers).toEqual([true, false]);
    expect(electron.session.check!({}, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    expect(electron.session.check!({}, 'geolocation', FORM)).toBe(false);

    const dir = path.join(tempDir(), 'downloads');
    openHandoffWindow({ ...request, downloadDir: dir });
    let saved = '';
    electron.session.listeners.get('will-download')!(
      {},
      { getFilename: () => '../../发票.pdf', setSavePath: (p: string) => (saved = p) },
    );
    expect(saved).toBe(path.join(dir, '发票.pdf'));
    expect(existsSync(dir)).toBe(true);
  });
});
