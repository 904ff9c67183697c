import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['renderer/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: ['renderer/**/*.tsx'],
    // A dialog that must start on one button (the idle warning's 继续) focuses it through the kit's
    // components; plain DOM elements still may not take focus on their own.
    rules: { 'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Code that plain Node runs must never load Electron at run time (it would download a binary).
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}', 'e2e/**/*.ts', 'bench/**/*.ts'],
    ignores: ['electron/shell/main.ts', 'electron/shell/preload.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only electron/shell/main.ts and preload.ts may import electron at run time; use `import type`.', allowTypeImports: true }] },
      ],
    },
  },
);
