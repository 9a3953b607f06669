// Lint, including the layering of DESIGN.md as import rules: a wrong import fails the build.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'util', 'net'];

const layer = (message, ...groups) => ({ group: groups, message });

const noElectron = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import Electron.',
};

const rendererPatterns = [
  layer(
    'The renderer reaches the case log only through renderer/lib/api.ts.',
    '**/db',
    '**/db/**',
    'better-sqlite3',
  ),
  layer(
    'The renderer may import only the contract from electron/.',
    '**/electron/services/**',
    '**/electron/main/**',
    '**/electron/preload/**',
    '**/electron/web/**',
    '**/electron/security/**',
  ),
  layer('No Node modules in the renderer.', ...NODE_BUILTINS),
];

export default defineConfig(
  {
    ignores: ['dist/**', 'release/**', '.native/**', 'node_modules/**', 'tests/output/**', 'test-results/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
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
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: rendererPatterns }],
    },
  },
  {
    // The contract and pure domain rules import nothing with side effects.
    files: ['electron/contract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            layer('The contract is pure: no Node modules.', ...NODE_BUILTINS),
            layer(
              'The contract depends on nothing but zod.',
              '**/db/**',
              '**/services/**',
              '**/main/**',
              '**/web/**',
              'react*',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            layer(
              'db/ sits below the services.',
              '**/electron/services/**',
              '**/electron/main/**',
              '**/electron/web/**',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**', 'electron/web/**', 'electron/security/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            layer(
              'Services, browser mode and policies never depend on the Electron shell.',
              '**/main/**',
              '**/preload/**',
            ),
          ],
        },
      ],
    },
  },
  {
    // A sandboxed preload may require only 'electron'; it takes the operation names, not the schemas.
    files: ['electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layer(
              'The preload exposes operations only.',
              '**/contract/api',
              '**/services/**',
              '**/db/**',
              '**/main/**',
              ...NODE_BUILTINS,
            ),
          ],
        },
      ],
    },
  },
);
