// `npm run web [-- --db PATH --port N --demo]`: build, then serve ShiftDesk in the browser on 127.0.0.1.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function runBrowserMode(args = process.argv.slice(2)) {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  process.argv = [process.argv[0], 'host.mjs', ...args];
  await import(pathToFileURL(path.join(root, 'dist', 'web', 'host.mjs')).href);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runBrowserMode();
