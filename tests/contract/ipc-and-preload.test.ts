import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES, ipcChannel, operations } from '../../core/api';
import { operationsSwitch, SHELL_COMMAND_CHANNEL } from '../../core/names';
import type { Result } from '../../core/errors';
import type { Dispatch } from '../../electron/services/dispatch';
import { appFrameEvent, fakeEvent, recordIpc } from './support';

const root = path.resolve(import.meta.dirname, '../..');

function dispatchSpy() {
  const calls: [unknown, unknown][] = [];
  const dispatch: Dispatch = (name, input) => {
    calls.push([name, input]);
    return { ok: true, value: { echoed: name } };
  };
  return { calls, dispatch };
}

describe('IPC registration', () => {
  it('registers exactly one handler per operation, on shiftdesk:<name>', () => {
    const handlers = recordIpc(dispatchSpy().dispatch);
    expect([...handlers.keys()].sort()).toEqual(OPERATION_NAMES.map((n) => `shiftdesk:${n}`).sort());
    expect(handlers.size).toBe(OPERATION_NAMES.length);
    expect(ipcChannel('cases.get')).toBe('shiftdesk:cases.get');
  });

  const untrusted: [string, ReturnType<typeof fakeEvent>][] = [
    ['a remote page', fakeEvent({ url: 'https://evil.example/', parent: null })],
    ['an iframe inside the app page', fakeEvent({ url: 'shiftdesk://app/index.html', parent: { url: 'x' } })],
    ['a destroyed frame', fakeEvent(null)],
    ['a look-alike host', fakeEvent({ url: 'shiftdesk://app.evil/', parent: null })],
    ['credentials in the app URL', fakeEvent({ url: 'shiftdesk://user:pw@app/index.html', parent: null })],
    ['a file page', fakeEvent({ url: 'file:///tmp/index.html', parent: null })],
  ];

  it.each(untrusted)('answers UNAUTHORIZED to %s without reaching dispatch', async (_label, event) => {
    const spy = dispatchSpy();
    const handlers = recordIpc(spy.dispatch);
    for (const name of OPERATION_NAMES) {
      const result = (await handlers.get(ipcChannel(name))!(event, { id: 'x' })) as Result<unknown>;
      expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect(spy.calls).toEqual([]);
  });

  it('passes a trusted call straight through, name and input unchanged', async () => {
    const spy = dispatchSpy();
    const handlers = recordIpc(spy.dispatch);
    const input = { id: '01900000-0000-7000-8000-000000000000', nested: { a: [1, 2] } };
    for (const name of OPERATION_NAMES) {
      const result = await handlers.get(ipcChannel(name))!(appFrameEvent(), input);
      expect(result).toEqual({ ok: true, value: { echoed: name } });
    }
    expect(spy.calls).toEqual(OPERATION_NAMES.map((name) => [name, input]));
    expect(spy.calls[0]![1]).toBe(input);
  });
});

describe('preload bundle', () => {
  async function runPreload() {
    const out = await build({
      entryPoints: [path.join(root, 'electron/preload/index.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: ['electron'],
      write: false,
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: root,
    });
    const code = out.outputFiles[0]!.text;

    const exposed: [string, unknown][] = [];
    const invoked: [string, unknown][] = [];
    const listeners: [string, (event: unknown, ...args: unknown[]) => void][] = [];
    const required: string[] = [];
    const electron = {
      contextBridge: {
        exposeInMainWorld(key: string, api: unknown) {
          exposed.push([key, api]);
        },
      },
      ipcRenderer: {
        invoke(channel: string, input: unknown) {
          invoked.push([channel, input]);
          return Promise.resolve('r');
        },
        on(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
          listeners.push([channel, listener]);
        },
      },
    };
    const sandboxedRequire = (id: string) => {
      required.push(id);
      if (id === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require ${id}`);
    };
    const module = { exports: {} };
    // The window's command line, as the main process sets it (main-window.ts).
    const process = { argv: ['electron', '--type=renderer', operationsSwitch(OPERATION_NAMES)] };
    new Function('require', 'module', 'exports', 'process', code)(
      sandboxedRequire,
      module,
      module.exports,
      process,
    );
    return { code, metafile: out.metafile, exposed, invoked, listeners, required, electron };
  }

  it('bundles nothing but the preload and the operation names', async () => {
    const { metafile, required } = await runPreload();
    const inputs = Object.keys(metafile.inputs).map((p) => p.split(path.sep).join('/'));
    expect(inputs.some((p) => p.includes('node_modules'))).toBe(false);
    expect(inputs.sort()).toEqual(['core/names.ts', 'electron/preload/index.ts']);
    expect(required).toEqual(['electron']);
  });

  it('exposes one function per operation under window.shiftdesk, and the shell commands beside it', async () => {
    const { exposed, electron } = await runPreload();
    expect(exposed.map(([key]) => key)).toEqual(['shiftdesk', 'shiftdeskShell']);
    const [, api] = exposed[0]!;
    expect(api).toBeTypeOf('object');
    const entries = Object.entries(api as Record<string, unknown>);
    expect(entries.map(([k]) => k).sort()).toEqual(Object.keys(operations).sort());
    for (const [name, fn] of entries) expect(fn, name).toBeTypeOf('function');
    const values = entries.map(([, v]) => v);
    expect(values).not.toContain(electron.ipcRenderer);
    expect(values).not.toContain(electron.ipcRenderer.invoke);
    expect(Object.keys(api as object)).not.toContain('ipcRenderer');
    expect(Object.getOwnPropertySymbols(api)).toEqual([]);
  });

  it('hands the page the shell commands of one channel, without the IPC event', async () => {
    const { exposed, listeners } = await runPreload();
    const shell = exposed[1]![1] as { onCommand(listener: (command: unknown) => void): void };
    expect(Object.keys(shell)).toEqual(['onCommand']);
    expect(listeners.map(([channel]) => channel)).toEqual([SHELL_COMMAND_CHANNEL]);
    const send = (command: unknown) => listeners[0]![1]({ sender: 'ipc event' }, command);
    // A command before the page listens waits for it.
    send({ kind: 'go', page: 'now' });
    const got: unknown[][] = [];
    shell.onCommand((...args) => got.push(args));
    send({ kind: 'newCase' });
    expect(got).toEqual([[{ kind: 'go', page: 'now' }], [{ kind: 'newCase' }]]);
  });

  it('turns each call into ipcRenderer.invoke on the operation channel', async () => {
    const { exposed, invoked } = await runPreload();
    const api = exposed[0]![1] as Record<string, (input: unknown) => Promise<unknown>>;
    const input = { id: 'x' };
    await expect(api['cases.get']!(input)).resolves.toBe('r');
    expect(invoked).toEqual([['shiftdesk:cases.get', input]]);
    expect(invoked[0]![1]).toBe(input);

    invoked.length = 0;
    for (const name of OPERATION_NAMES) await api[name]!({ n: name });
    expect(invoked).toEqual(OPERATION_NAMES.map((name) => [`shiftdesk:${name}`, { n: name }]));
  });
});
