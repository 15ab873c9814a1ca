// An input that is not what parsePlanningInput returned, row by row (#16 review): a spread copy
// with a null row, a misspelt class or a lower-case code. Every function that takes a validated
// input must refuse it with a Left naming the row and field, never throw, and never hash it as
// another valid value (a class "E" digested as "A" would let two directories share one digest).
import { describe, expect, it } from 'vitest';
import { annualPlan, countShard, inputDigest, parsePlanningInput, planDraw, planPeriod, shardMembers, verifyDraw, type PlanningInput } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { rightOf } from '../result.js';

const valid = rightOf(parsePlanningInput(JSON.parse(JSON.stringify(generateDirectory({ size: 300, seed: 'rows' })))));
const first = valid.enterprises[0] as PlanningInput['enterprises'][number];
const record = valid.history[0];

const broken: [string, PlanningInput, string][] = [
  ['a null enterprise', { ...valid, enterprises: [...valid.enterprises, null as never] }, '.enterprises[300]'],
  ['class "E"', { ...valid, enterprises: [{ ...first, creditClass: 'E' as never }, ...valid.enterprises.slice(1)] }, '.enterprises[0].creditClass'],
  ['a lower-case code', { ...valid, enterprises: [{ ...first, uscc: first.uscc.toLowerCase() as never }, ...valid.enterprises.slice(1)] }, '.enterprises[0].uscc'],
  ['a four-character industry', { ...valid, enterprises: [{ ...first, industry: 'F521' as never }, ...valid.enterprises.slice(1)] }, '.enterprises[0].industry'],
  ['a seven-digit region', { ...valid, enterprises: [{ ...first, region: '3501001' }, ...valid.enterprises.slice(1)] }, '.enterprises[0].region'],
  ['no registration date', { ...valid, enterprises: [{ ...first, registeredOn: undefined as never }, ...valid.enterprises.slice(1)] }, '.enterprises[0].registeredOn'],
  ['a string white list', { ...valid, enterprises: [{ ...first, whiteList: 'no' as never }, ...valid.enterprises.slice(1)] }, '.enterprises[0].whiteList'],
  ['a null history record', { ...valid, history: [null as never] }, '.history[0]'],
  ['a history record without a date', { ...valid, history: [{ ...(record ?? {}), enterprise: first.uscc, date: undefined } as never] }, '.history[0]'],
  ['a null inspector', { ...valid, inspectors: [...valid.inspectors, null as never] }, `.inspectors[${valid.inspectors.length}]`],
  ['a null department', { ...valid, departments: [null as never, ...valid.departments] }, '.departments[0]'],
  ['a null item', { ...valid, items: [null as never, ...valid.items] }, '.items[0]'],
  ['a null joint list', { ...valid, jointLists: [null as never] }, '.jointLists[0]'],
];

const calls: [string, (input: PlanningInput) => unknown][] = [
  ['inputDigest', (input) => inputDigest(input)],
  ['planDraw', (input) => planDraw(input, { seed: 's' })],
  ['planPeriod', (input) => planPeriod(input, { seed: 's' })],
  ['countShard', (input) => countShard(input, { seed: 's' })],
  ['shardMembers', (input) => shardMembers(input)],
  ['annualPlan', (input) => annualPlan(input, { year: input.period.year })],
];

describe('a validated input whose rows were changed afterwards is refused, not drawn', () => {
  for (const [what, input, at] of broken) {
    for (const [name, call] of calls) {
      it(`${name}: ${what}`, () => {
        let result: unknown;
        expect(() => (result = call(input))).not.toThrow();
        const left = (result as { _tag: string; left?: { issues?: { code: string; at: string }[] } });
        expect(left._tag).toBe('Left');
        expect(left.left?.issues?.[0]).toMatchObject({ code: 'input/not-validated', at: expect.stringContaining(at) as string });
      });
    }
    it(`verifyDraw: ${what}`, () => {
      const record = rightOf(planDraw(valid, { seed: 's' })).record;
      const verdict = verifyDraw(record, input, { seed: 's' });
      expect(verdict.valid).toBe(false);
    });
  }
  it('the parsed input itself passes every one of them', () => {
    for (const [, call] of calls) expect((call(valid) as { _tag: string })._tag).toBe('Right');
  });
});
