import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * In development the Electron-ABI build of better-sqlite3 lives beside the Node one (see
 * scripts/native-electron.mjs), so `npm start` and `npm test` never rebuild each other's copy.
 * A packaged app has its own rebuilt module and needs no override.
 */
export function electronNativeBinding(appPath: string, electronVersion: string, packaged: boolean) {
  if (packaged) return undefined;
  const file = path.join(appPath, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}
