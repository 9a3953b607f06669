// Builds dist/ when a source changed since the last build (source-stamp.mjs), and says so when it skips.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtStamp, sourceStamp } from './source-stamp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function ensureBuilt() {
  if (builtStamp() === sourceStamp()) {
    console.log('dist/ is up to date with the sources; not rebuilding.');
    return;
  }
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
