import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allowedOrigins,
  certificateErrorDecision,
  DEFAULT_HANDOFF_ALLOWLIST,
  downloadPath,
  handoffWebPreferences,
  isAllowedUrl,
  permissionDecision,
  windowOpenDecision,
} from '../../electron/security/handoff-policy';

const allowed = allowedOrigins([
  ...DEFAULT_HANDOFF_ALLOWLIST,
  'partner.example.cn',
  ' http://127.0.0.1:4100 ',
]);

describe('the hand-off allowlist', () => {
  it('normalizes settings entries to exact origins', () => {
    expect([...allowed].sort()).toEqual(
      [
        'http://127.0.0.1:4100',
        'https://login.chinacloudapi.cn',
        'https://login.partner.microsoftonline.cn',
        'https://partner.example.cn',
        'https://portal.azure.cn',
        'https://portal.partner.microsoftonline.cn',
        'https://support.azure.cn',
      ].sort(),
    );
    expect([
      ...allowedOrigins(['http://portal.azure.cn', 'ftp://x.cn', 'https://u:p@x.cn', '', '  ']),
    ]).toEqual([]);
    expect([...allowedOrigins(['HTTPS://Portal.Azure.CN:443/path?q'])]).toEqual(['https://portal.azure.cn']);
  });

  it.each([
    'https://portal.partner.microsoftonline.cn/adminportal/',
    'https://portal.partner.microsoftonline.cn:443/x#y',
    'https://PORTAL.partner.microsoftonline.cn/',
    'https://login.partner.microsoftonline.cn/common/oauth2/authorize?x=1',
    'http://127.0.0.1:4100/form',
  ])('allows %s', (url) => {
    expect(isAllowedUrl(url, allowed)).toBe(true);
  });

  it.each([
    ['a look-alike suffix', 'https://portal.partner.microsoftonline.cn.evil.example/'],
    ['a prefix', 'https://evilportal.partner.microsoftonline.cn/'],
    ['a parent domain', 'https://microsoftonline.cn/'],
    ['a sibling subdomain', 'https://x.portal.azure.cn/'],
    ['an http downgrade', 'http://portal.partner.microsoftonline.cn/'],
    ['another port', 'https://portal.azure.cn:8443/'],
    ['userinfo naming the host', 'https://portal.azure.cn@evil.example/'],
    ['userinfo with password', 'https://user:pw@portal.azure.cn/'],
    ['a Cyrillic look-alike (IDN)', 'https://pоrtal.azure.cn/'],
    ['a full-width look-alike', 'https://ｐortal.azure.cn.evil.example/'],
    ['javascript:', 'javascript:alert(document.domain)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['file:', 'file:///etc/passwd'],
    ['a custom scheme', 'shiftdesk://app/index.html'],
    ['an unparsable address', 'https://'],
    ['a backslash trick', 'https://evil.example\\@portal.azure.cn/'],
    ['the loopback stand-in on another port', 'http://127.0.0.1:4101/'],
    ['localhost for a 127.0.0.1 entry', 'http://localhost:4100/'],
  ])('refuses %s', (_why, url) => {
    expect(isAllowedUrl(url, allowed)).toBe(false);
  });
});

describe('window.open from the portal', () => {
  it('opens sign-in pop-ups on allowed login hosts as child windows', () => {
    expect(windowOpenDecision('https://login.partner.microsoftonline.cn/oauth', allowed)).toEqual({
      action: 'popup',
    });
    expect(windowOpenDecision('https://login.chinacloudapi.cn/', allowed)).toEqual({ action: 'popup' });
  });

  it('sends other https links to the system browser, normalized', () => {
    expect(windowOpenDecision('https://docs.azure.cn/zh-cn/', allowed)).toEqual({
      action: 'external',
      url: 'https://docs.azure.cn/zh-cn/',
    });
    expect(windowOpenDecision('https://portal.azure.cn/#blade', allowed)).toEqual({
      action: 'external',
      url: 'https://portal.azure.cn/#blade',
    });
    expect(windowOpenDecision('https://login.evil.example/', allowed).action).toBe('external');
  });

  it.each([
    'javascript:alert(1)',
    'http://docs.azure.cn/',
    'file:///c:/windows',
    'https://a:b@docs.azure.cn/',
    'about:blank',
    '',
  ])('denies %j', (url) => {
    expect(windowOpenDecision(url, allowed)).toEqual({ action: 'deny' });
  });
});

describe('permissions, certificates, downloads, preferences', () => {
  it('grants only clipboard writes, only to allowed origins', () => {
    expect(permissionDecision('clipboard-sanitized-write', 'https://portal.azure.cn/x', allowed)).toBe(true);
    expect(permissionDecision('clipboard-sanitized-write', 'https://evil.example/', allowed)).toBe(false);
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'hid',
    ]) {
      expect(permissionDecision(p, 'https://portal.azure.cn/', allowed), p).toBe(false);
    }
  });

  it('never bypasses a certificate error', () => {
    expect(certificateErrorDecision()).toBe(false);
  });

  it('keeps downloads inside the chosen folder', () => {
    const folder = path.resolve('/tmp/handoff');
    expect(downloadPath(folder, 'invoice.pdf')).toBe(path.join(folder, 'invoice.pdf'));
    expect(downloadPath(folder, '../../etc/passwd')).toBe(path.join(folder, 'passwd'));
    expect(downloadPath(folder, '..\\..\\win.ini')).toBe(path.join(folder, 'win.ini'));
    expect(downloadPath(folder, '.bashrc')).toBe(path.join(folder, '_bashrc'));
    expect(downloadPath(folder, 'a<b>:c|d?.txt')).toBe(path.join(folder, 'a_b__c_d_.txt'));
    expect(downloadPath(folder, '')).toBe(path.join(folder, 'download'));
    expect(path.dirname(downloadPath(folder, '/abs/olute.txt'))).toBe(folder);
  });

  it('gives the window no privileges of ours', () => {
    const prefs = handoffWebPreferences();
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
    });
    expect(prefs.partition).toMatch(/^persist:/);
    expect('preload' in prefs).toBe(false);
  });
});
