// The main demo: a quarterly draw on the bundled example directory, the way a platform runs it.
// Run: npm run demo
import { inspectionMode, mergeTasks, parsePlanningInput, planDraw, REASONS, RULES, tasksFromDraw, verifyDraw, wuxiPolicy, type EnterpriseStatus } from 'double-random';
import { generateDirectory } from 'double-random/testing';

// 1. The platform's export (here a synthetic district of 24 738 enterprises), validated at the boundary.
const raw: unknown = JSON.parse(JSON.stringify(generateDirectory({ size: 24_738, seed: 'yongchuan-example', year: 2024, batch: 2 })));
const parsed = parsePlanningInput(raw);
if (parsed._tag === 'Left') {
  for (const issue of parsed.left.issues) console.error(`${issue.at} (${issue.rule}): ${issue.message}`);
  process.exit(1);
}
const input = parsed.right;
const { policy, period } = input;
console.log(`double-random — ${input.enterprises.length} enterprises, policy ${policy.id}, ${period.year} batch ${period.batch} of ${policy.batchesPerYear} (${period.start} – ${period.end})`);
console.log(`${input.departments.length} departments, ${input.inspectors.length} inspectors, ${input.items.length} items, ${input.jointLists.length} joint lists (一业一查), ${input.history.length} earlier inspections this year`);

// 2. The draw, from the seed read out at the public ceremony (R27).
const seed = '2024-Q2 公证 7 3 9 1 4 0';
const result = planDraw(input, { seed });
if (result._tag === 'Left') throw new Error(result.left.issues.map((i) => i.message).join('\n'));
const plan = result.right;

console.log(`\nseed "${seed}", algorithm ${plan.record.algorithm}, input digest ${plan.record.inputDigest}`);
console.log('\nevery enterprise, one outcome (the counts add up to the directory):');
const order: EnterpriseStatus[] = ['drawn', 'full-coverage', 'not-drawn', 'recently-drawn', 'exempt-same-year', 'over-cap', 'trigger-only', 'out-of-scope'];
for (const status of order) {
  const reasons = Object.entries(plan.reasons).filter(([code, n]) => n > 0 && REASONS[code as keyof typeof REASONS].status === status);
  const detail = reasons.map(([code, n]) => `${code} ${n} (${REASONS[code as keyof typeof REASONS].rule})`).join(', ');
  console.log(`  ${status.padEnd(17)} ${String(plan.counts[status]).padStart(6)}   ${detail}`);
}
console.log(`  ${'total'.padEnd(17)} ${String(Object.values(plan.counts).reduce((a, b) => a + b, 0)).padStart(6)}`);

console.log('\ndrawn by draw and industry section (GB/T 4754):');
const byDraw = new Map<string, Map<string, [number, number, number]>>();
for (const q of plan.quotas) {
  const sections = byDraw.get(q.draw) ?? new Map<string, [number, number, number]>();
  const [eligible, quota, drawn] = sections.get(q.industry) ?? [0, 0, 0];
  sections.set(q.industry, [eligible + q.eligible, quota + q.quota, drawn + q.drawn]);
  byDraw.set(q.draw, sections);
}
for (const [draw, sections] of byDraw) {
  const cells = [...sections].map(([section, [eligible, , drawn]]) => `${section} ${drawn}/${eligible}`);
  console.log(`  ${draw.padEnd(10)} ${cells.join('  ')}`);
}
const catchUp = plan.quotas.filter((q) => q.catchUp).length;
const lastBatch = period.batch === policy.batchesPerYear;
console.log(`  ${plan.quotas.length} strata; ${lastBatch ? `${catchUp} raised by` : 'batch 4 adds'} the catch-up (${RULES.R6.title}, R6)`);

console.log('\na few targets (ticket = first 64 bits of SHA-256, see docs/draw-algorithm.md):');
for (const t of plan.targets.filter((t) => t.status === 'drawn').slice(0, 3)) {
  const where = t.placements.map((p) => `${p.stratum} #${p.rank}`).join(', ');
  console.log(`  ${t.uscc}  ticket ${t.ticket}  ${where}`);
}
for (const t of plan.targets.filter((t) => t.status === 'full-coverage').slice(0, 2)) console.log(`  ${t.uscc}  full coverage (red code, ${t.rule})`);

// 3. Departments' tasks on one enterprise become one visit (进一次门、查多项事, R15–R18).
const tasks = tasksFromDraw(input, plan);
const merged = mergeTasks(input, tasks);
if (merged._tag === 'Left') throw new Error(merged.left.issues.map((i) => i.message).join('\n'));
const { joint, dropped, empty } = merged.right;
const multi = joint.filter((j) => j.departments.length > 1).length;
console.log(`\nmerge: ${tasks.length} department tasks → ${joint.length} visits (${tasks.length - joint.length} visits saved, R17)`);
console.log(`  joint share ${((100 * multi) / Math.max(1, joint.length)).toFixed(0)} % of visits (Wuxi target ≥ ${(wuxiPolicy.jointShareTarget ?? 0) * 100} %, R7)`);
const dropCounts = new Map<string, number>();
for (const d of dropped) dropCounts.set(`${d.reason} (${d.rule})`, (dropCounts.get(`${d.reason} (${d.rule})`) ?? 0) + 1);
console.log(`  items dropped: ${[...dropCounts].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}; enterprises left with no item: ${empty.length}`);
const enterpriseOf = new Map(input.enterprises.map((e) => [e.uscc as string, e]));
const modes = new Map<string, number>();
for (const j of joint) {
  const e = enterpriseOf.get(j.enterprise);
  if (e !== undefined) modes.set(inspectionMode(e, policy).mode, (modes.get(inspectionMode(e, policy).mode) ?? 0) + 1);
}
console.log(`  modes (R9, R10): ${[...modes].map(([m, n]) => `${m} ${n}`).join(', ')}; flying inspections are unannounced (R26)`);
const sample = joint.find((j) => j.leadBy === 'joint-list');
if (sample !== undefined) console.log(`  e.g. ${sample.enterprise}: ${sample.lead} leads (${sample.leadBy}, R16) ${sample.departments.join(', ')}; ${sample.items.length} items`);

// 4. Anyone with the record and the directory can replay it.
const verdict = verifyDraw(plan.record, input);
console.log(`\nverifyDraw: ${verdict.valid ? 'the record replays exactly' : `${verdict.differences.length} differences`}`);
const forged = verifyDraw({ ...plan.record, seed: '2024-Q2 公证 7 3 9 1 4 1' }, input);
console.log(`a record with one seed digit changed: ${forged.differences.length} differences, e.g. ${forged.differences[0]?.path}`);
if (!verdict.valid || forged.valid) process.exit(1);
