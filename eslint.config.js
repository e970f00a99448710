// ESLint: the recommended JavaScript and TypeScript rules, on everything we write.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'bench/.data/', 'bench/results/', 'e2e/screenshots/', 'tmp/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Migrations are typed Kysely<any> on purpose (they must not import the app's schema).
      '@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Layers (docs/ARCHITECTURE.md): server/ and cli/ on top, features in the middle, the web toolkit
  // below them, db/ and shared/ at the bottom. Nothing imports upward; scripts/layers.test.ts checks
  // the same rules (and cycles between features) on the whole import graph.
  // A feature's files sit in its folder or one sub-folder (admin/, parse/…): another feature is one or
  // two levels up, and is reached through its public surface only.
  ...[
    ['src/features/*/*', '\\.\\./'],
    ['src/features/*/*/*', '\\.\\./\\.\\./'],
  ].map(([files, up]) => ({
    files: [files],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '**/cli/**'], message: 'Features must not import the composition root (server/, cli/).' },
            {
              regex: `^${up}[\\w-]+/(?![\\w-]+\\.public\\.ts$)`,
              message: 'Another feature is used through its public surface only: import from <name>/<name>.public.ts.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/web/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/server/**', '**/cli/**'],
              message: 'web/ is the feature-free toolkit: take what a feature provides by injection (AppContext) instead.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/db/**', 'src/shared/**', 'src/config.ts', 'src/errors.ts'],
    ignores: ['src/db/schema.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/web/**', '**/server/**', '**/cli/**'],
              message: 'db/ and shared/ are the base layer: they import nothing above them.',
            },
          ],
        },
      ],
    },
  },
  {
    // db/schema.ts assembles the features' table types, and nothing else from them.
    files: ['src/db/schema.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '!**/*.table.ts', '**/web/**', '**/server/**', '**/cli/**'],
              allowTypeImports: true,
              message: 'db/schema.ts only assembles table types.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/db/migrations/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Browser scripts served as they are (no build step).
    files: ['src/web/static/**/*.js'],
    languageOptions: { globals: { document: 'readonly', window: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
  {
    files: ['scripts/**', 'bin/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
