import { describe, expect, it } from 'vitest';
import { parsePlanningInput, RULES, type InputIssue } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { minimalInput } from '../fixtures.js';

function issuesOf(raw: unknown): readonly InputIssue[] {
  const result = parsePlanningInput(raw);
  if (result._tag === 'Right') throw new Error('expected the input to be refused');
  return result.left.issues;
}

/**
 * Applies `edit` to a fresh valid input and returns the single issue it causes. For edits of the
 * directory, references to enterprises are removed first, so that changing a code does not also
 * leave a dangling reference (which would rightly be a second issue).
 */
function onlyIssue(edit: (input: any) => void, at: string): InputIssue {
  const input = minimalInput();
  if (at.startsWith('$.enterprises')) {
    input.history = [];
    input.inspectors[0].conflicts = [];
  }
  edit(input);
  const issues = issuesOf(input);
  expect(issues).toHaveLength(1);
  return issues[0] as InputIssue;
}

describe('parsePlanningInput', () => {
  it('accepts a valid input and fills in defaults', () => {
    const result = parsePlanningInput(minimalInput());
    expect(result._tag).toBe('Right');
    if (result._tag !== 'Right') return;
    expect(result.right.inspectors[1]).toMatchObject({ unavailable: [], capacityPerDay: 1, conflicts: [] });
    expect(result.right.items[1]?.scope).toBe('general');
    expect(result.right.items[0]?.industries).toEqual([]);
    expect(result.right.history[0]?.unified).toBe(false);
  });

  it('accepts every generated directory, also after a JSON round trip, unchanged', () => {
    for (const batch of [1, 3]) {
      const input = generateDirectory({ size: 500, seed: `parse-${batch}`, batch });
      const result = parsePlanningInput(JSON.parse(JSON.stringify(input)));
      expect(result).toEqual({ _tag: 'Right', right: input });
    }
  });

  it('does not mutate its argument', () => {
    const input = minimalInput();
    delete input.inspectors[1].conflicts;
    const before = structuredClone(input);
    parsePlanningInput(input);
    input.enterprises[0].uscc = 'broken';
    const copy = structuredClone(input);
    parsePlanningInput(input);
    expect(input).toEqual(copy);
    expect(before.inspectors[1]).not.toHaveProperty('conflicts');
  });

  it('refuses a non-object with one issue at the root', () => {
    for (const raw of [null, 42, 'input', [1]]) {
      expect(issuesOf(raw)).toEqual([expect.objectContaining({ code: 'schema/invalid_type', at: '$' })]);
    }
  });

  it('reports every issue at once, in input order, each with a rule that exists', () => {
    const input = minimalInput();
    input.enterprises[0].uscc = '91350100M000100Y44';
    input.enterprises[1].creditClass = 'E';
    input.inspectors[0].department = 'police';
    input.policy = { ...input.policy, ratios: { ...input.policy.ratios, A: 1.5 } };
    input.period.end = '2023-12-31';
    const issues = issuesOf(input);
    expect(issues.map((i) => i.at)).toEqual([
      '$.enterprises[0].uscc',
      '$.enterprises[1].creditClass',
      '$.inspectors[0].department',
      '$.history[0].enterprise',
      '$.policy.ratios.A',
      '$.period.end',
      '$.period.end',
    ]);
    for (const issue of issues) {
      expect(Object.keys(RULES)).toContain(issue.rule);
      expect(issue.message.length).toBeGreaterThan(10);
    }
  });

  it('reports checks of enterprise rows even when another row has a wrong type', () => {
    const input = minimalInput();
    input.enterprises[0].whiteList = 'yes';
    input.enterprises[1].uscc = '914403001922038217';
    expect(issuesOf(input).map((i) => [i.at, i.code])).toEqual([
      ['$.enterprises[0].whiteList', 'schema/invalid_type'],
      ['$.enterprises[1].uscc', 'uscc/check-character'],
      ['$.inspectors[0].conflicts[0]', 'reference/enterprise'],
    ]);
  });

  it('is safe on JSON with __proto__ and constructor keys', () => {
    const raw: unknown = JSON.parse(
      JSON.stringify(minimalInput()).replace('"uscc":"914403001922038216"', '"__proto__":{"polluted":true},"constructor":{"x":1},"uscc":"914403001922038216"'),
    );
    const issues = issuesOf(raw);
    expect(issues.map((i) => i.at)).toEqual(['$.enterprises[1].__proto__', '$.enterprises[1].constructor']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const top: unknown = JSON.parse(JSON.stringify(minimalInput()).replace('{"versions"', '{"__proto__":{"polluted":true},"versions"'));
    expect(issuesOf(top)).toEqual([expect.objectContaining({ code: 'schema/unrecognized_keys', at: '$.__proto__' })]);
  });

  describe('each rule, with a failing input: path and rule id', () => {
    const cases: [string, (input: any) => void, string, string, string][] = [
      ['USCC check character (N10)', (i) => (i.enterprises[0].uscc = '91350100M000100Y44'), '$.enterprises[0].uscc', 'uscc/check-character', 'N10'],
      ['USCC lower case (N10)', (i) => (i.enterprises[0].uscc = '91350100m000100Y43'), '$.enterprises[0].uscc', 'uscc/lowercase', 'N10'],
      ['USCC not a string (R2)', (i) => (i.enterprises[0].uscc = 9135), '$.enterprises[0].uscc', 'schema/invalid_type', 'N10'],
      ['duplicate USCC (R2)', (i) => (i.enterprises[1].uscc = i.enterprises[0].uscc), '$.enterprises[1].uscc', 'duplicate/uscc', 'R2'],
      ['unknown enterprise field (R2)', (i) => (i.enterprises[0].whitelist = true), '$.enterprises[0].whitelist', 'schema/unrecognized_keys', 'R2'],
      ['missing enterprise field (R13)', (i) => delete i.enterprises[0].whiteList, '$.enterprises[0].whiteList', 'schema/invalid_type', 'R13'],
      ['empty name (R2)', (i) => (i.enterprises[0].name = ' '), '$.enterprises[0].name', 'schema/too_small', 'R2'],
      ['industry section (R2)', (i) => (i.enterprises[0].industry = 'Z'), '$.enterprises[0].industry', 'industry/invalid', 'R2'],
      ['industry division outside its section (R2)', (i) => (i.enterprises[0].industry = 'F13'), '$.enterprises[0].industry', 'industry/invalid', 'R2'],
      ['region code (R2)', (i) => (i.enterprises[0].region = '35010'), '$.enterprises[0].region', 'region/invalid', 'R2'],
      ['registration date that does not exist (R2)', (i) => (i.enterprises[1].registeredOn = '2021-02-29'), '$.enterprises[1].registeredOn', 'date/invalid', 'R2'],
      ['credit class (N5)', (i) => (i.enterprises[0].creditClass = 'AA'), '$.enterprises[0].creditClass', 'schema/invalid_value', 'N5'],
      ['colour code (R10)', (i) => (i.enterprises[0].colour = 'blue'), '$.enterprises[0].colour', 'schema/invalid_value', 'R10'],
      ['operating status (R22)', (i) => (i.enterprises[0].operatingStatus = 'closed'), '$.enterprises[0].operatingStatus', 'schema/invalid_value', 'R22'],
      ['duplicate department (R16)', (i) => i.departments.push({ ...i.departments[0] }), '$.departments[2].id', 'duplicate/department', 'R16'],
      ['empty id (R4)', (i) => (i.departments[0].id = ''), '$.departments[0].id', 'id/empty', 'R4'],
      ['duplicate inspector (R19)', (i) => (i.inspectors[1].id = 'samr-1'), '$.inspectors[1].id', 'duplicate/inspector', 'R19'],
      ['inspector of an unknown department (R19)', (i) => (i.inspectors[1].department = 'tax'), '$.inspectors[1].department', 'reference/department', 'R19'],
      ['certified must be stated (N1)', (i) => delete i.inspectors[0].certified, '$.inspectors[0].certified', 'schema/invalid_type', 'N1'],
      ['conflict with an unknown enterprise (N2)', (i) => (i.inspectors[0].conflicts = ['91110000802100433B']), '$.inspectors[0].conflicts[0]', 'reference/enterprise', 'N2'],
      ['capacity below one (R19)', (i) => (i.inspectors[0].capacityPerDay = 0), '$.inspectors[0].capacityPerDay', 'schema/too_small', 'R19'],
      ['unavailable date (R25)', (i) => (i.inspectors[0].unavailable = ['2024-13-01']), '$.inspectors[0].unavailable[0]', 'date/invalid', 'R25'],
      ['duplicate item (R1)', (i) => i.items.push({ ...i.items[0] }), '$.items[2].id', 'duplicate/item', 'R1'],
      ['item scope (R1)', (i) => (i.items[0].scope = 'fire'), '$.items[0].scope', 'schema/invalid_value', 'R1'],
      ['item level (R18)', (i) => (i.items[0].level = 'province'), '$.items[0].level', 'schema/invalid_value', 'R18'],
      ['item importance (N6)', (i) => (i.items[0].importance = 'high'), '$.items[0].importance', 'schema/invalid_value', 'N6'],
      ['item industry (R2)', (i) => (i.items[1].industries = ['H', 'F13']), '$.items[1].industries[1]', 'industry/invalid', 'R2'],
      ['item of an unknown department (R1)', (i) => (i.items[0].department = 'tax'), '$.items[0].department', 'reference/department', 'R1'],
      ['joint list lead not among its departments (R16)', (i) => { i.jointLists[0].departments = ['health']; i.jointLists[0].items = ['health/hygiene']; }, '$.jointLists[0].lead', 'joint-list/lead-not-member', 'R16'],
      ['joint list of an unknown department (R16)', (i) => i.jointLists[0].departments.push('tax'), '$.jointLists[0].departments[2]', 'reference/department', 'R16'],
      ['joint list with an unknown item (R16)', (i) => i.jointLists[0].items.push('samr/ghost'), '$.jointLists[0].items[2]', 'reference/item', 'R16'],
      ['joint list item of a department not on it (R16)', (i) => { i.jointLists[0].departments = ['samr']; i.jointLists[0].items = ['samr/food', 'health/hygiene']; }, '$.jointLists[0].items[1]', 'joint-list/item-department', 'R16'],
      ['duplicate joint list (R16)', (i) => i.jointLists.push({ ...i.jointLists[0] }), '$.jointLists[1].id', 'duplicate/joint-list', 'R16'],
      ['history of an unknown enterprise (R20)', (i) => (i.history[0].enterprise = '91110000802100433B'), '$.history[0].enterprise', 'reference/enterprise', 'R20'],
      ['history of an unknown department (R20)', (i) => (i.history[0].departments = ['tax']), '$.history[0].departments[0]', 'reference/department', 'R20'],
      ['history reason (R20)', (i) => (i.history[0].reason = 'routine'), '$.history[0].reason', 'schema/invalid_value', 'R20'],
      ['ratio above 1 (R11)', (i) => (i.policy = { ...i.policy, ratios: { ...i.policy.ratios, D: 1.2 } }), '$.policy.ratios.D', 'schema/too_big', 'R11'],
      ['negative ratio (R5)', (i) => (i.policy = { ...i.policy, batchMinimumRatio: -0.01 }), '$.policy.batchMinimumRatio', 'schema/too_small', 'R5'],
      ['catch-up ratio above 1 (R6)', (i) => (i.policy = { ...i.policy, catchUp: { ratio: 3, minimum: 1 } }), '$.policy.catchUp.ratio', 'schema/too_big', 'R6'],
      ['joint-share target above 1 (R7)', (i) => (i.policy = { ...i.policy, jointShareTarget: 25 }), '$.policy.jointShareTarget', 'schema/too_big', 'R7'],
      ['rounding mode (R5)', (i) => (i.policy = { ...i.policy, rounding: 'banker' }), '$.policy.rounding', 'schema/invalid_value', 'R5'],
      ['team size zero (N1)', (i) => (i.policy = { ...i.policy, teamSize: 0 }), '$.policy.teamSize', 'policy/team-size', 'N1'],
      ['one-person teams (N1: two inspectors at least)', (i) => (i.policy = { ...i.policy, teamSize: 1 }), '$.policy.teamSize', 'policy/team-size', 'N1'],
      ['one-person escalated teams (N1)', (i) => (i.policy = { ...i.policy, escalatedTeamSize: 1 }), '$.policy.escalatedTeamSize', 'policy/team-size', 'N1'],
      ['escalated team smaller than the minimum (R9)', (i) => (i.policy = { ...i.policy, teamSize: 3, escalatedTeamSize: 2 }), '$.policy.escalatedTeamSize', 'policy/team-size', 'R9'],
      ['cap of an unknown department (N8)', (i) => (i.policy = { ...i.policy, caps: [{ department: 'tax', perYear: 2 }] }), '$.policy.caps[0].department', 'reference/department', 'N8'],
      ['exemption exception (R20)', (i) => (i.policy = { ...i.policy, sameYearExemption: { enabled: true, exceptions: ['random-ish'] } }), '$.policy.sameYearExemption.exceptions[0]', 'schema/invalid_value', 'R20'],
      ['empty window (R25)', (i) => { i.period.start = '2024-03-01'; i.period.end = '2024-02-01'; }, '$.period.end', 'period/empty-window', 'R25'],
      ['window outside its year (R25)', (i) => { i.period.start = '2024-12-01'; i.period.end = '2025-01-31'; }, '$.period.end', 'period/outside-year', 'R25'],
      ['batch beyond the policy (R5)', (i) => (i.period.batch = 5), '$.period.batch', 'period/batch', 'R5'],
      ['period date that does not exist (R25)', (i) => (i.period.end = '2024-04-31'), '$.period.end', 'date/invalid', 'R25'],
      ['missing version (R4)', (i) => delete i.versions.items, '$.versions.items', 'schema/invalid_type', 'R4'],
      ['unknown section (R4)', (i) => (i.enterprise = []), '$.enterprise', 'schema/unrecognized_keys', 'R4'],
    ];
    it.each(cases)('%s', (_name, edit, at, code, rule) => {
      expect(onlyIssue(edit, at)).toMatchObject({ at, code, rule });
    });
  });
});
