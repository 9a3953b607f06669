// Shared set-up for the transport tests: a real desk on a temp SQLite file, the browser-mode host over it,
// and an IPC stand-in that records what registerIpc registers.
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Result } from '../../core/errors';
import { registerIpc } from '../../electron/main/ipc';
import { openDesk, type Desk } from '../../electron/services/desk';
import type { Dispatch } from '../../electron/services/dispatch';
import { TERMINAL_HEADER } from '../../core/browser-transport';
import { startHost, type Host } from '../../electron/web/host';
import { tempDbPath, tempDir } from '../helpers/temp-db';

export const INDEX_HTML =
  '<!doctype html><html><head><title>ShiftDesk test</title></head><body></body></html>';

export type IpcHandler = (event: IpcMainInvokeEvent, input: unknown) => unknown;

export interface Env {
  desk: Desk;
  host: Host;
  staticDir: string;
  /** The folder holding staticDir: a place outside the served root. */
  outside: string;
  ipc: Map<string, IpcHandler>;
}

/** Runs `fn` against a fresh desk, host and IPC registration, and always tears them down. */
export async function withEnv(fn: (env: Env) => Promise<void> | void, dispatch?: Dispatch): Promise<void> {
  const outside = tempDir();
  const staticDir = path.join(outside, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), INDEX_HTML);
  const desk = openDesk({ dbPath: tempDbPath(), version: '0.0.0-test', log: () => {} });
  let host: Host | undefined;
  try {
    host = await startHost({ dispatch: dispatch ?? desk.dispatch, staticDir, port: 0 });
    const ipc = recordIpc(dispatch ?? desk.dispatch);
    await fn({ desk, host, staticDir, outside, ipc });
  } finally {
    await host?.close();
    desk.close();
  }
}

export function recordIpc(dispatch: Dispatch): Map<string, IpcHandler> {
  const handlers = new Map<string, IpcHandler>();
  const channels: string[] = [];
  const ipc: Pick<IpcMain, 'handle'> = {
    handle(channel, listener) {
      channels.push(channel);
      handlers.set(channel, listener as IpcHandler);
    },
  };
  registerIpc(ipc, dispatch);
  if (channels.length !== handlers.size)
    throw new Error(`a channel was registered twice: ${channels.join()}`);
  return handlers;
}

export function fakeEvent(
  senderFrame: { url: string; parent: unknown } | null,
  webContentsId = 1,
): IpcMainInvokeEvent {
  return { senderFrame, sender: { id: webContentsId } } as unknown as IpcMainInvokeEvent;
}

export const appFrameEvent = () => fakeEvent({ url: 'shiftdesk://app/index.html', parent: null });

/** POSTs to the browser-mode API with the run's token, from a tab when `tab` names one (as the page does). */
export async function post(
  host: Host,
  name: string,
  body: unknown,
  tab?: string,
): Promise<{ status: number; json: Result<unknown> }> {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/${name}`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${host.token}`,
      'Content-Type': 'application/json',
      ...(tab === undefined ? {} : { [TERMINAL_HEADER]: tab }),
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    json: (res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as Result<unknown>,
  };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request through node:http, which (unlike fetch) may set Host and send paths unnormalized. */
export function rawRequest(
  port: number,
  options: {
    method?: string;
    path: string;
    headers?: http.OutgoingHttpHeaders;
    body?: string;
    setHost?: boolean;
  },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers ?? {},
        setHost: options.setHost ?? true,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
