// `npm run package`: the installers (NSIS on Windows, DMG on macOS) with electron-builder into release/.
// It says first what it found for code signing and notarising (read from the environment only), and
// stops with the reason where Electron's binary is missing, after building and drawing the icon.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));
const run = (command, args) => {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(process.execPath, [path.join(root, 'scripts/icons.mjs')]);
run(process.execPath, [path.join(root, 'scripts/build.mjs')]);

const pathFile = path.join(electronDir, 'path.txt');
const binary = existsSync(pathFile) && path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
if (!binary || !existsSync(binary)) {
  console.error(
    "\nElectron's binary is not installed (node_modules/electron/dist is missing): it was not fetched here, " +
      'and electron-builder fetches the Electron it packs from the same download server. No installer was ' +
      'built; dist/ and build/icon.png are ready. On a machine that reaches the server (or with ELECTRON_MIRROR ' +
      'set), run `node node_modules/electron/install.js`, then `npm run package` again.\n',
  );
  process.exit(1);
}

const env = { ...process.env };
const has = (...names) => names.every((name) => Boolean(env[name]));
if (has('CSC_LINK') || has('CSC_NAME')) {
  console.log('Code signing: with the certificate from CSC_LINK / CSC_NAME.');
} else {
  // Without this, electron-builder on macOS would sign with whatever identity the keychain offers.
  env.CSC_IDENTITY_AUTO_DISCOVERY = 'false';
  console.log('Code signing: skipped (set CSC_LINK and CSC_KEY_PASSWORD, or CSC_NAME, to sign).');
}
if (process.platform === 'darwin') {
  const notarizes =
    has('APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER') ||
    has('APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID') ||
    has('APPLE_KEYCHAIN', 'APPLE_KEYCHAIN_PROFILE');
  console.log(
    notarizes
      ? 'Notarising: with the Apple credentials from the environment.'
      : 'Notarising: skipped (set APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER to notarise).',
  );
}

const builder = path.join(
  root,
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'electron-builder.cmd' : 'electron-builder',
);
const result = spawnSync(builder, ['--config', 'build/electron-builder.yml', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env,
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
