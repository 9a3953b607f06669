import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_HTML, rawRequest, withEnv } from './support';

const appInfo = (port: number, headers: Record<string, string>) =>
  fetch(`http://127.0.0.1:${port}/api/app.info`, { method: 'POST', headers, body: '{}' });

describe('browser-mode host: who may call the API', () => {
  it('refuses a request without a token', async () => {
    await withEnv(async ({ host }) => {
      const res = await appInfo(host.port, {});
      expect(res.status).toBe(401);
      expect(await res.text()).not.toContain('"ok"');
    });
  });

  it('refuses a wrong token, including one of the right length and a bare token', async () => {
    await withEnv(async ({ host }) => {
      const sameLength = host.token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
      for (const authorization of [
        'Bearer wrong',
        `Bearer ${sameLength}`,
        host.token,
        `Basic ${host.token}`,
        `Bearer ${host.token}x`,
      ]) {
        const res = await appInfo(host.port, { Authorization: authorization });
        expect(res.status, authorization).toBe(401);
      }
    });
  });

  it('answers with the right token', async () => {
    await withEnv(async ({ host }) => {
      expect(host.token.length).toBeGreaterThanOrEqual(16);
      expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
      const res = await appInfo(host.port, { Authorization: `Bearer ${host.token}` });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.json()).toMatchObject({ ok: true, value: { version: '0.0.0-test' } });
    });
  });

  it('refuses a foreign Host header even with the right token', async () => {
    await withEnv(async ({ host }) => {
      const authorization = `Bearer ${host.token}`;
      const foreign = [
        'evil.example',
        `evil.example:${host.port}`,
        `127.0.0.1.evil.example:${host.port}`,
        `localhost.evil.example:${host.port}`,
        `127.0.0.1:${host.port + 1}`,
        '127.0.0.1',
        `[::1]:${host.port}`,
      ];
      for (const hostHeader of foreign) {
        const res = await rawRequest(host.port, {
          method: 'POST',
          path: '/api/app.info',
          headers: { host: hostHeader, authorization, 'content-type': 'application/json' },
          body: '{}',
        });
        expect(res.status, hostHeader).toBe(403);
        expect(res.body).not.toContain('"ok"');
      }
      const page = await rawRequest(host.port, { path: '/', headers: { host: 'evil.example' } });
      expect(page.status).toBe(403);
      expect(page.body).not.toContain('ShiftDesk test');
    });
  });

  it('refuses a request with no Host header', async () => {
    await withEnv(async ({ host }) => {
      const res = await rawRequest(host.port, {
        method: 'POST',
        path: '/api/app.info',
        headers: { authorization: `Bearer ${host.token}` },
        body: '{}',
        setHost: false,
      });
      // Node itself answers 400 to an HTTP/1.1 request without Host; the host would answer 403.
      expect([400, 403]).toContain(res.status);
    });
  });

  it('accepts localhost:PORT as the Host', async () => {
    await withEnv(async ({ host }) => {
      const res = await rawRequest(host.port, {
        method: 'POST',
        path: '/api/app.info',
        headers: { host: `localhost:${host.port}`, authorization: `Bearer ${host.token}` },
        body: '{}',
      });
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toMatchObject({ ok: true });
    });
  });

  it('answers 405 to a GET on the API, after checking the token', async () => {
    await withEnv(async ({ host }) => {
      const res = await fetch(`http://127.0.0.1:${host.port}/api/app.info`, {
        headers: { Authorization: `Bearer ${host.token}` },
      });
      expect(res.status).toBe(405);
      const anonymous = await fetch(`http://127.0.0.1:${host.port}/api/app.info`);
      expect(anonymous.status).toBe(401);
    });
  });
});

describe('browser-mode host: static files', () => {
  it('serves index.html at / with the CSP and hardening headers', async () => {
    await withEnv(async ({ host }) => {
      const res = await fetch(`http://127.0.0.1:${host.port}/`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(await res.text()).toBe(INDEX_HTML);
    });
  });

  it('serves files under the root and falls back to index.html for app routes', async () => {
    await withEnv(async ({ host, staticDir }) => {
      mkdirSync(path.join(staticDir, 'assets'));
      writeFileSync(path.join(staticDir, 'assets', 'app-1234.js'), 'console.log(1);');
      const asset = await fetch(`http://127.0.0.1:${host.port}/assets/app-1234.js`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(await asset.text()).toBe('console.log(1);');
      const route = await fetch(`http://127.0.0.1:${host.port}/cases/123`);
      expect(await route.text()).toBe(INDEX_HTML);
    });
  });

  it('does not leak files outside the root through path traversal', async () => {
    await withEnv(async ({ host, outside }) => {
      const secret = 'TOP-SECRET-CASE-LOG-KEY';
      writeFileSync(path.join(outside, 'secret.txt'), secret);
      const attempts = [
        '/..%2f..%2fetc%2fpasswd',
        '/../../etc/passwd',
        '/..%2fsecret.txt',
        '/%2e%2e/secret.txt',
        '/%2E%2E%2Fsecret.txt',
        '/../secret.txt',
        '/assets/..%2f..%2fsecret.txt',
        '/..%5csecret.txt',
        '/secret.txt%00.html',
      ];
      for (const p of attempts) {
        const res = await rawRequest(host.port, { path: p });
        expect(res.status, p).toBe(200);
        expect(res.body, p).toBe(INDEX_HTML);
        expect(res.body).not.toContain(secret);
        expect(res.body).not.toContain('root:');
      }
    });
  });
});

describe('browser-mode host: network exposure', () => {
  it('listens on 127.0.0.1 only', async () => {
    await withEnv(async ({ host }) => {
      expect(new URL(host.url).hostname).toBe('127.0.0.1');
      const connects = (address: string) =>
        new Promise<boolean>((resolve) => {
          const socket = net.connect({ host: address, port: host.port });
          socket.setTimeout(2_000, () => {
            socket.destroy();
            resolve(false);
          });
          socket.once('connect', () => {
            socket.destroy();
            resolve(true);
          });
          socket.once('error', () => resolve(false));
        });
      expect(await connects('127.0.0.1')).toBe(true);
      // Bound to 127.0.0.1 itself, not to the loopback network or every interface.
      expect(await connects('127.0.0.2')).toBe(false);
      expect(await connects('::1')).toBe(false);
    });
  });
});
