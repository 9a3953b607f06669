import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYERS, layersTable } from '../../build/lint/layers.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
/** A markdown table without the padding a formatter adds. */
const cells = (table: string) =>
  table
    .trim()
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim().replace(/^:?-+:?$/, '-')));

describe('docs/architecture.md and the README say what the tree is', () => {
  it('shows the allowlist that lint enforces', () => {
    const doc = read('docs/architecture.md');
    const table = /<!-- layers:start -->\s*\n([\s\S]*?)\n\s*<!-- layers:end -->/.exec(doc)?.[1];
    expect(cells(table ?? '')).toEqual(cells(layersTable()));
  });

  it('names every layer folder, and every top-level folder of the repository, in the README layout', () => {
    const layout = /## Layout\n+```\n([\s\S]*?)```/.exec(read('README.md'))?.[1] ?? '';
    const named = new Set(layout.split('\n').map((line) => line.split(/\s+/)[0]));
    const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f.includes('/') && !f.startsWith('.'))
      .map((f) => `${f.split('/')[0]}/`);
    for (const folder of new Set(tracked)) {
      expect(
        [...named].some((entry) => entry?.startsWith(folder)),
        folder,
      ).toBe(true);
    }
    for (const layer of LAYERS) expect(named, layer.folder).toContain(layer.folder);
  });
});
