// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import formatjs from 'eslint-plugin-formatjs';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * formatjs/no-literal-string-in-jsx, except for whitespace alone ({' '} is layout, not words):
 * the plugin's rule with its reports of blank literals dropped.
 */
const literalRule = formatjs.rules['no-literal-string-in-jsx'];
const noUntranslatedText = {
  meta: literalRule.meta,
  create(context) {
    const isBlank = (node) =>
      (node.type === 'Literal' && typeof node.value === 'string' && node.value.trim() === '') ||
      (node.type === 'TemplateLiteral' && node.expressions.length === 0 && node.quasis[0].value.raw.trim() === '');
    const filtered = Object.create(context, {
      report: { value: (descriptor) => (isBlank(descriptor.node) ? undefined : context.report(descriptor)) },
    });
    return literalRule.create(filtered);
  },
};
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
/** Exact names (not gitignore patterns, where "events" would also match ./events). */
const noNode = (message) => nodeBuiltins.map((name) => ({ name, message }));

/** Layering, VS Code style: each folder says where its code runs, and imports say nothing else. */
const layer = (files, { paths = [], patterns = [] }) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }],
  },
});

/**
 * Product code (main, preload, renderer, common) never imports test tooling. Of the sandbox, main
 * may use only sandbox/services: the two imitated services Practice runs. Fault injection, the
 * admin API and the CLI (the rest of sandbox/) are for tests and benchmarks.
 */
const noTestTooling = [
  {
    group: ['**/test/**', '**/bench/**'],
    message: 'Product code never imports test tooling (test/, bench/).',
  },
];
const mainMayUseOnlyPracticeServices = {
  regex: '(^|/)sandbox(/(?!services(/|$)).*)?$',
  message:
    'main/ may import only sandbox/services (what Practice runs); faults, the admin API and the CLI are test tooling.',
};

const electronOnlyInGlue = {
  name: 'electron',
  message: 'Only main/index.ts and main/electron/* may use Electron at run time; keep services plain and injectable.',
  allowTypeImports: true,
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
      'build/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    // One import style: relative modules without a suffix ('./module', never './module.js').
    files: ['**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['ImportDeclaration', 'ExportAllDeclaration', 'ExportNamedDeclaration', 'ImportExpression'].map((node) => ({
          selector: `${node}[source.value=/^\\.{1,2}\\/.*\\.js$/]`,
          message: "Import relative modules without a suffix: './module', not './module.js'.",
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'host/browser/bridge-client.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Every user-visible string goes through react-intl (renderer/src/i18n): no literal text in JSX,
    // nor in the attributes a person reads or hears. Messages are explicit ids with English defaults,
    // extracted by `npm run i18n:extract` into renderer/src/i18n/catalogues/en.json.
    files: ['renderer/**/*.{ts,tsx}', 'common/**/*.ts', 'main/**/*.ts'],
    plugins: { formatjs, outpost: { rules: { 'no-untranslated-text': noUntranslatedText } } },
    rules: {
      'formatjs/enforce-default-message': ['error', 'literal'],
      'formatjs/enforce-placeholders': 'error',
      'formatjs/enforce-plural-rules': ['error', { other: true }],
      'formatjs/no-invalid-icu': 'error',
      'formatjs/no-id': 'off',
      'formatjs/enforce-id': 'off',
    },
  },
  {
    // Every component, no exceptions: the temporary allowlist of files not yet converted is gone.
    files: ['renderer/**/*.tsx'],
    rules: {
      'outpost/no-untranslated-text': [
        'error',
        {
          props: {
            include: [
              ['*', 'aria-{label,description,details,errormessage,valuetext,roledescription,placeholder}'],
              ['*', '{label,title,heading,hint,confirmLabel,message,notice,placeholder,alt}'],
            ],
          },
        },
      ],
    },
  },
  layer(['common/**/*.ts'], {
    paths: [
      { name: 'electron', message: 'common/ runs everywhere: no Electron.' },
      ...noNode('common/ runs everywhere: no Node built-ins.'),
    ],
    patterns: [
      {
        group: [
          '**/main/**',
          '**/renderer/**',
          '**/preload/**',
          '**/host/**',
          '**/sandbox/**',
          'react',
          'react-dom',
          'dexie',
        ],
        message: 'common/ imports only common/ and environment-free libraries.',
      },
      ...noTestTooling,
    ],
  }),
  layer(['renderer/**/*.{ts,tsx}'], {
    paths: [
      { name: 'electron', message: 'The renderer reaches main only through the contract.' },
      ...noNode('The renderer runs in a sandboxed browser page: no Node.'),
    ],
    patterns: [
      {
        group: ['**/main/**', '**/preload/**', '**/host/**', '**/sandbox/**'],
        message: 'The renderer reaches main only through the contract (common/contract).',
      },
      ...noTestTooling,
    ],
  }),
  layer(['main/**/*.ts'], {
    paths: [electronOnlyInGlue],
    patterns: [
      {
        group: ['**/renderer/**', '**/preload/**', '**/host/**'],
        message: 'main/ never imports renderer, preload or host code.',
      },
      ...noTestTooling,
      mainMayUseOnlyPracticeServices,
    ],
  }),
  {
    files: ['main/index.ts', 'main/electron/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/preload/**', '**/host/**'],
              message: 'main/ never imports renderer, preload or host code.',
            },
            ...noTestTooling,
            mainMayUseOnlyPracticeServices,
          ],
        },
      ],
    },
  },
  layer(['preload/**/*.ts'], {
    paths: [
      ...noNode('The preload is sandboxed: Electron renderer APIs only.'),
      { name: 'zod', message: 'The preload imports only the names of the contract.' },
    ],
    patterns: [
      { group: ['**/main/**', '**/renderer/**', '**/host/**'], message: 'The preload is a thin bridge.' },
      ...noTestTooling,
      {
        regex: '(^|/)common/contract(/index|/operations|/events)?$',
        message: 'The preload imports only the names of the contract (common/contract/names).',
      },
    ],
  }),
  layer(['sandbox/**/*.ts'], {
    paths: [{ name: 'electron', message: 'The sandbox is a plain Node server.' }],
    patterns: [
      {
        group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/host/**'],
        message: 'The sandbox stands alone: it imports only common/ and libraries.',
      },
    ],
  }),
  // sandbox/services ships in the app (Practice): it imports only itself, common/ and libraries,
  // never the test sandbox around it. Relative paths, so one rule per folder depth.
  layer(['sandbox/services/*.ts'], {
    paths: [{ name: 'electron', message: 'The sandbox is a plain Node server.' }],
    patterns: [
      {
        group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/host/**'],
        message: 'The sandbox stands alone: it imports only common/ and libraries.',
      },
      {
        regex: '^\\.\\./(?!\\.\\./common/)',
        message: 'sandbox/services imports only itself and common/: faults and the admin API are test tooling.',
      },
    ],
  }),
  layer(['sandbox/services/*/*.ts'], {
    paths: [{ name: 'electron', message: 'The sandbox is a plain Node server.' }],
    patterns: [
      {
        group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/host/**'],
        message: 'The sandbox stands alone: it imports only common/ and libraries.',
      },
      {
        regex: '^\\.\\./\\.\\./(?!\\.\\./common/)',
        message: 'sandbox/services imports only itself and common/: faults and the admin API are test tooling.',
      },
    ],
  }),
  {
    files: ['host/**/*.ts', 'bench/**/*.ts', 'sandbox/cli.ts', 'test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
