// `npm run web [-- --db PATH --port N --demo]`: build (when a source changed), then serve ShiftDesk in the browser on 127.0.0.1.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuilt } from './ensure-built.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function runBrowserMode(args = process.argv.slice(2)) {
  ensureBuilt();
  process.argv = [process.argv[0], 'host.mjs', ...args];
  await import(pathToFileURL(path.join(root, 'dist', 'web', 'host.mjs')).href);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runBrowserMode();
