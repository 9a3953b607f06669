// `npm start`: the Electron app; where Electron's binary is missing, browser mode instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './ensure-built.mjs';
import { ensureElectronNative } from './native-electron.mjs';
import { runBrowserMode } from './web.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;

function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function tryDownloadElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return;
  console.log(`Fetching the Electron ${electronVersion} binary…`);
  // Quiet: when the download fails, the paragraph below says what to do.
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
}

let binary = electronBinary();
if (!binary) {
  tryDownloadElectron();
  binary = electronBinary();
}

if (!binary) {
  console.log(
    `\nElectron's binary is not installed (node_modules/electron/dist is missing), so the desktop app cannot start ` +
      `on this machine. This happens on machines that cannot reach Electron's download server, or when ` +
      `ELECTRON_SKIP_BINARY_DOWNLOAD was set during install. To get the desktop app, run \`node node_modules/electron/install.js\` ` +
      `on a machine with internet access (or set ELECTRON_MIRROR to a reachable mirror) and run \`npm start\` again. ` +
      `Starting browser mode instead: the same app and case log, served on 127.0.0.1 — open the address printed below.\n`,
  );
  await runBrowserMode(process.argv.slice(2));
} else {
  ensureBuilt();
  try {
    ensureElectronNative(electronVersion);
  } catch (error) {
    console.error(
      `${error.message}\nThe desktop app needs it to open the case log; \`npm run web\` works meanwhile.`,
    );
    process.exit(1);
  }
  const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
