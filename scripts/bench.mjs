// Bundles the TypeScript benchmark (scripts/bench/) with esbuild and runs it under Node; `--ui` first
// builds the app, whose browser mode it drives.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'dist', 'bench', 'bench.mjs');
await build({
  entryPoints: [path.join(root, 'scripts', 'bench', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: ['better-sqlite3', '@playwright/test', 'pg'],
  logLevel: 'warning',
});
if (process.argv.includes('--ui')) {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
