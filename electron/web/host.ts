import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { base64Length, MAX_ATTACHMENT_LIMIT_MB, MB } from '../../core/attachment-limits';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import type { Dispatch } from '../services/dispatch';
import { retryWhileLocked } from '../services/lock-retry';
import { DEFAULT_TERMINAL, tabTerminal } from '../services/terminals';
import { serveStatic } from './static-files';
import { TERMINAL_HEADER } from '../../core/browser-transport';

export interface HostOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Defaults to a fresh random token per run. */
  token?: string;
  /**
   * Test-only routes, `POST /test/<name>` with the same token and a JSON body; given only when the host is
   * started for tests (`--test-clock`), absent otherwise, so that no such path exists in normal use.
   */
  testRoutes?: Record<string, (input: unknown) => unknown>;
  /** Test-only (`--api-latency`): each API call is answered this many milliseconds late, as on a slow disk. */
  apiLatencyMs?: number;
}

export interface Host {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

// Large enough for an attachment at the highest configurable limit, as base64 in JSON, plus the envelope.
const MAX_BODY_BYTES = base64Length(MAX_ATTACHMENT_LIMIT_MB * MB) + 1024 * 1024;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Browser mode: the renderer and the API on 127.0.0.1 only. The Host check defeats DNS rebinding; the
 * bearer token (handed to the page in the URL fragment, never sent to a server) keeps other local
 * processes and web pages out of the case log.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const expected = Buffer.from(`Bearer ${token}`);
  let port = 0;

  const server = createServer((req, res) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (!isLoopbackHost(req.headers.host, port)) return plain(res, 403, 'Forbidden host');
    const url = URL.parse(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!url) return plain(res, 400, 'Bad request target');

    if (url.pathname.startsWith('/api/')) {
      if (!authorized(req.headers.authorization, expected)) return plain(res, 401, 'Missing or wrong token');
      if (req.method !== 'POST') return plain(res, 405, 'POST only');
      // Operation names are plain ASCII: no decoding, so no malformed escape can throw here.
      const terminal = terminalOf(req.headers[TERMINAL_HEADER]);
      if (terminal === null) return plain(res, 400, 'Malformed terminal id');
      return void handleApi(
        url.pathname.slice(5),
        terminal,
        req,
        res,
        options.dispatch,
        options.apiLatencyMs ?? 0,
      );
    }
    const testRoutes = options.testRoutes;
    if (testRoutes && url.pathname.startsWith('/test/')) {
      if (!authorized(req.headers.authorization, expected)) return plain(res, 401, 'Missing or wrong token');
      if (req.method !== 'POST') return plain(res, 405, 'POST only');
      const name = url.pathname.slice(6);
      if (!Object.hasOwn(testRoutes, name)) return plain(res, 404, 'No such test route');
      return void handleTestRoute(testRoutes[name]!, req, res);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'GET only');
    serveStatic(options.staticDir, url.pathname, res, req.headers['accept-encoding']).catch(() =>
      plain(res, 500, 'Cannot read file'),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function terminalOf(header: string | string[] | undefined): string | null {
  if (header === undefined || header === '') return DEFAULT_TERMINAL;
  return typeof header === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(header) ? tabTerminal(header) : null;
}

function isLoopbackHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function authorized(header: string | undefined, expected: Buffer): boolean {
  if (!header) return false;
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function handleApi(
  name: string,
  terminal: string,
  req: IncomingMessage,
  res: ServerResponse,
  dispatch: Dispatch,
  latencyMs: number,
) {
  let input: unknown;
  try {
    input = await readJson(req);
  } catch {
    return json(res, 400, {
      ok: false,
      error: { code: 'VALIDATION', message: 'body is not JSON', issues: [] },
    });
  }
  if (latencyMs > 0) await sleep(latencyMs);
  json(res, 200, await retryWhileLocked(() => dispatch(name, input, terminal)));
}

async function handleTestRoute(
  route: (input: unknown) => unknown,
  req: IncomingMessage,
  res: ServerResponse,
) {
  try {
    json(res, 200, route(await readJson(req)));
  } catch (error) {
    json(res, 400, { error: error instanceof Error ? error.message : String(error) });
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : (JSON.parse(text) as unknown);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
