// Lint rules: typescript-eslint's recommended set, React hooks rules for the renderer, and a fence around Electron imports.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Flat config replaces a rule instead of merging it, so each fenced folder lists every import it may not make.
const noElectron = { name: 'electron', message: 'Only electron/main.ts, electron/preload.ts and electron/shell/ may import Electron; pass what you need in as a port.' };
const noClassicZod = {
  name: 'zod',
  message: 'This code is bundled into the renderer: use the schemas in shared/, built on zod/mini (shared/zod-mini.ts); classic zod adds ~24 kB gzipped.',
};

export default tseslint.config(
  { ignores: ['out/', 'node_modules/', 'bench/results.json', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['info', 'warn', 'error', 'log'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer validates with shared/'s schemas; classic zod would ship every schema method to the page.
      'no-restricted-imports': ['error', { paths: [noElectron, noClassicZod] }],
    },
  },
  {
    // The core runs under Node and in tests, and butlr-cred is plain Node: only the shell may import Electron.
    files: ['electron/core/**/*.ts', 'cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    // shared/ is imported by both sides and imports neither.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, noClassicZod],
          patterns: [{ group: ['**/electron/**', '**/renderer/**'], message: 'shared/ must not import from electron/ or renderer/.' }],
        },
      ],
    },
  },
  {
    files: ['tests/electron/stand-in/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
