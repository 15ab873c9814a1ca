import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Patterns no file of src/ may import: Node built-ins (the core bundles for browsers), fp-ts (results are built without it). */
const PURE = [
  { group: ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process'], message: 'No Node built-ins or I/O in src/: the core must bundle for a browser.' },
  { regex: '^fp-ts', message: 'The core does not load fp-ts: results are plain { _tag, left | right } values (src/internal/result.ts); fp-ts is a test dependency.' },
];

/**
 * The layers of src/, lowest first: types and tiny pure helpers, the credit code, the boundary
 * checks (every exported function validates its arguments with them, #14), then the stages of the
 * draw and of the plan, then the orchestrators; the testing entry point sits on top.
 */
const LAYERS = [
  ['model'],
  ['internal', 'presets'],
  ['uscc'],
  ['input'],
  ['report', 'calendar', 'eligibility', 'quota', 'random'],
  ['merge', 'escalation', 'sql'],
  ['staffing'],
  ['plan'],
  ['publication'],
  ['messages'],
  ['testing'],
  ['node'],
];

export default tseslint.config(
  { ignores: ['dist/', 'docs/api/', 'node_modules/', 'coverage/', 'scratch/', '.doc-examples/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.test.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests feed malformed data on purpose; the unsafe-any rules protect src/, not them.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['test-bundle/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', console: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['scripts/*.mjs', 'test-bundle/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
  {
    // The core is pure: no clock, no ambient randomness, no I/O, no Node built-ins (it bundles for browsers).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'The core is pure: take a seed instead of Math.random.' },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'The core is pure: take `now` as an argument.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The core is pure: take `now` as an argument.' },
      ],
      'no-restricted-imports': ['error', { patterns: PURE }],
      // Functions stay short: one idea each (comments and blank lines do not count).
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  // The stages' folders import one way, from the orchestrators down to the model: a folder may
  // import only folders of lower layers (and itself). Each rule repeats the purity patterns, since
  // a later no-restricted-imports replaces an earlier one.
  ...LAYERS.flatMap((layer, level) =>
    layer.map((folder) => ({
      files: [`src/${folder}/**/*.ts`],
      rules: {
        'no-restricted-imports': ['error', {
          patterns: [
            ...PURE,
            ...LAYERS.slice(level).flat().filter((other) => other !== folder).map((other) => ({
              group: [`../${other}`, `../${other}/*`],
              message: `src/${folder} is below src/${other} (layers in eslint.config.js): move the shared piece down instead of importing upwards.`,
            })),
          ],
        }],
      },
    })),
  ),
  // The Node layer (the command-line tool) sits beside the core, on top: it may use Node built-ins.
  { files: ['src/node/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: PURE.slice(1) }] } },
  // The native SHA-256, which the package's `#sha256` import gives only under the `node` condition
  // (package.json "imports"); browsers get src/random/hash/portable.ts.
  { files: ['src/random/hash/node.ts'], rules: { 'no-restricted-imports': ['error', { patterns: PURE.slice(1) }] } },
);
