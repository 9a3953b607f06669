import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const config = readFileSync(path.resolve(import.meta.dirname, '../../build/electron-builder.yml'), 'utf8');

/** The `key: value` lines of one top-level block of the builder configuration (comments left out). */
function block(name: string): Map<string, string> {
  const lines = config.split(/\r?\n/);
  const start = lines.findIndex((l) => l === `${name}:`);
  const entries = new Map<string, string>();
  if (start < 0) return entries;
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const m = /^\s+([A-Za-z]+):\s*([^#\s]+)/.exec(line);
    if (m) entries.set(m[1]!, m[2]!);
  }
  return entries;
}

describe('the packaged app flips Electron fuses', () => {
  const fuses = block('electronFuses');

  it.each([
    ['runAsNode', 'false'],
    ['enableNodeOptionsEnvironmentVariable', 'false'],
    ['enableNodeCliInspectArguments', 'false'],
    ['enableCookieEncryption', 'true'],
    ['enableEmbeddedAsarIntegrityValidation', 'true'],
    ['onlyLoadAppFromAsar', 'true'],
  ])('%s is %s', (fuse, value) => {
    expect(fuses.get(fuse)).toBe(value);
  });

  it('packs the app into an asar archive, which the integrity fuses check', () => {
    expect(config).not.toMatch(/^asar:\s*false/m);
  });
});
