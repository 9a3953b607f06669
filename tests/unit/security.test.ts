import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  isAppUrl,
  isExternalHttpsUrl,
  isTrustedSender,
} from '../../electron/security/app-origin';
import { resolveInside } from '../../electron/security/resolve-inside';

/** The URLs each check lets through, and those it rejects. */
const URL_CHECKS = [
  [
    'isAppUrl',
    isAppUrl,
    {
      accepts: ['shiftdesk://app/index.html', APP_ENTRY_URL, 'shiftdesk://app/cases/123?x=1#top'],
      rejects: [
        'shiftdesk://app.evil/',
        'shiftdesk://evil/',
        'shiftdesk://app:8080/',
        'shiftdesk://appx/',
        'https://app/',
        'http://app/index.html',
        'shiftdesk://user:pw@app/',
        'shiftdesk://user@app/',
        'javascript:alert(1)',
        'file:///etc/passwd',
        'data:text/html,<script>alert(1)</script>',
        'https://evil.example/?shiftdesk://app/',
        '',
        'not a url',
      ],
    },
  ],
  [
    'isExternalHttpsUrl',
    isExternalHttpsUrl,
    {
      accepts: ['https://portal.azure.cn', 'https://portal.partner.microsoftonline.cn/adminportal/'],
      rejects: [
        'http://portal.azure.cn',
        'javascript:alert(1)',
        'file:///etc/passwd',
        'https://user:pw@portal.azure.cn/',
        'https://user@portal.azure.cn/',
        'shiftdesk://app/index.html',
        'ftp://example.com/',
        '',
        'not a url',
      ],
    },
  ],
] as const;

describe.each(URL_CHECKS)('%s', (_name, check, urls) => {
  it.each(urls.accepts)('accepts %j', (url) => {
    expect(check(url)).toBe(true);
  });

  it.each(urls.rejects)('rejects %j', (url) => {
    expect(check(url)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts only the top frame of an app page', () => {
    expect(isTrustedSender({ url: 'shiftdesk://app/index.html', isTop: true })).toBe(true);
    expect(isTrustedSender({ url: 'shiftdesk://app/index.html', isTop: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isTop: true })).toBe(false);
    expect(isTrustedSender({ url: 'shiftdesk://app.evil/', isTop: true })).toBe(false);
    expect(isTrustedSender({ url: '', isTop: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('resolveInside', () => {
  const root = path.resolve('/srv/shiftdesk/renderer');

  it('maps ordinary paths under the root', () => {
    expect(resolveInside(root, '/assets/x.js')).toBe(path.join(root, 'assets', 'x.js'));
    expect(resolveInside(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveInside(root, '/assets/%E6%A1%88%E4%BE%8B.js')).toBe(path.join(root, 'assets', '案例.js'));
  });

  it('keeps "/.." from climbing above the root', () => {
    for (const p of [
      '/../secret',
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
    ]) {
      const resolved = resolveInside(root, p);
      // Either refused or clamped inside the root, never outside it.
      if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
    }
  });

  it.each(['../secret', '%2e%2e/secret', '..%2fsecret', '%2E%2E%2F%2E%2E%2Fetc%2Fpasswd', '..\\..\\secret'])(
    'does not escape the root with %j',
    (p) => {
      const resolved = resolveInside(root, p);
      if (resolved !== null) {
        expect(resolved === root || resolved.startsWith(root + path.sep)).toBe(true);
        expect(resolved).not.toBe(path.resolve(root, '..', 'secret'));
      }
    },
  );

  it('refuses an encoded NUL', () => {
    expect(resolveInside(root, '/index.html%00.js')).toBeNull();
    expect(resolveInside(root, '/%00')).toBeNull();
  });

  it('refuses malformed percent-encoding', () => {
    expect(resolveInside(root, '/%')).toBeNull();
    expect(resolveInside(root, '/%E0%A4%A')).toBeNull();
    expect(resolveInside(root, '/assets/%zz.js')).toBeNull();
  });
});

describe('resolveInside with a root given loosely', () => {
  it('accepts a relative root or one ending in a separator', async () => {
    const { resolveInside } = await import('../../electron/security/resolve-inside');
    const pathModule = await import('node:path');
    expect(resolveInside('dist/renderer', '/assets/x.js')).toBe(
      pathModule.resolve('dist/renderer/assets/x.js'),
    );
    expect(resolveInside(`${pathModule.resolve('dist/renderer')}${pathModule.sep}`, '/a.js')).toBe(
      pathModule.resolve('dist/renderer/a.js'),
    );
    expect(resolveInside('dist/renderer', '/../package.json')).toBe(
      pathModule.resolve('dist/renderer/package.json'),
    );
    expect(resolveInside('dist/renderer', '/%2e%2e/%2e%2e/package.json')).not.toBe(
      pathModule.resolve('package.json'),
    );
  });
});
