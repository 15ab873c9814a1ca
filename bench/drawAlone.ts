// One side of issue #25's "history costs what it should" in a process of its own: planDraw on a
// user's input of `n` enterprises, with its year of history or with `history: []`, `rounds` times
// after one call to warm up; prints the times in ms as JSON. bench/province.ts starts it once per
// side, in turns, so that neither side runs in a process the other has shaped (docs/performance.md,
// "History": the same draw with history took 0.1–0.2 s more at 10⁶ in a process that also drew
// without it).
import type { PlanningInput } from '../src/index.js';
import { lib, testing } from './lib.js';
import { time } from './timing.js';

const [n, side, rounds] = [Number(process.argv[2]), process.argv[3], Number(process.argv[4])];
if (!Number.isFinite(n) || (side !== 'with' && side !== 'without') || !Number.isInteger(rounds)) throw new Error('usage: drawAlone.ts <n> with|without <rounds>');
const made = testing.generateDirectory({ size: n, seed: 'bench', year: 2024, batch: 3, inspectorsPerDepartment: 40 });
const user = n <= 1_000_000 ? (JSON.parse(JSON.stringify(made)) as PlanningInput) : made;
const input = side === 'with' ? user : { ...user, history: [] };
const draw = (seed: string): number => time(() => {
  if (lib.planDraw(input, { seed })._tag === 'Left') throw new Error('planDraw refused the bench input');
});
draw('bench-2024-Q3/warm-up');
console.log(JSON.stringify({ records: user.history.length, ms: Array.from({ length: rounds }, (_, r) => draw(`bench-2024-Q3/${r}`)) }));
