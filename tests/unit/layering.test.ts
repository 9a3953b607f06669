import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupedCases } from '../helpers/grouped-cases';

const root = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function layerErrors(file: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'shiftdesk/layers').length;
}

/** Imports by what lint says of them in the file: each refused once, or let through. */
const IMPORTS = {
  'may not': [
    ['core/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['core/probe.ts', "import Database from 'better-sqlite3';"],
    ['core/probe.ts', "import { useState } from 'react';"],
    ['core/probe.ts', "import { openDatabase } from '../db/open';"],
    ['core/probe.ts', "import { handlers } from '../electron/services/index';"],
    ['db/queries/probe.ts', "import { app } from 'electron';"],
    ['db/queries/probe.ts', "import { app } from 'electron/main';"],
    ['db/queries/probe.ts', "import { handlers } from '../../electron/services/index';"],
    ['electron/services/probe.ts', "import { app } from 'electron';"],
    ['electron/services/probe.ts', "import { app } from 'electron/main';"],
    ['electron/services/probe.ts', "import { registerIpc } from '../main/ipc';"],
    ['electron/services/probe.ts', "import en from '../../renderer/i18n/en/sla.json';"],
    ['electron/services/probe.ts', "import { startHost } from '../web/host';"],
    ['electron/security/probe.ts', "import { openDatabase } from '../../db/open';"],
    ['electron/desktop/probe.ts', "import { Tray } from 'electron';"],
    ['electron/desktop/probe.ts', "import { openDatabase } from '../../db/open';"],
    ['electron/desktop/probe.ts', "import { handlers } from '../services/index';"],
    ['electron/web/probe.ts', "import { registerIpc } from '../main/ipc';"],
    ['electron/preload/probe.ts', "import { operations } from '../../core/api';"],
    ['electron/preload/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/app/probe.ts', "import { openDatabase } from '../../db/open';"],
    ['renderer/app/probe.ts', "import { handlers } from '../../electron/services/index';"],
    ['renderer/app/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/app/probe.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/app/probe.ts', "import { ipcRenderer } from 'electron/renderer';"],
    ['renderer/app/probe.ts', "export { x } from '../../db/open';"],
    ['renderer/app/probe.ts', "const m = import('../../db/open');"],
  ],
  may: [
    ['core/probe.ts', "import { z } from 'zod';"],
    ['core/probe.ts', "import { SEVERITIES } from './domain';"],
    ['db/queries/probe.ts', "import type { CaseDetail } from '../../core/cases';"],
    ['db/queries/probe.ts', "import Database from 'better-sqlite3';"],
    ['renderer/app/probe.ts', "import type { CaseDetail } from '../../core/cases';"],
    ['renderer/app/probe.ts', "import { Button } from 'antd';"],
    ['electron/services/probe.ts', "import { openDatabase } from '../../db/open';"],
    ['electron/services/probe.ts', "import { MESSAGES } from '../../core/i18n/resources';"],
    ['electron/web/probe.ts', "import { createDispatch } from '../services/dispatch';"],
    ['electron/main/probe.ts', "import { app } from 'electron';"],
    ['electron/main/probe.ts', "import { appMenu } from '../desktop/app-menu';"],
    ['electron/desktop/probe.ts', "import { SHORTCUTS } from '../../core/shortcuts';"],
    ['electron/desktop/probe.ts', "import { deflateSync } from 'node:zlib';"],
    ['electron/preload/probe.ts', "import { OPERATION_NAMES } from '../../core/names';"],
    ['tests/unit/probe.ts', "import { app } from 'electron';"],
  ],
} as const;

describe('the layering of docs/architecture.md is enforced by lint', () => {
  it.each(groupedCases(IMPORTS))('%s: %s `%s`', async (verdict, file, code) => {
    expect(await layerErrors(file, code)).toBe(verdict === 'may' ? 0 : 1);
  });
});
