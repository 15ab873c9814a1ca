/**
 * Functions that take a validated planning input refuse a raw or garbage one with a Left that
 * points to parsePlanningInput, instead of a crash deep inside (#14).
 */
import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../src/testing/index.js';
import { annualPlan, checkSheet, countShard, drawShard, highRiskDraws, keyIndustryLists, planDraw, planPeriod, publicationRecords, shardMembers, splitQuotas } from '../../src/index.js';

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
