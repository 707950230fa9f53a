// Lint rules for the whole tree: typescript-eslint's type-aware recommended set.
import tseslint from 'typescript-eslint';
import { ENGINE_PACKAGES } from './scripts/engine-packages.mjs';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/db/**', 'test-results/**', 'bench/tmp/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { project: './tsconfig.lint.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Fastify handlers and hooks are async by contract, whether or not they await.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // A test file imported by another registers its tests there too, or not at all when test
      // files share modules (isolate: false): shared cases live in a module of their own.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/*.test.ts', '**/*.test.js'], message: 'Import shared test cases from a non-test module.' },
          ],
        },
      ],
    },
  },
  {
    // Tests read parsed JSON responses (typed `any` by the HTTP client) and assert on their fields.
    files: ['**/*.test.ts', 'packages/server/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  // The pure engines, linted as they are built: index reads unchecked (tsconfig.lint.json has the rest).
  ...ENGINE_PACKAGES.map((dir) => ({
    files: [`${dir}/**/*.ts`],
    languageOptions: { parserOptions: { project: `./${dir}/tsconfig.json` } },
  })),
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
);
