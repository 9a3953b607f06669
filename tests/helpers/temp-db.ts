import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const dirs: string[] = [];

/** A fresh folder for real SQLite files, removed after each test. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shiftdesk-test-'));
  dirs.push(dir);
  return dir;
}

export const tempDbPath = () => path.join(tempDir(), 'case-log.db');

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
