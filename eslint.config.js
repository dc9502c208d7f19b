// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/generated/**', 'src/core/model/schema-types.ts', 'coverage/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Colour is decided once (src/cli/env.ts) and passed to `new Chalk({ level })`. chalk's ready-made
    // instances probe the terminal themselves, and the bundle replaces that probe (scripts/build.mjs).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='chalk'] > :matches(ImportDefaultSpecifier, ImportNamespaceSpecifier, ImportSpecifier[imported.name=/^(chalk|chalkStderr|supportsColor|supportsColorStderr)$/])",
          message: 'Use `new Chalk({ level })` with the colour decided in src/cli/env.ts.',
        },
      ],
    },
  },
  {
    // The core is pure: data in, data out. No file system, no process, no console, no colours or prompts.
    files: ['src/core/**/*.ts', 'src/messages/**/*.ts', 'src/render/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-globals': ['error', { name: 'process', message: 'Pass what you need in; only src/cli and src/io touch the process.' }],
      'no-restricted-imports': [
        'error',
        {
          paths: ['node:fs', 'node:fs/promises', 'fs', 'node:child_process', 'inquirer', '@inquirer/prompts'].map((name) => ({ name, message: 'Not in the pure core: use src/io.' })),
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['node:fs', 'node:fs/promises', 'fs', 'node:child_process', 'chalk', 'inquirer', '@inquirer/prompts', 'cli-table3'].map((name) => ({ name, message: 'Not in the pure core: use src/io or src/render.' })),
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'src/**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/*', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', performance: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
