// ESLint (flat config): TypeScript and JavaScript in src/, tests/ and scripts/, with typescript-eslint's
// recommended rules and one structural rule, no import cycles (eslint-plugin-import-x). Astro
// components are checked by `astro check`; formatting is Prettier's business (`npm run format:check`).
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'bench-results/', 'public/', 'data/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,mts,mjs,js}'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.mts', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.mts', '.mjs', '.js'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mts', '.mjs', '.js', '.json'] })],
    },
    rules: {
      // A module must not reach itself through its imports: cycles hide the order of evaluation.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Non-null assertions are used after explicit checks in tests and data code; the type checker is strict.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Declaration files describe untyped modules.
    files: ['**/*.d.ts', '**/*.d.mts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
