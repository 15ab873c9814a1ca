// After the visit: one joint inspection's result, through escalate, to actions with deadlines.
// Run: npm run build && npx tsx examples/escalation.ts
import { escalate, planDraw, REASONS, RULES, type IsoDate } from 'double-random';
import { generateDirectory } from 'double-random/testing';

// A drawn enterprise of the catering industry, inspected jointly under the 一业一查 list for H (R16).
const input = generateDirectory({ size: 5_000, seed: 'escalation-example', batch: 3 });
const plan = planDraw(input, { seed: '2024-Q3 公证 4 4 8 2' });
if (plan._tag === 'Left') throw new Error('the draw failed');
const target = plan.right.targets.find((t) => t.placements.some((p) => p.draw === 'joint/H'));
if (target === undefined) throw new Error('no catering enterprise drawn');
const list = input.jointLists.find((l) => l.id === 'joint/H');
if (list === undefined) throw new Error('no joint list for H');
const items = input.items.filter((i) => list.items.includes(i.id));
const enterprise = input.enterprises.find((e) => e.uscc === target.uscc);
console.log(`${target.uscc} (${enterprise?.name}, class ${enterprise?.creditClass}) — ${REASONS[target.reason].description}`);
console.log(`joint inspection by ${list.departments.join(', ')}, led by ${list.lead} (${RULES.R16.title}), ${items.length} items`);

// What the team recorded on 27 September 2024, just before National Day.
const result = {
  enterprise: target.uscc,
  date: '2024-09-27' as IsoDate,
  reason: 'random' as const,
  lead: list.lead,
  departments: list.departments,
  contact: 'operating' as const,
  majorHazard: false,
  findings: items.map((item, i) =>
    i === 0 ? { item: item.id, outcome: 'violation' as const, severity: 'minor-first' as const, spread: 'single' as const }
      : i === 1 ? { item: item.id, outcome: 'violation' as const, severity: 'general' as const, spread: 'single' as const }
        : { item: item.id, outcome: 'compliant' as const }),
  labResults: [{ item: items[1]?.id ?? '', summary: 'sample over the limit for total bacterial count' }],
};
const actions = escalate(result, {
  creditClass: enterprise?.creditClass ?? 'unrated',
  items,
  flexibleLists: { noPenalty: [items[0]?.kind ?? ''] }, // the first item is on the no-penalty list (免罚清单)
});
if (actions._tag === 'Left') {
  for (const issue of actions.left.issues) console.error(`${issue.at} (${issue.rule}): ${issue.message}`);
  process.exit(1);
}
console.log('\nactions:');
for (const a of actions.right) {
  const deadline = a.due === undefined ? '' : `  due ${a.due} (${a.workingDays} working days, N3)`;
  console.log(`  ${a.kind.padEnd(26)} ${a.rule.padEnd(4)} ${a.department.padEnd(8)}${a.items ? ` [${a.items.join(', ')}]` : ''}${a.mode ? ` ${a.mode}` : ''}${deadline}`);
}
if (!actions.right.some((a) => a.kind === 'publish' && a.due === '2024-10-30')) throw new Error('expected publication by 30 October');
