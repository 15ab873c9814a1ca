// The main demo: a full quarterly plan on the bundled example directory, the way a platform runs it.
// Run: npm run demo
import { addWorkingDays, annualPlan, checkSheet, escalate, jointShare, parsePlanningInput, planPeriod, publicationRecords, REASONS, RULES, sheetResult, verifyDraw, verifyPlan, wuxiPolicy, type DepartmentId, type DepartmentTask, type EnterpriseStatus, type InspectionResult, type IsoDate, type ItemId } from 'double-random';
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
// A complaint received this quarter (R17: triggered checks join the visit; never exempt, R20).
const restaurant = input.enterprises.find((e) => e.industry.startsWith('H') && e.colour === 'none' && e.creditClass === 'B');
const triggered: DepartmentTask[] = restaurant === undefined ? [] : [
  { id: 'complaint-2024-0412', enterprise: restaurant.uscc, department: 'fire' as DepartmentId, items: ['fire/fire-safety' as ItemId], reason: 'complaint' },
];
// The visit secret (R26): kept by the platform until the visits are done, so the public seed does not give the flying visits' dates.
const secret = 'demo visit secret 5f1c9a0e7b3d4c2a';
const full = planPeriod(input, { seed, secret, triggered });
if (full._tag === 'Left') throw new Error(full.left.issues.map((i) => i.message).join('\n'));
const plan = full.right.draw;

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

// 3. The rest of the batch: departments' tasks on one enterprise become one visit (进一次门、查多项事,
//    R15–R18), each in its mode (R9, R10), on a working day, with a team drawn at random (R19).
const { tasks, unplannable, dropped, empty, metrics } = full.right;
console.log(`\nmerge: ${metrics.departmentTasks} department tasks → ${metrics.visits} visits (${metrics.visitsSaved} saved, R17); ${metrics.inspectionsPerEnterprise.before.toFixed(2)} → ${metrics.inspectionsPerEnterprise.after.toFixed(2)} inspections per enterprise (R28)`);
const measured = jointShare([...tasks, ...unplannable], wuxiPolicy.jointShareTarget);
if (measured._tag === 'Left') throw new Error(measured.left.issues.map((i) => `${i.at}: ${i.message}`).join('\n'));
const share = measured.right;
console.log(`  joint share ${(100 * share.share).toFixed(0)} % of visits (${share.joint} of ${share.total}); Wuxi's target ≥ ${(share.target ?? 0) * 100} % ${share.met === true ? 'met' : 'not met'} (R7)`);
const dropCounts = new Map<string, number>();
for (const d of dropped) dropCounts.set(`${d.reason} (${d.rule})`, (dropCounts.get(`${d.reason} (${d.rule})`) ?? 0) + 1);
console.log(`  items dropped: ${[...dropCounts].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}; enterprises not visited: ${empty.length} (${empty.filter((e) => e.reason === 'no-applicable-item').length} drawn with no applicable item)`);
const modes = new Map<string, number>();
for (const t of [...tasks, ...unplannable]) modes.set(t.mode.mode, (modes.get(t.mode.mode) ?? 0) + 1);
console.log(`  modes (R9, R10): ${[...modes].map(([m, n]) => `${m} ${n}`).join(', ')}; flying inspections are unannounced (R26)`);

console.log(`\nstaffing (the second random, R19, N1, N2): ${tasks.length} visits planned on ${full.right.record.workingDays.length} working days, ${unplannable.length} unplannable`);
const complaint = [...tasks, ...unplannable].find((t) => t.reasons.includes('complaint'));
if (complaint !== undefined) console.log(`  the complaint: ${complaint.enterprise}, ${complaint.departments.join(' + ')}, led by ${complaint.lead} (${complaint.leadBy}), reasons ${complaint.reasons.join(', ')}`);
const samples = [
  tasks.find((t) => t.leadBy === 'joint-list' && t.departments.length > 2),
  tasks.find((t) => t.mode.mode === 'escalated'),
  tasks.find((t) => t.skipped.length > 0),
].filter((t) => t !== undefined);
for (const t of samples) {
  console.log(`  ${t.date} ${t.enterprise} ${t.mode.mode}${t.mode.advanceNotice ? '' : ' (unannounced)'}, ${t.lead} leads (${t.leadBy}), ${t.items.length} items`);
  console.log(`    team: ${t.team.map((m) => `${m.inspector} (#${m.draw})`).join(', ')}`);
  for (const s of t.skipped.slice(0, 2)) console.log(`    passed over: ${s.inspector} (#${s.draw}) ${s.reason} (${s.rule})`);
}
const problems = new Map<string, number>();
for (const u of unplannable) problems.set(`${u.problem.reason} (${u.problem.rule})`, (problems.get(`${u.problem.reason} (${u.problem.rule})`) ?? 0) + 1);
console.log(`  unplannable by reason: ${[...problems].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
const firstProblem = unplannable[0];
if (firstProblem !== undefined) console.log(`    e.g. ${firstProblem.enterprise}: ${firstProblem.problem.message}`);

// 4. Anyone with the plan and the directory can replay it.
const verdict = verifyPlan(full.right, input, { seed, secret, triggered });
console.log(`\nverifyPlan: ${verdict.valid ? 'the plan replays exactly, draw, merge, dates and teams' : `${verdict.differences.length} differences`}`);
const first = tasks[0];
const nextDay = first === undefined ? undefined : addWorkingDays(first.date, 1);
const forgedTasks = first === undefined || nextDay?._tag !== 'Right' ? tasks : [{ ...first, date: nextDay.right }, ...tasks.slice(1)];
const forged = verifyPlan({ ...full.right, tasks: forgedTasks }, input, { seed, secret, triggered });
console.log(`a plan with one visit moved by a day: ${forged.differences.length} difference, ${forged.differences[0]?.path}: expected ${forged.differences[0]?.expected}, found ${forged.differences[0]?.found}`);
const draw = verifyDraw(plan.record, input, { seed });
if (!verdict.valid || forged.valid || !draw.valid) process.exit(1);

// 5. The documents around the batch: the year's plan (R25), the visit's check sheet (综合检查单), what is published (一公开, R23, N4).
const year = annualPlan(input, { year: period.year });
if (year._tag === 'Right') {
  const lacking = new Set(year.right.missing.map((m) => m.element));
  console.log(`
annual plan ${period.year}: ${year.right.inspections.length} planned inspections (${year.right.inspections.filter((i) => i.joint).length} joint), due ${year.right.due ?? '(no deadline in this policy; Shenyang: 01-10)'}; lacking: ${[...lacking].join(', ') || 'nothing'} (R25)`);
}
const visit = tasks.find((t) => t.departments.length >= 2);
const sheet = visit === undefined ? undefined : checkSheet(visit, input);
const results: InspectionResult[] = [];
if (sheet?._tag === 'Right') {
  console.log(`check sheet of ${sheet.right.name} (${sheet.right.enterprise}), ${sheet.right.date}, ${sheet.right.departments.join(' + ')}:`);
  for (const row of sheet.right.rows) console.log(`  ${row.department.padEnd(10)} ${row.content} [${row.supervisionItem}] □合格 □不合格  处置: ${row.measures.map((m) => m.text.split('：')[0]).join(' / ')}`);
  const [firstRow, ...rest] = sheet.right.rows;
  const filled = sheetResult(sheet.right, { contact: 'operating', rows: [...(firstRow === undefined ? [] : [{ item: firstRow.item, outcome: 'violation' as const, severity: 'minor-first' as const }]), ...rest.map((r) => ({ item: r.item, outcome: 'compliant' as const }))] });
  if (filled._tag === 'Right') {
    results.push(filled.right);
    const enterprise = input.enterprises.find((e) => e.uscc === filled.right.enterprise);
    const actions = escalate(filled.right, { creditClass: enterprise?.creditClass ?? 'unrated', items: input.items.filter((i) => visit?.items.includes(i.id)) });
    if (actions._tag === 'Right') console.log(`  filled, one violation → ${actions.right.map((a) => `${a.kind}${a.due === undefined ? '' : ` by ${a.due}`}`).join(', ')}`);
  }
}
const published = publicationRecords(full.right, results, { input, seed, secret, triggered, asOf: '2024-06-30' as IsoDate });
if (published._tag === 'Right') {
  const r = published.right.records.find((x) => x.status === 'published');
  console.log(`publication: the draw record (seed, digest, ${published.right.draw.strata.length} strata) and ${published.right.records.length} task records — ${published.right.counts.published} published, ${published.right.counts.pending} pending, ${published.right.counts.unplannable} unplannable`);
  if (r !== undefined) console.log(`  ${r.name} ${r.enterprise}: ${r.wording}, publish by ${r.due} (N4: 20 working days)`);
}
