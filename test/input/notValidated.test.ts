/**
 * Functions that take a validated planning input refuse a raw or garbage one with a Left that
 * points to parsePlanningInput, instead of a crash deep inside (#14).
 */
import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../src/testing/index.js';
import { annualPlan, checkSheet, countShard, drawShard, highRiskDraws, inputDigest, keyIndustryLists, planDraw, planPeriod, publicationRecords, shardMembers, splitQuotas } from '../../src/index.js';

const garbage: unknown[] = [undefined, null, 42, 'input', [], {}, { enterprises: [] }];
// A validated input with an array where an object section belongs (third outside review).
const valid = generateDirectory({ size: 10, seed: 'arrays' });
garbage.push({ ...valid, policy: [] }, { ...valid, period: [] }, { ...valid, versions: [] });
const calls: [string, (input: never) => { _tag: string; left?: { issues: readonly { at: string; code: string; message: string }[] } }][] = [
  ['planDraw', (input) => planDraw(input, { seed: 's' })],
  ['planPeriod', (input) => planPeriod(input, { seed: 's' })],
  ['countShard', (input) => countShard(input, { seed: 's' })],
  ['drawShard', (input) => drawShard(input, { seed: 's' }, {} as never)],
  ['shardMembers', (input) => shardMembers(input)],
  ['annualPlan', (input) => annualPlan(input, { year: 2025 })],
  ['highRiskDraws', (input) => highRiskDraws(input, [])],
  ['keyIndustryLists', (input) => keyIndustryLists(input, [])],
  ['splitQuotas', (input) => splitQuotas([], input)],
  ['checkSheet', (input) => checkSheet({} as never, input)],
];

describe('a raw or garbage input is refused, never a crash (#14)', () => {
  for (const [name, call] of calls) {
    it(`${name} points to parsePlanningInput`, () => {
      for (const input of garbage) {
        const result = call(input as never);
        expect(result._tag, `${name}(${JSON.stringify(input)})`).toBe('Left');
        expect(result.left?.issues.map((i) => [i.at, i.code])).toEqual([['$.input', 'input/not-validated']]);
        expect(result.left?.issues[0]?.message).toContain('parsePlanningInput');
      }
    });
  }

  it('publicationRecords points to parsePlanningInput for a raw options.input', () => {
    const result = publicationRecords({} as never, [], { input: {} as never, seed: 's', triggered: [], asOf: '2024-12-31' as never });
    expect(result._tag === 'Left' && result.left.issues.map((i) => [i.at, i.code])).toEqual([['$.options.input', 'input/not-validated']]);
  });
});

describe('a history record with holes in its lists is refused, never a crash (R4; review of #25)', () => {
  // JSON has no holes, so no parsed input has them; `every` skips them, so a check built on it let them through.
  const holed = generateDirectory({ size: 2_000, seed: 'holes', year: 2024, batch: 3 });
  const first = holed.history[0];
  if (first === undefined) throw new Error('the example needs history');
  // eslint-disable-next-line no-sparse-arrays
  for (const [field, list] of [['departments', [, first.departments[0]]], ['itemKinds', [, 'samr:registration']]] as const) {
    it(`${field} with a hole`, () => {
      const input = { ...holed, history: [{ ...first, [field]: list }, ...holed.history.slice(1)] };
      for (const result of [planDraw(input as never, { seed: 's' }), inputDigest(input as never), planPeriod(input as never, { seed: 's' })]) {
        expect(result._tag).toBe('Left');
        if (result._tag === 'Left') expect(result.left.issues.map((i) => [i.at, i.code])).toEqual([['$.input.history[0]', 'input/not-validated']]);
      }
    });
  }
});
