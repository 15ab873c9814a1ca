// npm run bench: performance figures, printed side by side with the baselines the issues name.
import { generateEnterprises } from '../src/testing/index.js';
import { benchParse } from './parse.js';
import { time } from './timing.js';

const fmt = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

console.log('double-random benchmarks (node', process.version, ')\n');

const parse = benchParse(1_000_000);
console.log('validation of 1 000 000 enterprises (median of 3)');
console.log(`  bare zod 4 safeParse of the rows   ${fmt(parse.bareMs)}`);
console.log(`  parsePlanningInput (all checks)    ${fmt(parse.oursMs)}   ${parse.ratio.toFixed(2)}× bare (target ≤ 1.5×)`);

let count = 0;
const before = process.memoryUsage().heapUsed;
let peak = before;
const streamMs = time(() => {
  for (const enterprise of generateEnterprises({ size: 10_000_000, seed: 'bench-stream' })) {
    if (enterprise.uscc.length === 18) count++;
    if ((count & 0xfffff) === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
});
console.log(`\nstreaming 10 000 000 synthetic enterprises: ${fmt(streamMs)}, ${count} made, heap growth at most ${((peak - before) / 2 ** 20).toFixed(0)} MiB`);
