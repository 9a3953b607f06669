// Browser mode sends the renderer's text files compressed when the browser takes it, and as they are
// otherwise; the body is the file whichever way it travels.
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { withEnv } from './support';

function get(port: number, file: string, acceptEncoding?: string) {
  return new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.get(
      {
        port,
        host: '127.0.0.1',
        path: file,
        headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
  });
}

describe('browser-mode host: compressed assets', () => {
  it('answers brotli or gzip as asked, the same bytes once decoded, and leaves images alone', async () => {
    await withEnv(async ({ host, staticDir }) => {
      const script = `export const words = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `值班 ${i}`))};`;
      writeFileSync(path.join(staticDir, 'app.js'), script);
      writeFileSync(path.join(staticDir, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));

      const br = await get(host.port, '/app.js', 'gzip, deflate, br');
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toBe('Accept-Encoding');
      expect(br.body.length).toBeLessThan(Buffer.byteLength(script) / 4);
      expect(brotliDecompressSync(br.body).toString()).toBe(script);

      const gz = await get(host.port, '/app.js', 'gzip');
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.body).toString()).toBe(script);

      const plain = await get(host.port, '/app.js');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(script);

      const png = await get(host.port, '/icon.png', 'br');
      expect(png.headers['content-encoding']).toBeUndefined();
      expect(png.body).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));

      // A file rebuilt in place is compressed again, not served from before.
      writeFileSync(path.join(staticDir, 'app.js'), 'export const words = [];');
      const again = await get(host.port, '/app.js', 'br');
      expect(brotliDecompressSync(again.body).toString()).toBe('export const words = [];');
    });
  });
});
