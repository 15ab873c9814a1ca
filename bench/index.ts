// npm run bench: performance figures, printed side by side with the baselines the issues name.
// Not part of npm test. Sizes: BENCH_SIZES=1e5,1e6,1e7 (default), BENCH_PLAN_SIZES=1e6,1e7 (default).
// One part: BENCH_ONLY=parse|tickets|draw|plan|province|stream. Province: BENCH_PROVINCE_SIZES=1e6,1e7 (default),
// BENCH_PROVINCE_ROUNDS=5, BENCH_PROVINCE_PLANS=1e6 (sizes at which planPeriod and verifyPlan are timed), BENCH_CLI=1e6,1e7. Rounds of the draw's comparison: BENCH_ROUNDS=5 (default).
import { benchDraw, benchTickets, type Warm } from './draw.js';
import { benchParse } from './parse.js';
import { benchPlan } from './plan.js';
import { benchCliMemory, benchProvince, median } from './province.js';
import { testing } from './lib.js';
import { time } from './timing.js';

const { generateEnterprises } = testing;

const s = (ms: number): string => `${(ms / 1000).toFixed(3)} s`;
const sizes = (process.env['BENCH_SIZES'] ?? '1e5,1e6,1e7').split(',').map(Number);
const only = process.env['BENCH_ONLY'];

console.log(`double-random benchmarks — node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);

if (only === undefined || only === 'parse') {
  const parse = benchParse(1_000_000);
  console.log('validation of 1 000 000 enterprises (median of 3)');
  console.log(`  bare zod 4 safeParse of the rows   ${s(parse.bareMs)}`);
  console.log(`  parsePlanningInput (all checks)    ${s(parse.oursMs)}   ${parse.ratio.toFixed(2)}× bare (target ≤ 1.5×)\n`);
}

if (only === undefined || only === 'tickets') {
  const t = benchTickets(1_000_000);
  console.log('tickets for 1 000 000 enterprises');
  console.log(`  @noble/hashes sha256() of the whole message   ${s(t.genericMs)}   ${(t.genericMs / 1000).toFixed(2)} µs each`);
  console.log(`  node:crypto createHash per ticket (the digest uses it; tickets do not)   ${s(t.nodeCryptoMs)}`);
  console.log(`  one compression from the seed's midstate      ${s(t.oursMs)}   ${(t.oursMs / 1000).toFixed(2)} µs each, ${(t.genericMs / t.oursMs).toFixed(1)}× faster (target ≥ 2.5×)`);
  console.log(`selection alone (100 strata, 1 % each, given tickets)`);
  const us = (w: Warm): string => `${(w.hot * 1000).toFixed(0)} µs hot, ${(w.cold * 1000).toFixed(0)} µs cold`;
  const times = (w: Warm): string => `${(t.lodash.hot / w.hot).toFixed(1)}× / ${(t.lodash.cold / w.cold).toFixed(1)}× lodash`;
  console.log(`  lodash sampleSize                             ${us(t.lodash)}`);
  console.log(`  selectSmallest over the whole group (scan)    ${us(t.select)}   ${times(t.select)}`);
  console.log(`  as in planDraw: order the threshold's candidates (the scan rides on classification)`);
  console.log(`                                                ${us(t.candidates)}   ${times(t.candidates)} (target ≥ 10× hot, issue #16: ${t.lodash.hot / t.candidates.hot >= 10 ? 'met' : 'NOT met'})\n`);
}

if (only === undefined || only === 'draw') {
  console.log(`planDraw and verifyDraw against the naive platform approach (sort by USCC, group, lodash sampleSize), medians of ${process.env['BENCH_ROUNDS'] ?? 5} rounds in turns (BENCH_ROUNDS)`);
  console.log('       n      naive   planDraw  / naive (target)      verifyDraw  / naive (target)     of which digest   core  / naive   heap growth   full GCs in planDraw');
  const mark = (ratio: number, target: number): string => `${ratio.toFixed(2)}× (≤ ${target}×: ${ratio <= target ? 'met' : 'NOT met'})`;
  for (const n of sizes) {
    const f = benchDraw(n);
    const each = (ms: readonly number[]): string => ms.map((x) => (x / 1000).toFixed(2)).join(' ');
    console.log(`  ${String(n).padStart(8)} ${s(f.naiveMs).padStart(9)} ${s(f.planMs).padStart(9)}  ${mark(f.planMs / f.naiveMs, 0.6).padStart(19)}  ${s(f.verifyMs).padStart(9)}  ${mark(f.verifyMs / f.naiveMs, 0.7).padStart(19)}  ${s(f.digestMs).padStart(15)} ${s(f.coreMs).padStart(9)} ${(f.coreMs / f.naiveMs).toFixed(2).padStart(6)}×  ${f.heapMiB.toFixed(0).padStart(7)} MiB   ${f.fullGcs} (${s(f.fullGcMs)})`);
    console.log(`           a faster naive way (grouped first, each group's codes sorted as strings): ${s(f.groupedMs)}; planDraw ${(f.planMs / f.groupedMs).toFixed(2)}×, verifyDraw ${(f.verifyMs / f.groupedMs).toFixed(2)}× of it (for reference; the issue's baseline is the naive way above)`);
    console.log(`           each round, s: naive ${each(f.rounds.naive)} | grouped ${each(f.rounds.grouped)} | planDraw ${each(f.rounds.plan)} | verifyDraw ${each(f.rounds.verify)} | core ${each(f.rounds.core)}`);
  }
  console.log('  (issue #16: planDraw, digest included, ≤ 0.6× and verifyDraw ≤ 0.7× the naive way at 1e6 and 1e7; heap growth of planDraw reported at 1e7)\n');
}

if (only === undefined || only === 'plan') {
  console.log('the full plan: 40 departments, 10 000 inspectors, a year\'s history (issue #4: the stages after the draw take less than the draw at 1e7)');
  console.log('       n   planDraw   planPeriod   after the draw   / draw  |  alone: tasks    merge   staffing  |  dept tasks   visits  staffed  unplannable  visits staffed/s');
  const planSizes = (process.env['BENCH_PLAN_SIZES'] ?? '1e6,1e7').split(',').map(Number);
  for (const n of planSizes) {
    const f = benchPlan(n);
    const after = f.planMs - f.drawMs;
    console.log(`  ${String(n).padStart(10)} ${s(f.drawMs).padStart(9)} ${s(f.planMs).padStart(12)} ${s(after).padStart(16)} ${(after / f.drawMs).toFixed(2).padStart(7)}×  | ${s(f.tasksMs).padStart(13)} ${s(f.mergeMs).padStart(8)} ${s(f.staffMs).padStart(10)}  | ${String(f.departmentTasks).padStart(11)} ${String(f.visits).padStart(8)} ${String(f.staffed).padStart(8)} ${String(f.unplannable).padStart(12)} ${String(Math.round(f.visits / (f.staffMs / 1000))).padStart(17)}`);
  }
  console.log('');
}

if (only === undefined || only === 'province') {
  const list = (name: string, fallback: string): number[] => (process.env[name] ?? fallback).split(',').filter((x) => x !== '').map(Number);
  const rounds = Number(process.env['BENCH_PROVINCE_ROUNDS'] ?? 5);
  const plans = new Set(list('BENCH_PROVINCE_PLANS', '1e6'));
  const target = (ratio: number, limit: number): string => `${ratio.toFixed(2)}× (≤ ${limit}×: ${ratio <= limit ? 'met' : 'NOT met'})`;
  const each = (ms: readonly number[]): string => ms.map((x) => (x / 1000).toFixed(2)).join(' ');
  console.log(`issue #25 on a user's input (generateDirectory batch 3: a year's history; 40 inspectors a department; JSON round trip at 1e6), medians (planDraw with and without history: each side in two processes of its own, ${rounds} rounds each, in turns; then in one process ${rounds} rounds in turns of inputDigest, the draw without its digest and planDraw)`);
  for (const n of list('BENCH_PROVINCE_SIZES', '1e6,1e7')) {
    const f = benchProvince(n, rounds, plans.has(n));
    const [w, wo, d, nd, w2] = [median(f.withMs), median(f.withoutMs), median(f.digestMs), median(f.noDigestMs), median(f.drawWithMs)];
    console.log(`  ${n} enterprises, ${f.records} history records`);
    console.log(`    planDraw with history ${s(w)}, without ${s(wo)}: ${target(w / wo, 1.15)}`);
    console.log(`    inputDigest ${s(d)}; the draw's own digest ${s(w2 - nd)} (planDraw ${s(w2)} less the draw without its digest ${s(nd)}, in turns with inputDigest): ${target(d / (w2 - nd), 1.2)}`);
    if (f.planMs.length > 0) {
      const [dr, p, v] = [median(f.drawMs), median(f.planMs), median(f.verifyMs)];
      console.log(`    the full plan's input (40 departments, 10 000 inspectors, the same history; ${f.visits} visits, ${f.unplannable} unplannable):`);
      console.log(`    planPeriod ${s(p)}, planDraw ${s(dr)}: ${target(p / dr, 1.5)} planDraw;  verifyPlan ${s(v)}: ${target(v / p, 1.5)} planPeriod`);
      console.log(`    each round, s: planDraw ${each(f.drawMs)} | planPeriod ${each(f.planMs)} | verifyPlan ${each(f.verifyMs)}`);
    }
    console.log(`    each round, s: with ${each(f.withMs)} | without ${each(f.withoutMs)} | inputDigest ${each(f.digestMs)} | draw without digest ${each(f.noDigestMs)} | planDraw ${each(f.drawWithMs)}`);
  }
  for (const n of list('BENCH_CLI', '1e6,1e7')) {
    const big = n > 1_000_000;
    console.log(`  the command-line tool on ${n} enterprises (batch 3, generate's files), peak RSS from /proc (target ≤ ${big ? '6 GB, NDJSON, heap raised to 8 GB' : '1 GB, default heap'})`);
    for (const line of benchCliMemory(n, big ? ['ndjson'] : ['json', 'ndjson'], big ? '--max-old-space-size=8192' : '')) console.log(`    ${line}`);
  }
  console.log('');
}

if (only === undefined || only === 'stream') {
  let count = 0;
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const streamMs = time(() => {
    for (const enterprise of generateEnterprises({ size: 10_000_000, seed: 'bench-stream' })) {
      if (enterprise.uscc.length === 18) count++;
      if ((count & 0xfffff) === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  });
  console.log(`streaming 10 000 000 synthetic enterprises: ${s(streamMs)}, ${count} made, heap growth at most ${((peak - before) / 2 ** 20).toFixed(0)} MiB`);
}
