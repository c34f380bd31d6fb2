// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';

/** Paths each shell may not reach into: the domain in shared/ knows none of its shells. */
const shellBoundaries = {
  shared: [
    {
      group: [
        'react',
        'react-dom',
        'react/*',
        'electron',
        'dexie',
        'dexie-*',
        'fastify',
        'better-sqlite3',
        'zustand',
        'i18next',
        'react-i18next',
        'node:*',
      ],
      message: 'shared/ is the platform-free domain: no UI, database, Electron or Node APIs.',
    },
    {
      // shared/console/ is the console's domain (access table, schemas); the console shell is
      // the top-level console/, which shared/ reaches only by climbing out of itself.
      group: [
        '**/renderer/**',
        '**/server/**',
        '**/electron/**',
        '../../console/**',
        '../../../console/**',
      ],
      message: 'shared/ must not import from a shell.',
    },
  ],
  console: [
    {
      group: [
        '**/renderer/**',
        '**/server/**',
        '**/electron/**',
        'electron',
        'fastify',
        '@fastify/*',
        'better-sqlite3',
        'dexie',
        'dexie-*',
        'node:*',
      ],
      message:
        'The console is a browser app: it shares only shared/ with the rest and talks to the hub over HTTP.',
    },
  ],
  renderer: [
    {
      group: ['**/server/**', '**/electron/**', 'electron', 'fastify', 'better-sqlite3', 'node:*'],
      message:
        'The renderer runs in a sandboxed browser: talk to Electron through window.kiosk and to the hub over HTTP.',
    },
  ],
  server: [
    {
      group: ['**/renderer/**', '**/electron/**', 'react', 'react-dom', 'electron', 'dexie'],
      message: 'The hub shares only shared/ with the kiosk.',
    },
  ],
  electron: [
    {
      group: ['**/renderer/**', '**/server/**', 'react', 'react-dom', 'dexie'],
      message: 'The Electron main process shares only shared/ with the renderer.',
    },
  ],
};

const zustandOnlyInState = {
  name: 'zustand',
  message: 'Import stores from renderer/state, which wraps zustand.',
};
/** Only renderer/db/ opens IndexedDB: screens watch it through renderer/db/live.ts. */
const dexieOnlyInDb = ['dexie', 'dexie-react-hooks'].map((name) => ({
  name,
  message:
    'Only renderer/db/ imports Dexie: use its query functions, or useLiveQuery from db/live.',
}));

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'release', '.hub-data', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  { files: ['*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: shellBoundaries.shared }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: shellBoundaries.renderer,
          paths: [zustandOnlyInState, ...dexieOnlyInDb],
        },
      ],
      // Every user-facing string goes through i18next.
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: ['aria-label', 'title', 'alt', 'placeholder'] },
        },
      ],
    },
  },
  {
    files: ['shared/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...shellBoundaries.shared,
            { group: ['../console/**'], message: 'shared/ must not import from a shell.' },
          ],
        },
      ],
    },
  },
  {
    // The district console (docs/console.md): the same rules as the kiosk's renderer.
    files: ['console/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: shellBoundaries.console }],
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: ['aria-label', 'title', 'alt', 'placeholder'] },
        },
      ],
    },
  },
  {
    files: ['renderer/state/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: shellBoundaries.renderer, paths: [...dexieOnlyInDb] },
      ],
    },
  },
  {
    // renderer/db/ owns every IndexedDB database (docs/architecture.md, "Storage on the kiosk").
    files: ['renderer/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: shellBoundaries.renderer, paths: [zustandOnlyInState] },
      ],
    },
  },
  {
    // Tests run in Node: they may read files (e.g. the translation key scan).
    files: ['renderer/**/*.test.{ts,tsx}'],
    rules: {
      'i18next/no-literal-string': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: shellBoundaries.renderer.map((p) => ({
            ...p,
            group: p.group.filter((g) => g !== 'node:*'),
          })),
          paths: [...dexieOnlyInDb],
        },
      ],
    },
  },
  {
    files: ['renderer/db/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: shellBoundaries.renderer.map((p) => ({
            ...p,
            group: p.group.filter((g) => g !== 'node:*'),
          })),
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: shellBoundaries.server }] },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: shellBoundaries.electron }] },
  },
  {
    files: ['scripts/**/*.ts', 'tests/**/*.ts', 'server/cli.ts'],
    rules: { 'no-console': 'off' },
  },
);
