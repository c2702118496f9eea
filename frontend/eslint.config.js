// ESLint 9 flat config. `npm run lint` runs it (and Prettier's check) in the Maven test phase.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { config, configs as typescript } from 'typescript-eslint';

const features = readdirSync(new URL('src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default config(
  { ignores: ['src/types/generated/', 'target/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  typescript.recommended,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  {
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      // `const { [key]: _, ...rest } = object` is how a key is left out.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // The layers of the app (as bulletproof-react draws them): a feature never imports another
      // feature, app/ composes them, and the shared code (api/, components/, lib/, types/) imports neither.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features never import each other: share it from api/, components/ or lib/, or compose in app/.',
            })),
            {
              target: './src/features',
              from: './src/app',
              message: 'app/ composes the features, not the other way round.',
            },
            {
              target: ['./src/api', './src/components', './src/lib', './src/types'],
              from: ['./src/features', './src/app'],
              message: 'Shared code depends on no feature and not on app/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/components/number-input.tsx'],
    rules: {
      // Labels a screen reader reads stay in the UI's language: antd's number field names its step buttons in
      // English, which NumberInput puts right.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'antd', importNames: ['InputNumber'], message: 'Use NumberInput from @/components.' }],
        },
      ],
      // An icon names itself by its English file name ("bell"): one the UI draws is hidden from screen readers
      // (the control it sits in is named) or named in the UI's language.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'JSXOpeningElement[name.name=/(Outlined|Filled|TwoTone)$/]:not(:has(JSXAttribute[name.name=/^aria-(hidden|label)$/]))',
          message: 'Give the icon aria-hidden (its control is named) or an aria-label from i18n.',
        },
      ],
    },
  },
  {
    // A component that long holds more than one thing: its state goes to hooks, its parts to components.
    files: ['src/**/*.tsx'],
    rules: { 'max-lines': ['error', { max: 250 }] },
  },
  {
    files: ['*.{js,ts}', 'scripts/**/*.mjs', 'e2e/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // The functions it hands to Playwright's evaluate run in the page.
    files: ['scripts/board-speed.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
