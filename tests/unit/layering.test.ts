import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(file: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('the layering of DESIGN.md is enforced by lint', () => {
  it.each([
    ['renderer/app/probe.ts', "import { openDatabase } from '../../db/open';"],
    ['renderer/app/probe.ts', "import { handlers } from '../../electron/services/index';"],
    ['renderer/app/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/app/probe.ts', "import { ipcRenderer } from 'electron';"],
    ['db/queries/probe.ts', "import { app } from 'electron';"],
    ['db/queries/probe.ts', "import { handlers } from '../../electron/services/index';"],
    ['electron/services/probe.ts', "import { app } from 'electron';"],
    ['electron/services/probe.ts', "import { registerIpc } from '../main/ipc';"],
    ['electron/contract/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['electron/contract/probe.ts', "import { openDatabase } from '../../db/open';"],
    ['electron/preload/probe.ts', "import { operations } from '../contract/api';"],
  ])('%s may not `%s`', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).toBe(1);
  });

  it.each([
    ['renderer/app/probe.ts', "import type { CaseDetail } from '../../electron/contract/cases';"],
    ['electron/services/probe.ts', "import { openDatabase } from '../../db/open';"],
    ['electron/main/probe.ts', "import { app } from 'electron';"],
    ['electron/preload/probe.ts', "import { OPERATION_NAMES } from '../contract/names';"],
  ])('%s may `%s`', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).toBe(0);
  });
});
