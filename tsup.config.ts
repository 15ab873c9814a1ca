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
  // CJS: @noble/hashes 2 is ESM-only, so it is bundled for `require` consumers; pure-rand has
  // `require` conditions and zod ships CommonJS.
  { ...shared, format: 'cjs', noExternal: ['@noble/hashes'] },
  // The command-line tool (package `bin`): Node only, ESM, beside the pure core.
  { entry: { cli: 'src/node/bin.ts' }, format: 'esm', platform: 'node', target: 'node20', sourcemap: true, splitting: false, tsconfig: 'tsconfig.node.json' },
]);
