// The root config (TypeScript, scripts) plus the Salesforce LWC rules for force-app/**/lwc.
import lwcPlugin from '@lwc/eslint-plugin-lwc';
import lightningPlugin from '@salesforce/eslint-plugin-lightning';
import babelParser from '@babel/eslint-parser';
import globals from 'globals';
import root from '../../eslint.config.js';

// The component (and the harness's fake Case page, which is LWC too).
const LWC_FILES = ['force-app/**/lwc/**/*.js', 'harness/client/modules/**/*.js'];

export default [
  ...root,
  { ignores: ['force-app/**/lwc/verificationCore/**'] },
  {
    files: LWC_FILES,
    languageOptions: {
      parser: babelParser,
      parserOptions: {
        requireConfigFile: false,
        babelOptions: {
          parserOpts: { plugins: ['classProperties', ['decorators', { decoratorsBeforeExport: false }]] },
        },
      },
      globals: { ...globals.browser },
    },
    plugins: { '@lwc/lwc': lwcPlugin, '@salesforce/lightning': lightningPlugin },
    rules: {
      // the rule set of @salesforce/eslint-config-lwc "recommended"
      '@lwc/lwc/no-api-reassignments': 'error',
      '@lwc/lwc/no-deprecated': 'error',
      '@lwc/lwc/no-document-query': 'error',
      '@lwc/lwc/no-attributes-during-construction': 'error',
      '@lwc/lwc/no-disallowed-lwc-imports': 'error',
      '@lwc/lwc/no-leading-uppercase-api-name': 'error',
      '@lwc/lwc/no-template-children': 'error',
      '@lwc/lwc/valid-api': 'error',
      '@lwc/lwc/valid-track': 'error',
      '@lwc/lwc/valid-wire': 'error',
      '@lwc/lwc/no-inner-html': 'error',
      '@lwc/lwc/no-async-operation': 'error',
      '@lwc/lwc/no-leaky-event-listeners': 'error',
      '@lwc/lwc/prefer-custom-event': 'error',
      '@lwc/lwc/consistent-component-name': 'error',
      '@salesforce/lightning/valid-apex-method-invocation': 'error',
      '@salesforce/lightning/no-moment': 'error',
      '@salesforce/lightning/no-aura-localization-service': 'error',
      // LWC modules may import only what the platform resolves (also checked by apex-checks/src/check-lwc-imports.js)
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(?!lwc$|c/[A-Za-z0-9_]+$|lightning/[A-Za-z0-9_]+$|@salesforce/[A-Za-z0-9_-]+/|\\.{1,2}/)',
              message: 'LWC modules may import only lwc, c/*, lightning/*, @salesforce/* and relative files.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The harness page is not deployed to an org: it may use fetch and the harness's own modules.
    files: ['harness/client/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['force-app/**/lwc/**/__tests__/**/*.js'],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
    rules: {
      'no-restricted-imports': 'off',
      '@lwc/lwc/no-async-operation': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'jest/**/*.cjs', '*.cjs', '*.js'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
