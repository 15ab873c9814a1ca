import { describe, expect, it } from 'vitest';
import { isExempt, yongchuanPolicy, type InspectionRecord, type IsoDate, type Uscc } from '../../src/index.js';
import { leftOf, rightOf } from '../result.js';

const uscc = '91350100M000100Y43' as Uscc;
const history: InspectionRecord[] = [{
  enterprise: uscc, date: '2024-03-12' as IsoDate, departments: ['samr'] as never, itemKinds: ['food-safety'],
  joint: true, unified: false, reason: 'random',
}];
const query = { enterprise: uscc, kind: 'food-safety', date: '2024-06-01' as IsoDate, reason: 'random' as const };
const rule = yongchuanPolicy.sameYearExemption;

describe('isExempt returns a Left on bad arguments, never throws (#14)', () => {
  it.each([undefined, null, 42, 'query'])('refuses a query %o: a programming error', (value) => {
    const [issue] = leftOf(isExempt(value as never, history, rule)).issues;
    expect(issue).toMatchObject({ code: 'schema/invalid_type', path: ['query'], at: '$.query', rule: 'R20' });
    expect(issue.message).toMatch(/programming error/);
  });

  it('checks each field of the query: the code (N10), the date, a misspelt key with a suggestion', () => {
    expect(leftOf(isExempt({ ...query, enterprise: 'bad' as Uscc }, history, rule)).issues).toEqual([
      expect.objectContaining({ code: 'uscc/length', path: ['query', 'enterprise'], rule: 'N10' }),
    ]);
    expect(leftOf(isExempt({ ...query, date: '2024/06/01' as IsoDate }, history, rule)).issues).toEqual([
      expect.objectContaining({ code: 'date/invalid', path: ['query', 'date'], at: '$.query.date', rule: 'R20' }),
    ]);
    const { kind: _kind, ...rest } = query;
    expect(leftOf(isExempt({ ...rest, knd: 'food-safety' } as never, history, rule)).issues).toEqual([
      expect.objectContaining({ code: 'schema/misspelt-key', path: ['query', 'knd'], suggestion: 'kind', rule: 'R20' }),
    ]);
    expect(leftOf(isExempt({ ...query, reason: 'whim' } as never, history, rule)).issues).toEqual([
      expect.objectContaining({ code: 'schema/invalid_value', path: ['query', 'reason'] }),
    ]);
  });

  it('checks the history as parsePlanningInput checks it, at paths under history', () => {
    const [issue] = leftOf(isExempt(query, null as never, rule)).issues;
    expect(issue).toMatchObject({ code: 'schema/invalid_type', path: ['history'], rule: 'R20' });
    expect(issue.message).toMatch(/expected an array of inspection records, received null: a programming error/);
    expect(leftOf(isExempt(query, [42] as never, rule)).issues).toEqual([expect.objectContaining({ code: 'schema/invalid_type', path: ['history', 0] })]);
    expect(leftOf(isExempt(query, [{ ...history[0], date: '2024-02-30' }] as never, rule)).issues).toEqual([
      expect.objectContaining({ code: 'date/invalid', path: ['history', 0, 'date'] }),
    ]);
  });

  it('checks the rule strictly, with a suggestion for a misspelt key', () => {
    expect(leftOf(isExempt(query, history, 42 as never)).issues).toEqual([expect.objectContaining({ code: 'schema/invalid_type', path: ['rule'], rule: 'R20' })]);
    expect(leftOf(isExempt(query, history, { enabled: true, exeptions: [] } as never)).issues).toEqual([
      expect.objectContaining({ code: 'schema/misspelt-key', path: ['rule', 'exeptions'], suggestion: 'exceptions' }),
    ]);
  });

  it('reports every bad argument at once', () => {
    expect(leftOf(isExempt(undefined as never, undefined as never, undefined as never)).issues.map((i) => i.at)).toEqual(['$.query', '$.history', '$.rule']);
  });

  it('gives the same answers as before on good arguments', () => {
    expect(rightOf(isExempt(query, history, rule))).toEqual({ exempt: true, rule: 'R20', why: 'a joint inspection on 2024-03-12 covered "food-safety"', record: history[0] });
    expect(rightOf(isExempt(query, history, rule)).record).toBe(history[0]);
    expect(rightOf(isExempt({ ...query, reason: 'complaint' }, history, rule))).toEqual({ exempt: false, rule: 'R20', why: 'a complaint is never exempt' });
    expect(rightOf(isExempt(query, [], rule))).toEqual({ exempt: false, rule: 'R20', why: 'no joint or unified inspection of kind "food-safety" earlier in 2024' });
    expect(rightOf(isExempt(query, history, { enabled: false, exceptions: [] }))).toEqual({ exempt: false, rule: 'R20', why: 'the policy does not apply the same-year exemption' });
  });
});
