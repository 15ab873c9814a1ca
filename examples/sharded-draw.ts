// A draw split over shards (R27): eight regions each count their strata, the quotas are computed
// once from the sums, each region draws its best candidates per stratum, and the candidates are
// merged. The record must be the one a single run over the whole directory gives, byte for byte.
// Run: npm run build && npx tsx examples/sharded-draw.ts   (SIZE=200000 for a quicker run)
import { countShard, drawShard, inputDigest, mergeShards, planDraw, splitQuotas, type PlanningInput } from 'double-random';
import { generateDirectory } from 'double-random/testing';

const size = Number(process.env['SIZE'] ?? 1_000_000);
const seed = '2024-Q2 公证 7 3 9 1 4 0';
const whole = generateDirectory({ size, seed: 'sharded-example', year: 2024, batch: 2, inspectorsPerDepartment: 0 });

// Eight shards by region (the administrative division code), as a province would split its districts;
// the example directory has four, so each is split again in two by its codes' last character.
const regions = [...new Set(whole.enterprises.map((e) => e.region))].sort();
const shardOf = (region: string, uscc: string): number => (regions.indexOf(region) * 2 + (uscc.charCodeAt(17) % 2)) % 8;
const shards: PlanningInput[] = Array.from({ length: 8 }, (_, k) => ({ ...whole, enterprises: whole.enterprises.filter((e) => shardOf(e.region, e.uscc) === k) }));
console.log(`${size} enterprises in ${regions.length} regions, split into ${shards.length} shards of ${shards.map((s) => s.enterprises.length).join(', ')}`);

function must<T>(result: { _tag: 'Left'; left: unknown } | { _tag: 'Right'; right: T }, what: string): T {
  if (result._tag === 'Left') {
    console.error(`${what}: ${JSON.stringify(result.left)}`);
    process.exit(1);
  }
  return result.right;
}

// Phase 1: every shard reports its stratum counts; the quotas are computed once from the sums.
let t = performance.now();
const counts = shards.map((shard, k) => must(countShard(shard, { seed }), `counts of shard ${k}`));
const quotas = must(splitQuotas(counts, whole), 'quotas');
console.log(`phase 1: ${quotas.strata.length} strata, ${quotas.strata.reduce((n, s) => n + s.quota, 0)} to draw (${Math.round(performance.now() - t)} ms)`);

// Phase 2: every shard draws its best candidates per stratum; the coordinator keeps the best of them.
t = performance.now();
const draws = shards.map((shard, k) => must(drawShard(shard, { seed }, quotas), `candidates of shard ${k}`));
const record = must(mergeShards(draws, quotas, must(inputDigest(whole), 'digest')), 'merge');
console.log(`phase 2: ${draws.reduce((n, d) => n + d.strata.reduce((m, s) => m + s.candidates.length, 0), 0)} candidates merged (${Math.round(performance.now() - t)} ms)`);

// The single run over the whole directory.
t = performance.now();
const single = must(planDraw(whole, { seed }), 'single run').record;
console.log(`single run: ${Math.round(performance.now() - t)} ms`);

if (JSON.stringify(record) === JSON.stringify(single)) {
  console.log('identical');
} else {
  const differs = single.strata.find((s, i) => JSON.stringify(s) !== JSON.stringify(record.strata[i]));
  console.log(`different: first at stratum ${differs?.key ?? '(the record outside its strata)'}`);
  process.exit(1);
}
