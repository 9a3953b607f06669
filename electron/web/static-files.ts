import { createReadStream, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { resolveInside } from '../security/resolve-inside';
import { preferredCoding, type ContentCoding } from './accept-encoding';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The text files worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

const COMPRESS: Record<ContentCoding, (data: Buffer) => Promise<Buffer>> = {
  // Quality 5 compresses the renderer's scripts about as well as gzip's best, in a fraction of the time.
  br: (data) => promisify(brotliCompress)(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (data) => promisify(gzip)(data, { level: 6 }),
};

/** Compressed files by path, coding and modification time: each is compressed once per build. */
const compressed = new Map<string, Promise<Buffer>>();

function compressedFile(file: string, stats: Stats, coding: ContentCoding): Promise<Buffer> {
  const key = `${coding}:${stats.mtimeMs}:${stats.size}:${file}`;
  let body = compressed.get(key);
  if (!body) {
    body = readFile(file).then(COMPRESS[coding]);
    body.catch(() => compressed.delete(key));
    compressed.set(key, body);
  }
  return body;
}

/**
 * Serves a file of the built renderer, compressed when the browser takes it; unknown paths get
 * index.html (the app routes itself).
 */
export async function serveStatic(
  root: string,
  urlPath: string,
  res: ServerResponse,
  acceptEncoding?: string,
): Promise<void> {
  let file = resolveInside(root, urlPath);
  if (file && !(await isFile(file))) file = null;
  file ??= path.join(root, 'index.html');
  if (!(await isFile(file))) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('The renderer is not built: run `npm run build`.');
    return;
  }

  const hashed = file.includes(`${path.sep}assets${path.sep}`);
  const extension = path.extname(file);
  const headers = {
    'Content-Type': TYPES[extension] ?? 'application/octet-stream',
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  const coding = COMPRESSIBLE.has(extension) ? preferredCoding(acceptEncoding) : null;
  if (coding) {
    const body = await compressedFile(file, await stat(file), coding);
    res.writeHead(200, {
      ...headers,
      'Content-Encoding': coding,
      'Content-Length': body.length,
      Vary: 'Accept-Encoding',
    });
    res.end(body);
    return;
  }
  res.writeHead(200, COMPRESSIBLE.has(extension) ? { ...headers, Vary: 'Accept-Encoding' } : headers);
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
