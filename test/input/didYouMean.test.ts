/**
 * Misspelt keys are errors with a "did you mean" suggestion, in options and input rows alike; a
 * misspelt column that explains a missing one gives one issue, not two (issue #14, first step).
 */
import { describe, expect, it } from 'vitest';
import { parsePlanningInput, planDraw, planPeriod, type InputIssue } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';

const input = generateDirectory({ size: 60, seed: 'did-you-mean', inspectorsPerDepartment: 2 });
const raw = JSON.parse(JSON.stringify(input)) as Record<string, unknown> & { enterprises: Record<string, unknown>[]; policy: Record<string, unknown> };
const issuesOf = (result: { _tag: 'Left'; left: { issues: readonly InputIssue[] } } | { _tag: 'Right' }): readonly InputIssue[] => (result._tag === 'Left' ? result.left.issues : []);
const brief = (i: InputIssue) => [i.at, i.code, 'suggestion' in i ? i.suggestion : undefined];

describe('did you mean (#14)', () => {
  it('names a misspelt option of planDraw and planPeriod, with the key it meant', () => {
    expect(issuesOf(planDraw(input, { seed: 's', drwas: [] } as never)).map(brief)).toEqual([['$.options.drwas', 'schema/unrecognized_keys', 'draws']]);
    expect(issuesOf(planPeriod(input, { seed: 's', trigered: [] } as never)).map(brief)).toEqual([['$.options.trigered', 'schema/unrecognized_keys', 'triggered']]);
    expect(issuesOf(planPeriod(input, { seed: 's', calender: {} } as never)).map(brief)).toEqual([['$.options.calender', 'schema/unrecognized_keys', 'calendar']]);
    const draw = { id: 'x', departments: ['samr'], kinds: ['samr:registration'], filter: { industry: ['H'] } };
    expect(issuesOf(planDraw(input, { seed: 's', draws: [draw] } as never)).map(brief)).toEqual([['$.options.draws[0].filter.industry', 'schema/unrecognized_keys', 'industries']]);
  });

  it('gives one issue for a misspelt required policy key: the unknown key, the missing one it meant', () => {
    const { batchesPerYear, ...policy } = raw.policy;
    const issues = issuesOf(parsePlanningInput({ ...raw, policy: { ...policy, batchesPerYaer: batchesPerYear } }));
    expect(issues.map(brief)).toEqual([['$.policy.batchesPerYaer', 'schema/misspelt-key', 'batchesPerYear']]);
    expect(issues[0]?.message).toContain('did you mean "batchesPerYear"');
  });

  it('gives one issue for a misspelt enterprise column, even when the row has as many keys as a good one', () => {
    const { creditClass, ...row } = raw.enterprises[0]!;
    const issues = issuesOf(parsePlanningInput({ ...raw, enterprises: [{ ...row, creditClas: creditClass }, ...raw.enterprises.slice(1)] }));
    expect(issues.map(brief)).toEqual([['$.enterprises[0].creditClas', 'schema/misspelt-key', 'creditClass']]);
  });

  it('lists the known keys when nothing is close, and keeps reporting a missing key that no unknown key explains', () => {
    const { colour: _colour, ...row } = raw.enterprises[0]!;
    const issues = issuesOf(parsePlanningInput({ ...raw, enterprises: [{ ...row, zzzzzz: 1 }, ...raw.enterprises.slice(1)] }));
    expect(issues.map((i) => [i.at, i.code])).toEqual(expect.arrayContaining([['$.enterprises[0].zzzzzz', 'schema/unrecognized_keys'], ['$.enterprises[0].colour', 'schema/invalid_value']]));
    expect(issues.find((i) => i.at === '$.enterprises[0].zzzzzz')?.message).toContain('creditClass');
  });

  it('hints at the common mistakes: a percentage written as a whole number, a date with slashes, a full-width character in a USCC', () => {
    const ratios = { ...(raw.policy['ratios'] as object), B: 4 };
    const ratio = issuesOf(parsePlanningInput({ ...raw, policy: { ...raw.policy, ratios } }));
    expect(ratio.map((i) => i.at)).toEqual(['$.policy.ratios.B']);
    expect(ratio[0]?.message).toContain('0.04');
    const [first, ...rest] = raw.enterprises;
    const date = issuesOf(parsePlanningInput({ ...raw, enterprises: [{ ...first, registeredOn: '2020/05/01' }, ...rest] }));
    expect(date.map((i) => i.at)).toEqual(['$.enterprises[0].registeredOn']);
    expect(date[0]?.message).toContain('2020-05-01');
    const uscc = String(first!['uscc']);
    const wide = uscc.slice(0, 17).replace(/[A-Z0-9]$/, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) + uscc.slice(17);
    const width = issuesOf(parsePlanningInput({ ...raw, enterprises: [{ ...first, uscc: wide }, ...rest] }));
    expect(width[0]?.at).toBe('$.enterprises[0].uscc');
    expect(width[0]?.message).toContain('full-width');
  });

  describe('a third outside review', () => {
    it('merges a misspelt key with the missing key it meant even when that key has a custom check (ids, dates)', () => {
      const lists = raw['jointLists'] as Record<string, unknown>[];
      const { lead, ...list } = lists[0]!;
      const leed = issuesOf(parsePlanningInput({ ...raw, jointLists: [{ ...list, leed: lead }, ...lists.slice(1)] }));
      expect(leed.map(brief)).toEqual([['$.jointLists[0].leed', 'schema/misspelt-key', 'lead']]);
      const { start, ...period } = raw['period'] as Record<string, unknown>;
      const strat = issuesOf(parsePlanningInput({ ...raw, period: { ...period, strat: start } }));
      expect(strat.map(brief)).toEqual([['$.period.strat', 'schema/misspelt-key', 'start']]);
    });

    it('suggests a section for a misspelt section, as one issue', () => {
      const { policy, ...rest } = raw;
      expect(issuesOf(parsePlanningInput({ ...rest, polcy: policy })).map(brief)).toEqual([['$.polcy', 'schema/misspelt-key', 'policy']]);
    });

    it('never suggests a key that is already there, nor anything for a key of one or two letters', () => {
      const [first, ...rest] = raw.enterprises;
      const twice = issuesOf(parsePlanningInput({ ...raw, enterprises: [{ ...first, creditClas: 'A' }, ...rest] }));
      expect(twice.map(brief)).toEqual([['$.enterprises[0].creditClas', 'schema/unrecognized_keys', undefined]]);
      const ratios = { ...(raw.policy['ratios'] as object), E: 0.1 };
      expect(issuesOf(parsePlanningInput({ ...raw, policy: { ...raw.policy, ratios } })).map(brief)).toEqual([['$.policy.ratios.E', 'schema/unrecognized_keys', undefined]]);
    });

    it('reads only whole numbers above 1 as percentages, for every share', () => {
      const near = issuesOf(parsePlanningInput({ ...raw, policy: { ...raw.policy, ratios: { ...(raw.policy['ratios'] as object), A: 1.0001 } } }));
      expect(near[0]?.message).not.toContain('%');
      const flying = issuesOf(parsePlanningInput({ ...raw, policy: { ...raw.policy, flyingItemShare: 50 } }));
      expect(flying[0]?.message).toContain('0.5');
    });
  });
});

describe('a misspelt key inside a union (the black-list rule, a finding) is named, not only "matches no form"', () => {
  it('policy.blackList with "covrage"', () => {
    const issues = issuesOf(parsePlanningInput({ ...raw, policy: { ...raw.policy, blackList: { covrage: 'full' } } }));
    expect(issues.map(brief)).toEqual([['$.policy.blackList.covrage', 'schema/misspelt-key', 'coverage']]);
  });

  it('a finding of escalate with "outcom"', async () => {
    const { escalate } = await import('../../src/index.js');
    const food = input.items[0]!;
    const result = escalate(
      {
        enterprise: input.enterprises[0]!.uscc, date: '2024-09-27', reason: 'complaint', lead: food.department, departments: [food.department],
        contact: 'operating', findings: [{ item: food.id, outcom: 'violation', severity: 'general', spread: 'single' }],
      },
      { creditClass: 'B', items: [food] },
    );
    expect(result._tag === 'Left' ? result.left.issues.map(brief) : []).toEqual([['$.findings[0].outcom', 'schema/misspelt-key', 'outcome']]);
  });
});
