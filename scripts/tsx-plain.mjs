// `node --import ./scripts/tsx-plain.mjs file.ts`: TypeScript that imports the built package (the
// examples, the demo, the benchmarks) run as a Node application runs the package. Plain tsx would
// read tsconfig.json, whose `paths` point `#sha256` at the portable source so that `tsc` checks it,
// and apply them at run time too, even to the built package's own imports: the package would then
// hash with its JavaScript SHA-256 instead of node:crypto (docs/performance.md, "The bench timed
// the JavaScript SHA-256"). Registered without a tsconfig, tsx leaves resolution to Node.
import { register } from 'tsx/esm/api';

register({ tsconfig: false });
