/**
 * The bad inputs of the parse tests (test/input/*.test.ts), each rebuilt from the minimal fixture
 * or a generated directory, with what a JSON Schema validator says of it against schemas/input.json:
 * - `refused`: the schema refuses it, as parsePlanningInput does;
 * - `format`: only a validator that asserts `format: "date"` refuses it (ajv with ajv-formats);
 * - `library-only`: no JSON Schema can express the check (`why` names it, as docs/input-format.md does).
 */
import { generateDirectory } from '../../src/testing/index.js';
import { minimalInput } from '../fixtures.js';

/** What a JSON Schema validator says of a bad input. */
export type Verdict = 'refused' | 'format' | 'library-only';

/** A bad input: how to build it, where parsePlanningInput reports it, what the schema says and, when it cannot refuse it, why. */
export interface BadInput {
  readonly name: string;
  readonly build: () => unknown;
  readonly at?: string;
  readonly verdict: Verdict;
  readonly why?: string;
}

const WHY = {
  checkCharacter: 'the check character of a USCC',
  unique: 'that ids and USCCs are unique',
  references: 'that a reference names a row of another section',
  jointList: 'that a joint list\'s lead and items belong to its departments',
  teams: 'that the escalated team is at least the minimum team',
  period: 'that the window is not empty, lies in its year, and its batch is within policy.batchesPerYear',
  days: 'that a date names a day that exists',
  nfc: 'Unicode NFC, lone surrogates and invisible characters outside the Basic Multilingual Plane',
} as const;

/** A case built from the minimal fixture; an edit of the directory first drops the references to enterprises, as the parse test does. */
function edited(name: string, edit: (input: any) => void, at: string, verdict: Verdict = 'refused', why?: string): BadInput {
  const build = (): unknown => {
    const input = minimalInput();
    if (at.startsWith('$.enterprises')) {
      input.history = [];
      input.inspectors[0].conflicts = [];
    }
    edit(input);
    return input;
  };
  return { name, build, at, verdict, ...(why === undefined ? {} : { why }) };
}

const lib = (name: string, edit: (input: any) => void, at: string, why: string): BadInput => edited(name, edit, at, 'library-only', why);

/** test/input/parsePlanningInput.test.ts, "each rule, with a failing input". */
const EACH_RULE: readonly BadInput[] = [
  lib('USCC check character (N10)', (i) => (i.enterprises[0].uscc = '91350100M000100Y44'), '$.enterprises[0].uscc', WHY.checkCharacter),
  edited('USCC lower case (N10)', (i) => (i.enterprises[0].uscc = '91350100m000100Y43'), '$.enterprises[0].uscc'),
  edited('USCC not a string', (i) => (i.enterprises[0].uscc = 9135), '$.enterprises[0].uscc'),
  lib('duplicate USCC (R2)', (i) => (i.enterprises[1].uscc = i.enterprises[0].uscc), '$.enterprises[1].uscc', WHY.unique),
  edited('unknown enterprise field (R2)', (i) => (i.enterprises[0].whitelist = true), '$.enterprises[0].whitelist'),
  edited('missing enterprise field (R13)', (i) => delete i.enterprises[0].whiteList, '$.enterprises[0].whiteList'),
  edited('blank name (R2)', (i) => (i.enterprises[0].name = ' '), '$.enterprises[0].name'),
  edited('industry section (R2)', (i) => (i.enterprises[0].industry = 'Z'), '$.enterprises[0].industry'),
  edited('industry division outside its section (R2)', (i) => (i.enterprises[0].industry = 'F13'), '$.enterprises[0].industry'),
  edited('region code (R2)', (i) => (i.enterprises[0].region = '35010'), '$.enterprises[0].region'),
  edited('registration date that does not exist (R2)', (i) => (i.enterprises[1].registeredOn = '2021-02-29'), '$.enterprises[1].registeredOn', 'format', WHY.days),
  edited('credit class (N5)', (i) => (i.enterprises[0].creditClass = 'AA'), '$.enterprises[0].creditClass'),
  edited('colour code (R10)', (i) => (i.enterprises[0].colour = 'blue'), '$.enterprises[0].colour'),
  edited('operating status (R22)', (i) => (i.enterprises[0].operatingStatus = 'closed'), '$.enterprises[0].operatingStatus'),
  lib('duplicate department (R16)', (i) => i.departments.push({ ...i.departments[0] }), '$.departments[2].id', WHY.unique),
  edited('empty id (R4)', (i) => (i.departments[0].id = ''), '$.departments[0].id'),
  lib('duplicate inspector (R19)', (i) => (i.inspectors[1].id = 'samr-1'), '$.inspectors[1].id', WHY.unique),
  lib('inspector of an unknown department (R19)', (i) => (i.inspectors[1].department = 'tax'), '$.inspectors[1].department', WHY.references),
  edited('certified must be stated (N1)', (i) => delete i.inspectors[0].certified, '$.inspectors[0].certified'),
  lib('conflict with an unknown enterprise (N2)', (i) => (i.inspectors[0].conflicts = ['91110000802100433B']), '$.inspectors[0].conflicts[0]', WHY.references),
  edited('capacity below one (R19)', (i) => (i.inspectors[0].capacityPerDay = 0), '$.inspectors[0].capacityPerDay'),
  edited('unavailable date with month 13 (R25)', (i) => (i.inspectors[0].unavailable = ['2024-13-01']), '$.inspectors[0].unavailable[0]'),
  lib('duplicate item (R1)', (i) => i.items.push({ ...i.items[0] }), '$.items[2].id', WHY.unique),
  edited('item scope (R1)', (i) => (i.items[0].scope = 'fire'), '$.items[0].scope'),
  edited('item level (R18)', (i) => (i.items[0].level = 'province'), '$.items[0].level'),
  edited('item importance (N6)', (i) => (i.items[0].importance = 'high'), '$.items[0].importance'),
  edited('item industry (R2)', (i) => (i.items[1].industries = ['H', 'F13']), '$.items[1].industries[1]'),
  lib('item of an unknown department (R1)', (i) => (i.items[0].department = 'tax'), '$.items[0].department', WHY.references),
  lib('joint list lead not among its departments (R16)', (i) => { i.jointLists[0].departments = ['health']; i.jointLists[0].items = ['health/hygiene']; }, '$.jointLists[0].lead', WHY.jointList),
  lib('joint list of an unknown department (R16)', (i) => i.jointLists[0].departments.push('tax'), '$.jointLists[0].departments[2]', WHY.references),
  lib('joint list with an unknown item (R16)', (i) => i.jointLists[0].items.push('samr/ghost'), '$.jointLists[0].items[2]', WHY.references),
  lib('joint list item of a department not on it (R16)', (i) => { i.jointLists[0].departments = ['samr']; i.jointLists[0].items = ['samr/food', 'health/hygiene']; }, '$.jointLists[0].items[1]', WHY.jointList),
  lib('duplicate joint list (R16)', (i) => i.jointLists.push({ ...i.jointLists[0] }), '$.jointLists[1].id', WHY.unique),
  lib('history of an unknown enterprise (R20)', (i) => (i.history[0].enterprise = '91110000802100433B'), '$.history[0].enterprise', WHY.references),
  lib('history of an unknown department (R20)', (i) => (i.history[0].departments = ['tax']), '$.history[0].departments[0]', WHY.references),
  edited('history reason (R20)', (i) => (i.history[0].reason = 'routine'), '$.history[0].reason'),
  edited('ratio above 1 (R11)', (i) => (i.policy = { ...i.policy, ratios: { ...i.policy.ratios, D: 1.2 } }), '$.policy.ratios.D'),
  edited('negative ratio (R5)', (i) => (i.policy = { ...i.policy, batchMinimumRatio: -0.01 }), '$.policy.batchMinimumRatio'),
  edited('catch-up ratio above 1 (R6)', (i) => (i.policy = { ...i.policy, catchUp: { ratio: 3, minimum: 1 } }), '$.policy.catchUp.ratio'),
  edited('joint-share target above 1 (R7)', (i) => (i.policy = { ...i.policy, jointShareTarget: 25 }), '$.policy.jointShareTarget'),
  edited('rounding mode (R5)', (i) => (i.policy = { ...i.policy, rounding: 'banker' }), '$.policy.rounding'),
  edited('team size zero (N1)', (i) => (i.policy = { ...i.policy, teamSize: 0 }), '$.policy.teamSize'),
  edited('one-person teams (N1)', (i) => (i.policy = { ...i.policy, teamSize: 1 }), '$.policy.teamSize'),
  edited('one-person escalated teams (N1)', (i) => (i.policy = { ...i.policy, escalatedTeamSize: 1 }), '$.policy.escalatedTeamSize'),
  lib('escalated team smaller than the minimum (R9)', (i) => (i.policy = { ...i.policy, teamSize: 3, escalatedTeamSize: 2 }), '$.policy.escalatedTeamSize', WHY.teams),
  lib('cap of an unknown department (N8)', (i) => (i.policy = { ...i.policy, caps: [{ department: 'tax', perYear: 2 }] }), '$.policy.caps[0].department', WHY.references),
  edited('exemption exception (R20)', (i) => (i.policy = { ...i.policy, sameYearExemption: { enabled: true, exceptions: ['random-ish'] } }), '$.policy.sameYearExemption.exceptions[0]'),
  lib('empty window (R25)', (i) => { i.period.start = '2024-03-01'; i.period.end = '2024-02-01'; }, '$.period.end', WHY.period),
  lib('window outside its year (R25)', (i) => { i.period.start = '2024-12-01'; i.period.end = '2025-01-31'; }, '$.period.end', WHY.period),
  lib('batch beyond the policy (R5)', (i) => (i.period.batch = 5), '$.period.batch', WHY.period),
  edited('period date that does not exist (R25)', (i) => (i.period.end = '2024-04-31'), '$.period.end', 'format', WHY.days),
  edited('missing version (R4)', (i) => delete i.versions.items, '$.versions.items'),
  edited('unknown section (R4)', (i) => (i.enterprise = []), '$.enterprise'),
];

/** test/input/unreadableIds.test.ts: ids with an invisible or control character, or not in NFC. */
const UNREADABLE: readonly BadInput[] = [
  edited('zero-width space in a department id', (i) => (i.departments[0].id = 'samr\u200b'), '$.departments[0].id'),
  edited('BOM in an inspector id', (i) => (i.inspectors[0].id = '\ufeffsamr-1'), '$.inspectors[0].id'),
  edited('direction mark in an item id', (i) => (i.items[0].id = 'samr/\u200elicence'), '$.items[0].id'),
  edited('zero-width joiner in an item kind', (i) => (i.items[0].kind = 'li\u200dcence'), '$.items[0].kind'),
  edited('control character in a joint list id', (i) => (i.jointLists[0].id = 'j\u0007'), '$.jointLists[0].id'),
  edited('zero-width space in a history item kind', (i) => (i.history[0].itemKinds = ['licence\u200b']), '$.history[0].itemKinds[0]'),
  edited('white space around a department id', (i) => (i.departments[0].id = ' samr'), '$.departments[0].id'),
  lib('decomposed é in a department id', (i) => (i.departments[0].id = 'sante\u0301'), '$.departments[0].id', WHY.nfc),
  lib('decomposed é in a qualification', (i) => (i.inspectors[0].qualifications = ['cafe\u0301']), '$.inspectors[0].qualifications[0]', WHY.nfc),
  edited('Arabic letter mark (a format character) in an item id', (i) => (i.items[0].id = 'samr/\u061cfood'), '$.items[0].id'),
  edited('no-break space in an inspector id', (i) => (i.inspectors[0].id = 'samr\u00a01'), '$.inspectors[0].id'),
  edited('ideographic space in a qualification', (i) => (i.inspectors[0].qualifications = ['samr:\u3000food']), '$.inspectors[0].qualifications[0]'),
  edited('zero-width space in the policy id', (i) => (i.policy = { ...i.policy, id: 'yongchuan\u200b' }), '$.policy.id'),
  edited('no-break space in a version label', (i) => (i.versions.directory = 'd\u00a01'), '$.versions.directory'),
  lib('tag character (invisible, outside the BMP) in a department id', (i) => (i.departments[0].id = 'samr\u{e0041}'), '$.departments[0].id', WHY.nfc),
  lib('lone surrogate in an inspector id', (i) => (i.inspectors[1].id = 'health-\ud800'), '$.inspectors[1].id', WHY.nfc),
];

const raw = (): any => JSON.parse(JSON.stringify(generateDirectory({ size: 60, seed: 'did-you-mean', inspectorsPerDepartment: 2 })));
const whole = (name: string, build: () => unknown, at?: string): BadInput => ({ name, build, verdict: 'refused', ...(at === undefined ? {} : { at }) });
const withPolicy = (name: string, change: Record<string, unknown>, at: string): BadInput => whole(name, () => { const r = raw(); return { ...r, policy: { ...r.policy, ...change } }; }, at);
const withRow = (name: string, change: (row: any) => any, at: string): BadInput =>
  whole(name, () => { const r = raw(); return { ...r, enterprises: [change(r.enterprises[0]), ...r.enterprises.slice(1)] }; }, at);
const without = (row: any, key: string): any => Object.fromEntries(Object.entries(row).filter(([k]) => k !== key));

/** test/input/didYouMean.test.ts, issue14Examples.test.ts, boundedIssues.test.ts and parsePlanningInput.test.ts's whole-input cases. */
const WHOLE: readonly BadInput[] = [
  ...[null, 42, 'input', [1]].map((value) => whole(`a non-object: ${JSON.stringify(value)}`, () => value, '$')),
  whole('every issue at once', () => {
    const i = minimalInput();
    i.enterprises[0].uscc = '91350100M000100Y44';
    i.enterprises[1].creditClass = 'E';
    i.inspectors[0].department = 'police';
    i.policy = { ...i.policy, ratios: { ...i.policy.ratios, A: 1.5 } };
    i.period.end = '2023-12-31';
    return i;
  }, '$.policy.ratios.A'),
  whole('__proto__ and constructor keys in a row', () => JSON.parse(JSON.stringify(minimalInput()).replace('"uscc":"914403001922038216"', '"__proto__":{"polluted":true},"constructor":{"x":1},"uscc":"914403001922038216"')), '$.enterprises[1].__proto__'),
  whole('a __proto__ section', () => JSON.parse(JSON.stringify(minimalInput()).replace('{"versions"', '{"__proto__":{"polluted":true},"versions"')), '$.__proto__'),
  whole('a misspelt policy key (batchesPerYaer)', () => { const r = raw(); const { batchesPerYear, ...policy } = r.policy; return { ...r, policy: { ...policy, batchesPerYaer: batchesPerYear } }; }, '$.policy.batchesPerYaer'),
  withRow('a misspelt column (creditClas)', (row) => ({ ...without(row, 'creditClass'), creditClas: row.creditClass }), '$.enterprises[0].creditClas'),
  withRow('an unknown column and a missing one', (row) => ({ ...without(row, 'colour'), zzzzzz: 1 }), '$.enterprises[0].zzzzzz'),
  withRow('a misspelt column beside the right one', (row) => ({ ...row, creditClas: 'A' }), '$.enterprises[0].creditClas'),
  withRow('a date with slashes (2020/05/01)', (row) => ({ ...row, registeredOn: '2020/05/01' }), '$.enterprises[0].registeredOn'),
  withRow('a full-width character in a USCC', (row) => ({ ...row, uscc: `${row.uscc.slice(0, 16)}\uff10${row.uscc.slice(17)}` }), '$.enterprises[0].uscc'),
  whole('a percentage as a ratio (4 for 4 %)', () => { const r = raw(); return { ...r, policy: { ...r.policy, ratios: { ...r.policy.ratios, B: 4 } } }; }, '$.policy.ratios.B'),
  whole('a ratio just above 1', () => { const r = raw(); return { ...r, policy: { ...r.policy, ratios: { ...r.policy.ratios, A: 1.0001 } } }; }, '$.policy.ratios.A'),
  whole('an unknown ratio (E)', () => { const r = raw(); return { ...r, policy: { ...r.policy, ratios: { ...r.policy.ratios, E: 0.1 } } }; }, '$.policy.ratios.E'),
  withPolicy('flyingItemShare as a percentage', { flyingItemShare: 50 }, '$.policy.flyingItemShare'),
  withPolicy('blackList with covrage', { blackList: { covrage: 'full' } }, '$.policy.blackList.covrage'),
  withPolicy('blackList raised above 1', { blackList: { coverage: 'raised', ratio: 2 } }, '$.policy.blackList.ratio'),
  withPolicy('annualPlanDue on 02-29', { annualPlanDue: '02-29' }, '$.policy.annualPlanDue'),
  withPolicy('annualPlanDue as a full date', { annualPlanDue: '2024-01-10' }, '$.policy.annualPlanDue'),
  withPolicy('no batch a year', { batchesPerYear: 0 }, '$.policy.batchesPerYear'),
  whole('a joint list with a misspelt lead (leed)', () => { const r = raw(); const { lead, ...list } = r.jointLists[0]; return { ...r, jointLists: [{ ...list, leed: lead }, ...r.jointLists.slice(1)] }; }, '$.jointLists[0].leed'),
  whole('a joint list without departments', () => { const r = raw(); return { ...r, jointLists: [{ ...r.jointLists[0], departments: [] }, ...r.jointLists.slice(1)] }; }, '$.jointLists[0].departments'),
  whole('a period with a misspelt start (strat)', () => { const r = raw(); const { start, ...period } = r.period; return { ...r, period: { ...period, strat: start } }; }, '$.period.strat'),
  whole('a year before 1949', () => { const r = raw(); return { ...r, period: { ...r.period, year: 1900 } }; }, '$.period.year'),
  whole('a misspelt section (polcy)', () => { const { policy, ...rest } = raw(); return { ...rest, polcy: policy }; }, '$.polcy'),
  whole('a blank legal basis', () => { const r = raw(); return { ...r, items: [{ ...r.items[0], basis: '  ' }, ...r.items.slice(1)] }; }, '$.items[0].basis'),
  whole('a department without a name', () => { const r = raw(); return { ...r, departments: [{ ...r.departments[0], name: '' }, ...r.departments.slice(1)] }; }, '$.departments[0].name'),
  whole('junk rows', () => ({ ...raw(), enterprises: Array.from({ length: 500 }, (_, k) => ({ junk: k })) }), '$.enterprises[0].junk'),
];

/** Every bad input, with what the JSON Schema says of it. */
export const BAD_INPUTS: readonly BadInput[] = [...EACH_RULE, ...UNREADABLE, ...WHOLE];
