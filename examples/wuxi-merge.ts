// A Wuxi-style merge (锡政办发〔2024〕24号): three departments' tasks on one restaurant become one
// visit, a city-level duplicate is checked once, an item inspected jointly earlier this year is
// exempt, and the joint share is checked against Wuxi's 25 % (R7, R15–R18, R20).
// Run: npm run build && npx tsx examples/wuxi-merge.ts
import { jointShare, mergeTasks, staffTasks, wuxiPolicy, type DepartmentId, type DepartmentTask, type IsoDate, type ItemId, type PlanningInput, type Uscc } from 'double-random';
import { generateDirectory } from 'double-random/testing';

const base = generateDirectory({ size: 2_000, seed: 'wuxi-example', year: 2024, batch: 3, policy: wuxiPolicy, inspectorsPerDepartment: 15 });
const restaurant = base.enterprises.find((e) => e.industry.startsWith('H') && e.creditClass === 'B' && e.colour === 'none');
const factory = base.enterprises.find((e) => e.industry.startsWith('C') && e.creditClass === 'unrated');
if (restaurant === undefined || factory === undefined) throw new Error('the synthetic directory lacks a restaurant or a factory');

// In May, health and samr inspected the factory jointly for product quality.
const input: PlanningInput = {
  ...base,
  history: [
    ...base.history,
    { enterprise: factory.uscc, date: '2024-05-14' as IsoDate, departments: ['health', 'samr'] as DepartmentId[], itemKinds: ['samr:product-quality'], joint: true, unified: false, reason: 'random' },
  ],
};

const task = (id: string, enterprise: Uscc, department: string, items: string[], reason: DepartmentTask['reason'] = 'random'): DepartmentTask =>
  ({ id, enterprise, department: department as DepartmentId, items: items as ItemId[], reason });
const tasks: DepartmentTask[] = [
  // Market regulation drew the restaurant for food safety, at district and at city level (R18).
  task('samr-district-Q3', restaurant.uscc, 'samr', ['samr/food-safety', 'samr/registration']),
  task('samr-city-Q3', restaurant.uscc, 'samr', ['samr/registration@city']),
  // Health drew it for public hygiene; the fire brigade received a complaint about its exits (R17).
  task('health-Q3', restaurant.uscc, 'health', ['health/public-hygiene']),
  task('fire-complaint-0815', restaurant.uscc, 'fire', ['fire/fire-safety'], 'complaint'),
  // Market regulation also drew the factory, for product quality again and for registration (R20).
  task('samr-district-Q3-factory', factory.uscc, 'samr', ['samr/product-quality', 'samr/registration']),
];

const merged = mergeTasks(input, tasks);
if (merged._tag === 'Left') throw new Error(merged.left.issues.map((i) => `${i.at}: ${i.message}`).join('\n'));
console.log(`${tasks.length} department tasks → ${merged.right.joint.length} visits\n`);
for (const j of merged.right.joint) {
  console.log(`${j.id}: led by ${j.lead} (${j.leadBy}), departments ${j.departments.join(', ')}`);
  console.log(`  items ${j.items.join(', ')}; from ${j.tasks.join(', ')}; reasons ${j.reasons.join(', ')}`);
}
console.log('\ndropped, with the rule:');
for (const d of merged.right.dropped) console.log(`  ${d.enterprise} ${d.item}: ${d.reason} (${d.rule})${d.instead === undefined ? '' : `, checked as ${d.instead}`}`);

const measured = jointShare(merged.right.joint, wuxiPolicy.jointShareTarget);
if (measured._tag === 'Left') throw new Error(measured.left.issues.map((i) => `${i.at}: ${i.message}`).join('\n'));
const share = measured.right;
console.log(`\njoint share ${share.joint}/${share.total} = ${(100 * share.share).toFixed(0)} %, Wuxi's target ${(100 * (share.target ?? 0)).toFixed(0)} %: ${share.met === true ? 'met' : 'not met'} (R7)`);

const staffed = staffTasks(input, merged.right.joint, { seed: '2024-Q3 锡 5 0 2 7' });
if (staffed._tag === 'Left') throw new Error(staffed.left.issues.map((i) => i.message).join('\n'));
for (const a of staffed.right.assignments) console.log(`${a.task} on ${a.date}: ${a.team.map((m) => `${m.inspector} (${m.department})`).join(', ')}`);
for (const u of staffed.right.unplannable) console.log(`${u.task}: unplannable, ${u.reason} (${u.rule}): ${u.message}`);

const visit = merged.right.joint.find((j) => j.enterprise === restaurant.uscc);
if (visit?.leadBy !== 'joint-list' || visit.departments.length !== 3 || merged.right.dropped.length !== 2) process.exit(1);
