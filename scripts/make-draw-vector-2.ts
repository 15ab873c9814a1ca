/**
 * Writes docs/vectors/draw2-input.json, draw2-draws.json and draw2-record.json: a draw under a
 * `raised` black-list rule (R14) with a directed draw of its own ratio (DrawSpec.ratio, R11, N7)
 * beside the default draws, so that a re-implementation checks §4.1–§4.3's newer rows (run with
 * `npx tsx scripts/make-draw-vector-2.ts`; pinned by test/random/digestVectors.test.ts).
 */
import { writeFileSync } from 'node:fs';
import { defaultDraws, planDraw, type DepartmentId, type DrawSpec, type PlanningInput } from '../src/index.js';
import { generateDirectory } from '../src/testing/index.js';

const SEED = '2025-Q2 公证 2 7 1 8';
const generated = generateDirectory({ size: 500, seed: 'vector-2', year: 2025, batch: 2, inspectorsPerDepartment: 2 });
// Every tenth enterprise is black-listed, whatever its class or colour: green, white-listed and
// class A ones among them become members (§4.2 row 4).
const input: PlanningInput = {
  ...generated,
  policy: { ...generated.policy, id: 'vector-2-policy', classATriggerOnly: true, minimumPerStratum: 1, blackList: { coverage: 'raised', ratio: 0.8 } },
  enterprises: generated.enterprises.map((e, i) => ({ ...e, blackList: i % 10 === 0 })),
};
const samrKinds = [...new Set(input.items.filter((i) => i.department === 'samr' && i.scope === 'general').map((i) => i.kind))].sort();
const defaults = defaultDraws(input);
if (defaults._tag === 'Left') throw new Error(JSON.stringify(defaults.left.issues));
const draws: DrawSpec[] = [
  ...defaults.right,
  { id: 'high-risk/catering', departments: ['samr' as DepartmentId], kinds: samrKinds, filter: { industries: ['H62'] }, ratio: 0.4 },
];
const result = planDraw(input, { seed: SEED, draws });
if (result._tag === 'Left') throw new Error(JSON.stringify(result.left.issues));
const { record, quotas } = result.right;
console.log(`${record.strata.length} strata (${record.strata.filter((s) => s.key.endsWith('|black-list')).length} black-list), ${record.strata.reduce((n, s) => n + s.drawn.length, 0)} drawn, ${record.fullCoverage.length} in full coverage`);
console.log(`directed draw strata ${quotas.filter((q) => q.draw === 'high-risk/catering').map((q) => `${q.key}:${q.ratio}`).join(' ')}`);
writeFileSync('docs/vectors/draw2-input.json', `${JSON.stringify(input, null, 1)}\n`);
writeFileSync('docs/vectors/draw2-draws.json', `${JSON.stringify(draws, null, 1)}\n`);
writeFileSync('docs/vectors/draw2-record.json', `${JSON.stringify(record, null, 1)}\n`);
