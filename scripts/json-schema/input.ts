/**
 * The JSON Schema of a planning input (`schemas/input.json`), generated from the zod schemas that
 * `parsePlanningInput` parses with, plus by hand what those express in code: the enterprise rows'
 * checks (a hand-written fast path checks them), team sizes of at least two (N1) and the annual
 * plan's `MM-DD` day (refinements), and a description of every field.
 */
import { z } from 'zod';
import { enterpriseRowSchema } from '../../src/input/parseEnterprises.js';
import { sectionSchemas } from '../../src/input/schemas.js';
import { describeFields, finish, fromZod, MONTH_DAY_PATTERN, nodeAt, NOT_BLANK_PATTERN, REGION_PATTERN, type JsonSchema } from './parts.js';

/** What the enterprise rows' fast path checks beyond the row schema's types: the row is strict, and its codes, name and date have a shape. */
function enterpriseRow(schema: JsonSchema): void {
  const row = nodeAt(schema, 'enterprises[]');
  row['additionalProperties'] = false;
  const fields = row['properties'] as Record<string, JsonSchema>;
  fields['uscc'] = { $ref: '#/$defs/uscc' };
  fields['name'] = { type: 'string', pattern: NOT_BLANK_PATTERN };
  fields['industry'] = { $ref: '#/$defs/industry' };
  fields['region'] = { type: 'string', pattern: REGION_PATTERN };
  fields['registeredOn'] = { $ref: '#/$defs/date' };
}

/** The refinements zod keeps in code: team sizes of at least two (N1), the annual plan's day. */
function refinements(schema: JsonSchema): void {
  for (const field of ['policy.teamSize', 'policy.escalatedTeamSize']) {
    const node = nodeAt(schema, field);
    if (node['type'] !== 'integer') throw new Error(`${field} is no longer an integer`);
    node['minimum'] = 2;
  }
  const due = nodeAt(schema, 'policy.annualPlanDue');
  if (JSON.stringify(due['type']) !== '["string","null"]') throw new Error('policy.annualPlanDue is no longer a nullable string');
  due['pattern'] = MONTH_DAY_PATTERN;
}

const RATIO = 'a share in [0, 1] of the stratum per year (4 % is 0.04)';

/** The description of every field, by its path. */
export const INPUT_DESCRIPTIONS: Readonly<Record<string, string>> = {
  versions: 'Version labels of the three inputs (两库一清单) the plan is drawn from, recorded in the plan (R4).',
  'versions.directory': 'Version of the target directory (检查对象名录库).',
  'versions.inspectors': 'Version of the inspector directory (执法检查人员名录库).',
  'versions.items': 'Version of the item list (抽查事项清单).',
  enterprises: 'The target directory (检查对象名录库), keyed by USCC (R2). Every row states every field: there are no defaults, so that a misspelt column never falls back to one.',
  'enterprises[].uscc': 'Unified social credit code (统一社会信用代码, R2, N10), unique in the directory.',
  'enterprises[].name': 'Registered name (企业名称), not blank.',
  'enterprises[].industry': 'Industry (国民经济行业分类, GB/T 4754-2017) (R2).',
  'enterprises[].region': 'Administrative division code (行政区划代码, GB/T 2260) of the registered address: six digits (R2).',
  'enterprises[].jurisdiction': 'Level of government that supervises it (属地, R18).',
  'enterprises[].registeredOn': 'Date of registration (成立日期) (R2).',
  'enterprises[].creditClass': 'Credit-risk class (信用风险分类, N5, R9): A low risk, B ordinary, C higher, D high, or unrated.',
  'enterprises[].colour': 'Colour code (R10): red full coverage, yellow raised ratio, green inspected only on a trigger, or none.',
  'enterprises[].whiteList': 'On the flexible-supervision white list (白名单, R13): inspected only on a trigger.',
  'enterprises[].trustExempt': 'Low-risk enterprise of a designated emerging industry, exempt by trust (守信免查, R12): inspected only on a trigger.',
  'enterprises[].blackList': 'On a shared black list of dishonest entities (黑名单, R14): drawn as policy.blackList says.',
  'enterprises[].operatingStatus': 'Operating status (R22, N9): operating, not-operating, or unreachable at the registered address.',
  departments: 'The departments (执法部门) that plan and staff inspections, each id unique (R16).',
  'departments[].id': 'Unique id, such as "samr".',
  'departments[].name': 'Display name, such as 市场监管局.',
  'departments[].level': 'Level of government (R18).',
  'departments[].line': 'The line (系统) the department belongs to across levels: departments of one line check a kind once, at the highest level that asks for it (R18). Absent: a line of its own.',
  inspectors: 'The inspector directory (执法检查人员名录库), each id unique (R19).',
  'inspectors[].id': 'Unique id.',
  'inspectors[].name': 'Display name.',
  'inspectors[].department': 'The id of the inspector\'s department, one of departments.',
  'inspectors[].certified': 'Holds a law-enforcement certificate (执法证, N1): only certified inspectors are drawn.',
  'inspectors[].qualifications': 'Kinds of check (an item\'s kind) the inspector is qualified for (R19).',
  'inspectors[].unavailable': 'Dates on which the inspector cannot be scheduled (R19).',
  'inspectors[].capacityPerDay': 'Inspections the inspector can take part in on one day (R19).',
  'inspectors[].conflicts': 'USCCs of the enterprises the inspector declared a conflict of interest with (回避, N2): they recuse, and the next inspector drawn takes their place. Each is in the directory.',
  items: 'The item list (抽查事项清单), each id unique (R1).',
  'items[].id': 'Unique id, such as "samr/food-safety".',
  'items[].name': 'Display name.',
  'items[].department': 'The id of the department that owns the item, one of departments.',
  'items[].kind': 'Kind of check (同类检查): what the same-year exemption (R20) and inspectors\' qualifications compare.',
  'items[].level': 'Level of government that lists it: the same kind asked by several levels is checked once (R18).',
  'items[].importance': 'key (重点事项: safety, quality, public interest; no upper ratio) or general (一般事项; limited ratio) (N6).',
  'items[].scope': 'Scope category (R1): only general items are planned at random; safety (安全), environment (环保), police (警务) and unlicensed (无证无照) items stay out.',
  'items[].industries': 'Industries the item applies to (a section covers its divisions); empty: every industry.',
  'items[].basis': 'Its legal basis (检查依据), as the annual plan states it (R25).',
  'items[].noAdvanceNotice': 'true for an item that may not be told to the enterprise before the visit (不能事先通知的检查事项, R32): a visit with it is unannounced whatever the class, and neither the item nor the date is published before the visit.',
  jointLists: 'One-industry-one-check lists (一业一查事项清单, R16): for an industry, the lead department, the cooperating departments and the items checked in one visit.',
  'jointLists[].id': 'Unique id.',
  'jointLists[].industry': 'The industry the list covers (a section covers its divisions).',
  'jointLists[].lead': 'The lead department (牵头部门), one of the list\'s departments.',
  'jointLists[].departments': 'Every participating department (配合部门), the lead included.',
  'jointLists[].items': 'The items checked in one visit (进一次门、查多项事), each of a department on the list.',
  history: 'Inspections that already took place: the same-year exemption (R20), repeat draws (R8) and yearly caps (N8) read them.',
  'history[].enterprise': 'USCC of the enterprise inspected, one of the directory.',
  'history[].date': 'Date of the inspection.',
  'history[].departments': 'Departments that took part.',
  'history[].itemKinds': 'Kinds of check performed (R20).',
  'history[].joint': 'A joint inspection of several departments (联合检查).',
  'history[].unified': 'A department\'s unified inspection (部门统一检查), which exempts like a joint one (R20).',
  'history[].reason': 'Why it took place: random, or a trigger (R20, R24): complaint (投诉举报), referral (上级交办), case-lead (案件线索), campaign (重点领域治理部署).',
  policy: 'The locality\'s policy (抽查政策): every number a rule leaves to the locality (presets: yongchuanPolicy, nationalPolicy and others).',
  'policy.id': 'A name for the policy, recorded in plans.',
  'policy.batchesPerYear': 'Batches per year (Yongchuan: 4 quarters, R5).',
  'policy.ratios': 'Yearly ratios by credit class and colour (R5, R10, R11, N5).',
  'policy.ratios.A': `Class A: ${RATIO}.`,
  'policy.ratios.B': `Class B: ${RATIO}.`,
  'policy.ratios.C': `Class C: ${RATIO}.`,
  'policy.ratios.D': `Class D: ${RATIO}.`,
  'policy.ratios.unrated': `Not yet rated: ${RATIO}.`,
  'policy.ratios.yellow': `Yellow-coded: the raised ratio, used when above the class's own (R10); ${RATIO}.`,
  'policy.batchMinimumRatio': 'Each batch draws at least this share of a stratum (Yongchuan: 0.01, R5).',
  'policy.rounding': 'How quotas are rounded to whole enterprises (R5): nearest, up or down.',
  'policy.minimumPerStratum': 'Minimum quota of a non-empty stratum (不足1家的按1家, R6); 0 for none.',
  'policy.catchUp': 'The last batch\'s catch-up for industries with nothing drawn in the year (R6), or null.',
  'policy.catchUp.ratio': 'Share of the industry drawn, in [0, 1] (Yongchuan: 0.03).',
  'policy.catchUp.minimum': 'At least this many enterprises (Yongchuan: 1).',
  'policy.excludedScopes': 'Item scopes kept out of random planning (R1).',
  'policy.classATriggerOnly': 'Class A is inspected only on a trigger (N5).',
  'policy.avoidRepeatDraws': 'Enterprises already drawn or jointly inspected this year are drawn last (R8).',
  'policy.caps': 'Yearly caps on random inspections per enterprise, by department (N8).',
  'policy.caps[].department': 'The department whose cap it is, one of departments.',
  'policy.caps[].perYear': 'Random inspections per enterprise per calendar year; triggers do not count (N8).',
  'policy.teamSize': 'Minimum team size: at least 2 certified officers, which national law sets (N1).',
  'policy.escalatedTeamSize': 'Team size of escalated inspections (提级监管, classes C and D): at least 2 (N1) and at least teamSize (R9).',
  'policy.sameYearExemption': 'The same-year exemption (R20): after a joint or unified inspection, not again for the same kind that calendar year.',
  'policy.sameYearExemption.enabled': 'Whether the exemption applies.',
  'policy.sameYearExemption.exceptions': 'Reasons never exempt (Wuxi: complaint, referral, case-lead, campaign).',
  'policy.jointShareTarget': 'Target share of joint tasks among all tasks (Wuxi: 0.25, R7), or null.',
  'policy.singleDepartmentTasks': 'Whether a single department may start a random task alone (Qingyang: no, R16).',
  'policy.flyingItemShare': 'Share of each department\'s items checked in a flying inspection (飞行检查) of class B (R9): 1 for all, below 1 a seeded subset.',
  'policy.nonSiteWhereSufficient': 'Non-site supervision (非现场监管) replaces a visit to a class B enterprise without colour code whose items are all general (R11, N6).',
  'policy.annualPlanDue': 'The day (MM-DD) annual plans are due, or null (R25: Shenyang 01-10, Qingyang 04-30).',
  'policy.publicIdentity': 'What the public notice shows for an enterprise: names (USCC and name), codes (its 15-digit public code only, R3), or both. Default names.',
  'policy.blackList': 'How black-listed enterprises are drawn (R14): { coverage: "full" } inspects every one, { coverage: "raised", ratio } samples them in strata of their own; null draws them like any other.',
  period: 'The batch being planned (R5, R25).',
  'period.year': 'Calendar year.',
  'period.batch': 'Batch number, from 1, at most policy.batchesPerYear (R5).',
  'period.start': 'First day of the batch window, in period.year.',
  'period.end': 'Last day of the batch window, not before start, in period.year.',
};

/** The JSON Schema of a planning input. */
export function inputSchema(): JsonSchema {
  const s = sectionSchemas;
  const input = z.strictObject({
    versions: s.versions, enterprises: z.array(enterpriseRowSchema), departments: s.departments, inspectors: s.inspectors,
    items: s.items, jointLists: s.jointLists, history: s.history, policy: s.policy, period: s.period,
  });
  const schema = fromZod(input);
  enterpriseRow(schema);
  refinements(schema);
  describeFields(schema, INPUT_DESCRIPTIONS);
  return finish(
    'input',
    'Planning input of double-random (双随机、一公开)',
    'What parsePlanningInput accepts: the target directory, the departments, the inspector directory, the item list, the joint lists, the history, the policy and the period. This schema checks the shape of each field; parsePlanningInput also checks what a JSON Schema cannot (USCC check characters, days that exist, unique ids, references between sections, the period against the policy): see docs/input-format.md.',
    schema,
  );
}
