// The built browser-mode host (dist/web/host.mjs) as its own process, as `npm run web` starts it, on a free
// port: for the end-to-end tests and the UI benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface HostProcess {
  child: ChildProcess;
  /** The address the host prints, with the run's token. */
  url: string;
}

/** Spawns the host on `dbPath` and waits until it prints its address; `args` go to the host. */
export async function spawnHost(
  root: string,
  dbPath: string,
  args: string[],
  timeoutMs: number,
): Promise<HostProcess> {
  const child = spawn(
    process.execPath,
    [path.join(root, 'dist', 'web', 'host.mjs'), '--db', dbPath, '--port', '0', ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${out}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${out}`)));
  });
  return { child, url };
}

export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
