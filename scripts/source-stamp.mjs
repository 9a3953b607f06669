// What the build was made from: every source file's path, size and modification time, hashed. Equal
// stamps mean dist/ is current, so `npm start` and `npm run web` start without rebuilding.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = [
  'core',
  'db',
  'electron',
  'renderer',
  'build',
  'scripts/build.mjs',
  'package.json',
  'package-lock.json',
];
const STAMP = path.join(root, 'dist', '.source-stamp');

function* files(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) {
    yield [entry, stat];
    return;
  }
  for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name));
}

export function sourceStamp() {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    const at = path.join(root, source);
    if (!existsSync(at)) continue;
    for (const [file, stat] of files(at))
      hash.update(`${path.relative(root, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

export const builtStamp = () => (existsSync(STAMP) ? readFileSync(STAMP, 'utf8') : null);
export const writeStamp = (stamp) => writeFileSync(STAMP, stamp);
