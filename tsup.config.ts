import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
  target: 'node20',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  treeshake: true,
  splitting: false,
};

export default defineConfig([
  // ESM: one file per module, not one bundle, so that an app's bundler drops the modules it does
  // not use (the zod schemas built at a module's top level included; see docs/performance.md,
  // "Bundle size"). Dependencies stay external; every one of them can be imported from ESM.
  { entry: ['src/**/*.ts', '!src/node/**'], format: 'esm', bundle: false, target: 'node20', platform: 'neutral', sourcemap: true, clean: true },
  // The ESM types of the two entry points, as one declaration file each.
  { ...shared, format: 'esm', dts: { only: true } },
  // CJS: pure-rand has `require` conditions and zod ships CommonJS. `#sha256` stays a runtime
  // import, resolved by package.json "imports" (node:crypto under `node`, JavaScript elsewhere),
  // so its two modules are built for `require` too.
  { ...shared, format: 'cjs', external: ['#sha256'] },
  {
    entry: { 'random/hash/node': 'src/random/hash/node.ts', 'random/hash/portable': 'src/random/hash/portable.ts' },
    format: 'cjs', target: 'node20', platform: 'neutral', sourcemap: true, splitting: false, treeshake: true,
  },
  // The command-line tool (package `bin`): Node only, ESM, beside the pure core.
  { entry: { cli: 'src/node/bin.ts' }, format: 'esm', platform: 'node', target: 'node20', sourcemap: true, splitting: false, tsconfig: 'tsconfig.node.json' },
]);
