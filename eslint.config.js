// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'dist-electron/', 'release/', 'node_modules/', 'coverage/', 'tests/.artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'node:*', 'fs', 'path'],
              message: 'Rendereren taler kun med skallen gennem preload-API’et.',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain core must stay framework-free so it runs in the CLI, the worker, the renderer and tests alike.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react/*',
                'electron',
                'dexie',
                'node:*',
                'fs',
                'path',
                'os',
                'child_process',
                '../renderer/*',
                '../../renderer/*',
                '../electron/*',
                '../../electron/*',
              ],
              message: 'shared/ er ren TypeScript: ingen React, Electron, Dexie eller Node-moduler.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.test.ts', 'shared/**/*.node-test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
