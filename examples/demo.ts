// The main demo: validates the bundled example directory and summarises it.
// Later versions grow this into a full quarterly plan. Run: npm run demo
import { parsePlanningInput, RULES, type CreditClass } from 'double-random';
import { generateDirectory } from 'double-random/testing';

const raw = generateDirectory({ size: 24_738, seed: 'yongchuan-2023-q1', year: 2023, batch: 1 });
const result = parsePlanningInput(JSON.parse(JSON.stringify(raw)));
if (result._tag === 'Left') {
  for (const issue of result.left.issues) console.error(`${issue.at} (${issue.rule}): ${issue.message}`);
  process.exit(1);
}
const input = result.right;
const count = <K extends string>(keys: readonly K[]): Record<K, number> => {
  const out = {} as Record<K, number>;
  for (const key of keys) out[key] = (out[key] ?? 0) + 1;
  return out;
};
const pct = (n: number): string => `${((100 * n) / input.enterprises.length).toFixed(1)} %`;

console.log(`double-random demo: ${input.enterprises.length} enterprises, policy ${input.policy.id}, ${input.period.year} batch ${input.period.batch} (${input.period.start} – ${input.period.end})`);
console.log(`input versions (R4): directory ${input.versions.directory}`);
console.log(`\ndepartments: ${input.departments.length}, inspectors: ${input.inspectors.length} (${input.inspectors.filter((i) => i.certified).length} certified, N1), items: ${input.items.length} (${input.items.filter((i) => input.policy.excludedScopes.includes(i.scope)).length} out of random scope, R1), joint lists: ${input.jointLists.length} (R16)`);

console.log('\nenterprises by industry section (GB/T 4754):');
const sections = count(input.enterprises.map((e) => e.industry.charAt(0)));
for (const [section, n] of Object.entries(sections).sort((a, b) => b[1] - a[1])) {
  console.log(`  ${section}  ${String(n).padStart(6)}  ${pct(n)}`);
}
console.log(`\ncredit classes (${RULES.N5.title}, N5):`);
const classes = count<CreditClass>(input.enterprises.map((e) => e.creditClass));
for (const klass of ['A', 'B', 'C', 'D', 'unrated'] as const) console.log(`  ${klass.padEnd(7)} ${String(classes[klass] ?? 0).padStart(6)}  ${pct(classes[klass] ?? 0)}`);
console.log(`\ncolour codes (R10): ${Object.entries(count(input.enterprises.map((e) => e.colour))).map(([c, n]) => `${c} ${n}`).join(', ')}`);
console.log(`white list (R13): ${input.enterprises.filter((e) => e.whiteList).length}, trust-exempt (R12): ${input.enterprises.filter((e) => e.trustExempt).length}, black list (R14): ${input.enterprises.filter((e) => e.blackList).length}`);
const perBatch = input.policy.ratios.B / input.policy.batchesPerYear;
console.log(`\n${input.policy.id}: ${(input.policy.ratios.B * 100).toFixed(0)} % a year in ${input.policy.batchesPerYear} batches, ${(perBatch * 100).toFixed(0)} % a batch (R5) ≈ ${Math.round(input.enterprises.length * perBatch)} enterprises this batch, rounding ${input.policy.rounding}`);
