import { defineConfig } from '@playwright/test';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/browser-mode/chromium';

const root = path.resolve(import.meta.dirname, '..');

// Real Chromium from the system, headless, against browser mode. Every test starts
// hosts of its own (fresh case log, free port), so tests run in parallel, one worker per core: each drives a
// browser and a host, and more workers than cores only make every wait longer.
export default defineConfig({
  testDir: path.join(root, 'tests', 'e2e'),
  outputDir: path.join(root, 'test-results'),
  fullyParallel: true,
  workers: os.availableParallelism(),
  retries: 0,
  // Generous: the tests share the machine's cores with each other (and with whatever else runs there).
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    viewport: { width: 1360, height: 820 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // As an agent who asked the system for less motion: dialogs and menus open at once, so a click never
    // lands on a button that is still zooming in.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
});
