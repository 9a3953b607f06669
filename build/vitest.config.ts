import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  plugins: [react()],
  test: {
    include: ['tests/{db,contract,unit,components,sync}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Component tests opt into a DOM with `// @vitest-environment happy-dom`.
    testTimeout: 20_000,
    pool: 'forks',
    // A throwaway PostgreSQL for the team-sync tests, started once per run.
    globalSetup: ['tests/helpers/pg-global-setup.ts'],
  },
});
