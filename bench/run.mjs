// `npm run bench` starts here: the benchmarks are TypeScript, run through tsx, but without the
// project's tsconfig. Its `paths` point `#sha256` at the portable source for type checking, and
// tsx applies them at run time too, even to the built package's own imports: the benchmarks then
// timed the JavaScript SHA-256 instead of node:crypto, the one Node applications get
// (docs/performance.md). bench/lib.ts checks the resolution before anything is timed.
import { register } from 'tsx/esm/api';

register({ tsconfig: false });
await import('./index.ts');
