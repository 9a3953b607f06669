import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A fresh folder for real SQLite files, removed when the test ends: after the desks the test opened
 * later have closed, since a test's end hooks run last registered first.
 */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shiftdesk-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const tempDbPath = () => path.join(tempDir(), 'case-log.db');
