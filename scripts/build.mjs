// Builds everything the app and browser mode run: the renderer (Vite), and main, preload and the
// browser-mode host (esbuild). Output goes to dist/.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceStamp, writeStamp } from './source-stamp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...p) => path.join(root, ...p);
const started = Date.now();
// Taken before building: a file saved during the build makes the next start build again.
const stamp = sourceStamp();

const { version } = JSON.parse(readFileSync(at('package.json'), 'utf8'));
const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  define: { SHIFTDESK_VERSION: JSON.stringify(version) },
};

await Promise.all([
  esbuild({
    ...node,
    entryPoints: [at('electron/main/index.ts')],
    outfile: at('dist/electron/main.cjs'),
    format: 'cjs',
    external: ['electron', 'better-sqlite3'],
  }),
  // Sandboxed preloads cannot require project files: everything but 'electron' is bundled in.
  esbuild({
    ...node,
    entryPoints: [at('electron/preload/index.ts')],
    outfile: at('dist/electron/preload.cjs'),
    format: 'cjs',
    external: ['electron'],
  }),
  esbuild({
    ...node,
    entryPoints: [at('electron/web/cli.ts')],
    outfile: at('dist/web/host.mjs'),
    format: 'esm',
    external: ['better-sqlite3'],
    // The PostgreSQL driver is CommonJS and requires Node's modules: an ES module bundle needs a require.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  }),
]);
await viteBuild({ configFile: at('build/vite.config.ts'), logLevel: 'warn' });
writeStamp(stamp);
console.log(`Built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
