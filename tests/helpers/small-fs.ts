// A small file system of its own (tmpfs) for the tests of a full disk and a read-only file system. Mounting
// needs root (or CAP_SYS_ADMIN); where it is refused, `mountSmallFs` says why and the test is skipped.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

export type Mounted = { dir: string } | { refused: string };

export function mountSmallFs(sizeKb: number): Mounted {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shiftdesk-small-fs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { refused: `cannot mount a tmpfs here (${(error as Error).message.split('\n')[0]})` };
  }
  onTestFinished(() => {
    execFileSync('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  });
  return { dir };
}

export function remountReadOnly(dir: string): void {
  execFileSync('mount', ['-o', 'remount,ro', dir]);
}

/** Whether this process may mount file systems: the tests that need one say so when it may not. */
export const canMount = (() => {
  try {
    const probe = mkdtempSync(path.join(os.tmpdir(), 'shiftdesk-mount-probe-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'pipe' });
      execFileSync('umount', [probe]);
      return true;
    } finally {
      rmSync(probe, { recursive: true, force: true });
    }
  } catch {
    return false;
  }
})();
