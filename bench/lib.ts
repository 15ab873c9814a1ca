// The benchmarks time the built package (dist/, which `npm run bench` builds first), as an
// application runs it: the ESM build's modules, and `#sha256` resolved by package.json "imports"
// (node:crypto in Node). The types come from src/. Run through tsx, src/ would be measured as tsx
// compiles it, whose module getters cost up to a fifth of some loops (docs/performance.md).
import type * as Index from '../src/index.js';
import type * as DrawBatch from '../src/plan/drawBatch.js';
import type * as Select from '../src/random/select.js';
import type * as Tickets from '../src/random/tickets.js';
import type * as Testing from '../src/testing/index.js';

// The digest's hasher Node applications get, as package.json "imports" resolve it under the "node"
// condition (scripts/tsx-plain.mjs explains how this once went wrong).
const hasher = import.meta.resolve('#sha256');
if (!hasher.endsWith('/dist/random/hash/node.js')) throw new Error(`#sha256 resolves to ${hasher}, not to dist/random/hash/node.js: start the benchmarks with npm run bench`);

const load = async <T>(path: string): Promise<T> => (await import(new URL(path, import.meta.url).href)) as T;

export const lib = await load<typeof Index>('../dist/index.js');
export const testing = await load<typeof Testing>('../dist/testing/index.js');
export const batch = await load<typeof DrawBatch>('../dist/plan/drawBatch.js');
export const select = await load<typeof Select>('../dist/random/select.js');
export const tickets = await load<typeof Tickets>('../dist/random/tickets.js');
