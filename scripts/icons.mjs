// Writes build/icon.png, the one source image of the installers' icons (electron-builder derives the .ico
// and .icns from it), from the drawing in electron/desktop/icon-image.ts. Same code, same bytes.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'node_modules', '.cache', 'shiftdesk-icons.mjs');
await build({
  entryPoints: [path.join(root, 'electron/desktop/icon-image.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'error',
});
const { appIconPng } = await import(pathToFileURL(out).href);
writeFileSync(path.join(root, 'build', 'icon.png'), appIconPng());
console.log('build/icon.png written');
