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
  // ESM: dependencies stay external; every one of them can be imported from ESM.
  { ...shared, format: 'esm', clean: true },
  // CJS: @noble/hashes 2 is ESM-only, so it is bundled for `require` consumers; pure-rand has
  // `require` conditions and zod ships CommonJS.
  { ...shared, format: 'cjs', noExternal: ['@noble/hashes'] },
  // The command-line tool (package `bin`): Node only, ESM, beside the pure core.
  { entry: { cli: 'src/node/bin.ts' }, format: 'esm', platform: 'node', target: 'node20', sourcemap: true, splitting: false, tsconfig: 'tsconfig.node.json' },
]);
