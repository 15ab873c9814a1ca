/**
 * Writes docs/vectors/draw-input.json and draw-record.json: a whole draw in which every step of
 * docs/draw-algorithm.md §4 acts (run with `npx tsx scripts/make-draw-vector.ts`; the files are
 * pinned by test/random/digestVectors.test.ts, so a change shows as a failing test).
 */
import { writeFileSync } from 'node:fs';
import { planDraw, type DepartmentId, type InspectionRecord, type IsoDate, type ItemId, type PlanningInput, type Uscc } from '../src/index.js';
import { generateDirectory } from '../src/testing/index.js';

const SEED = '2024-Q4 公证 3 1 4';
const generated = generateDirectory({ size: 600, seed: 'vector', year: 2024, batch: 4, inspectorsPerDepartment: 2 });
let input: PlanningInput = {
  ...generated,
  policy: {
    ...generated.policy,
    id: 'vector-policy',
    minimumPerStratum: 1,
    classATriggerOnly: true,
    ratios: { ...generated.policy.ratios, yellow: 1 },
    caps: [{ department: 'samr' as DepartmentId, perYear: 1 }, { department: 'commerce' as DepartmentId, perYear: 1 }],
    catchUp: { ratio: 0.03, minimum: 2 },
  },
  // A joint list whose items are all outside random scope: its industry is in no draw (R1).
  jointLists: [...generated.jointLists, { id: 'joint/C', industry: 'C' as PlanningInput['jointLists'][number]['industry'], lead: 'emergency' as DepartmentId, departments: ['emergency', 'fire'] as DepartmentId[], items: ['emergency/work-safety', 'fire/fire-safety'] as ItemId[] }],
};

const draw = (from: PlanningInput) => {
  const result = planDraw(from, { seed: SEED });
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left.issues));
  return result.right;
};
const record = (enterprise: Uscc, date: string, departments: string[], itemKinds: string[], joint: boolean, reason: InspectionRecord['reason']): InspectionRecord =>
  ({ enterprise, date: date as IsoDate, departments: departments as DepartmentId[], itemKinds, joint, unified: false, reason });

const first = draw(input);
const matches = (industry: string, under: string): boolean => (under.length === 1 ? industry.charAt(0) === under : industry === under);
const inDraw = (industry: string, id: string): boolean => {
  const { filter } = first.record.draws.find((d) => d.id === id)!;
  return (filter.industries?.some((u) => matches(industry, u)) ?? true) && !(filter.excludeIndustries?.some((u) => matches(industry, u)) ?? false);
};
const member = (uscc: string): boolean => ['drawn', 'not-drawn', 'recently-drawn'].includes(first.outcomeOf(uscc)?.status ?? '');
const byUscc = new Map(input.enterprises.map((e) => [e.uscc as string, e]));
const drawnBefore = first.targets.filter((t) => t.status === 'drawn').map((t) => byUscc.get(t.uscc)!);
const extra: InspectionRecord[] = [];
// R8: three drawn enterprises of class A/B/unrated were jointly inspected on a complaint this year: ranked last.
for (const e of drawnBefore.filter((e) => !['C', 'D'].includes(e.creditClass)).slice(0, 3)) extra.push(record(e.uscc, '2024-03-05', ['culture'], ['culture:unrelated'], true, 'complaint'));
// R20 and the cap at eligible: a yellow enterprise jointly inspected (on a complaint, so not counted as drawn) for all its draw's kinds; yellow ratio 1.
const yellow = first.quotas.find((q) => q.colour === 'yellow' && q.eligible >= 2);
if (yellow !== undefined) {
  const spec = first.record.draws.find((d) => d.id === yellow.draw)!;
  const chosen = input.enterprises.find((e) => e.colour === 'yellow' && member(e.uscc) && inDraw(e.industry, yellow.draw) && e.industry.startsWith(yellow.industry) && e.creditClass === yellow.creditClass)!;
  extra.push(record(chosen.uscc, '2024-05-20', [...spec.departments], [...spec.kinds], true, 'complaint'));
}
// N8: two F52 enterprises at both departments' yearly caps (random checks that cover some of the kinds).
for (const e of input.enterprises.filter((e) => e.industry === 'F52' && member(e.uscc)).slice(0, 2)) extra.push(record(e.uscc, '2024-06-11', ['samr', 'commerce'], ['samr:registration'], false, 'random'));
input = { ...input, history: [...input.history, ...extra] };

const last = draw(input);
console.log(JSON.stringify(last.counts), JSON.stringify(last.reasons));
console.log(`min-1 raised ${last.quotas.filter((q) => q.exact < 0.5 && q.quota >= 1 && !q.catchUp).length}`);
console.log(`${last.record.strata.length} strata, ${last.record.strata.reduce((n, s) => n + s.drawn.length, 0)} drawn, catch-up in ${last.quotas.filter((q) => q.catchUp).length}, capped ${last.quotas.filter((q) => q.quota === q.eligible && q.exact > q.eligible).length}`);
writeFileSync('docs/vectors/draw-input.json', `${JSON.stringify(input, null, 1)}\n`);
writeFileSync('docs/vectors/draw-record.json', `${JSON.stringify(last.record, null, 1)}\n`);
