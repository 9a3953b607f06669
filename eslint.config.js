// Lint, including the layering of docs/architecture.md: each layer's allowlist of imports
// (build/lint/layers.js) is a rule, so a wrong import fails the build.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layeringPlugin } from './build/lint/layering-rule.js';

export default defineConfig(
  {
    ignores: ['dist/**', 'release/**', '.native/**', 'node_modules/**', 'tests/output/**', 'test-results/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { shiftdesk: layeringPlugin },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'shiftdesk/layers': 'error',
    },
  },
  {
    files: ['scripts/**', 'build/**', 'tests/**', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  },
);
