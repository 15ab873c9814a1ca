// Validating a platform's export before planning: every issue, with its path and rule.
// Run: npx tsx examples/validate-input.ts
import { parsePlanningInput, RULES } from 'double-random';
import { generateDirectory } from 'double-random/testing';

// A platform's JSON export; here a synthetic one, with two mistakes made on purpose.
const raw = JSON.parse(JSON.stringify(generateDirectory({ size: 1_000, seed: 'validate-example' }))) as {
  enterprises: { uscc: string; industry: string }[];
};
raw.enterprises[3]!.uscc = raw.enterprises[3]!.uscc.toLowerCase();
raw.enterprises[7]!.industry = 'F13';

const result = parsePlanningInput(raw);
if (result._tag === 'Right') throw new Error('expected the mistakes to be reported');
for (const issue of result.left.issues) {
  console.log(`${issue.at}  [${issue.rule} ${RULES[issue.rule].title}]  ${issue.message}`);
}
if (result.left.issues.length < 2) throw new Error('expected both mistakes to be reported');
