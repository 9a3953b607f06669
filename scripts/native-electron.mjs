// Builds better-sqlite3 for Electron's ABI into .native/electron-<version>/, beside the Node build in
// node_modules, so that `npm start` (Electron) and `npm test` (Node) never rebuild each other's copy.
// The main process loads it through better-sqlite3's `nativeBinding` option.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function electronNativePath(electronVersion) {
  return path.join(root, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

/** Returns the path of the Electron build, compiling it first when missing. Throws with a clear message. */
export function ensureElectronNative(electronVersion) {
  const target = electronNativePath(electronVersion);
  if (existsSync(target)) return target;

  const stage = path.join(root, '.native', `stage-electron-${electronVersion}`);
  rmSync(stage, { recursive: true, force: true });
  cpSync(path.join(root, 'node_modules', 'better-sqlite3'), stage, {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}build${path.sep}`) && !src.endsWith(`${path.sep}build`),
  });
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (once; takes a few minutes)…`);
  // npm may point node-gyp at Node's own headers; Electron needs its own.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_config_nodedir$/i.test(k)),
  );
  const gyp = path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const result = spawnSync(
    process.execPath,
    [
      gyp,
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: stage, stdio: 'inherit', env },
  );
  if (result.status !== 0) {
    throw new Error(
      `Could not build better-sqlite3 for Electron ${electronVersion} (node-gyp exited ${result.status}).`,
    );
  }
  mkdirSync(path.dirname(target), { recursive: true });
  cpSync(path.join(stage, 'build', 'Release', 'better_sqlite3.node'), target);
  rmSync(stage, { recursive: true, force: true });
  return target;
}
