import { rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { post, withEnv } from './support';

/** Sends raw bytes (anything a local process could send) and returns the status line. */
function rawStatusLine(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.on('data', (chunk) => {
      data += chunk.toString();
      if (data.includes('\r\n')) {
        socket.destroy();
        resolve(data.slice(0, data.indexOf('\r\n')));
      }
    });
    socket.on('error', reject);
  });
}

async function stillAnswers(port: number, token: string): Promise<boolean> {
  const res = await fetch(`http://127.0.0.1:${port}/api/app.info`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: '{}',
  });
  return res.status === 200;
}

describe('browser-mode host: hostile or broken requests do not take it down', () => {
  it('answers 400 to a request target that is not a URL', async () => {
    await withEnv(async ({ host }) => {
      const line = await rawStatusLine(
        host.port,
        `GET http://[/ HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`,
      );
      expect(line).toMatch(/^HTTP\/1\.1 400/);
      expect(await stillAnswers(host.port, host.token)).toBe(true);
    });
  });

  it('treats a malformed escape in an operation name as an unknown operation', async () => {
    await withEnv(async ({ host }) => {
      const { status, json } = await post(host, '%E0', {});
      expect(status).toBe(200);
      expect(json).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await stillAnswers(host.port, host.token)).toBe(true);
    });
  });

  it('says the renderer is not built instead of crashing when index.html is missing', async () => {
    await withEnv(async ({ host, staticDir }) => {
      rmSync(path.join(staticDir, 'index.html'));
      const res = await fetch(`http://127.0.0.1:${host.port}/`);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('npm run build');
      expect(await stillAnswers(host.port, host.token)).toBe(true);
    });
  });
});
