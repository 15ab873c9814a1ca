import { describe, expect, it } from 'vitest';
import { drawSample, ticketOf } from '../../src/index.js';
import { leftOf, rightOf } from '../result.js';

const codes = ['91350100M000100Y43', '914403001922038216', '91110000802100433B'];

describe('ticketOf returns a Left on bad arguments, never throws (#14)', () => {
  it.each([undefined, null, 42, 20240105n, '', ' 2024', 'a\u200bb'])('refuses the seed %o (R27)', (seed) => {
    expect(leftOf(ticketOf(seed as never, codes[0] as string)).issues).toEqual([
      expect.objectContaining({ code: 'seed/invalid', path: ['seed'], at: '$.seed', rule: 'R27' }),
    ]);
  });

  it('refuses a code that is not a string as a programming error, and an invalid one with its own code (N10)', () => {
    const [issue] = leftOf(ticketOf('20240105', 42 as never)).issues;
    expect(issue).toMatchObject({ code: 'schema/invalid_type', path: ['uscc'], rule: 'N10' });
    expect(issue.message).toBe('expected a unified social credit code (a string), received number: a programming error in the caller');
    expect(leftOf(ticketOf('20240105', '91350100M000100Y44')).issues).toEqual([expect.objectContaining({ code: 'uscc/check-character', path: ['uscc'], rule: 'N10' })]);
    expect(leftOf(ticketOf('20240105', 'bad')).issues).toEqual([expect.objectContaining({ code: 'uscc/length', path: ['uscc'] })]);
  });

  it('reports both arguments at once', () => {
    expect(leftOf(ticketOf(undefined as never, undefined as never)).issues.map((i) => i.at)).toEqual(['$.seed', '$.uscc']);
  });

  it('gives the documented ticket', () => {
    expect(rightOf(ticketOf('20240105', '91350100M000100Y43'))).toBe('8f8a701f42ea53a9');
  });
});

describe('drawSample returns a Left on bad arguments, never throws (#14)', () => {
  it('refuses a bad seed (R27)', () => {
    expect(leftOf(drawSample(42 as never, codes, 1)).issues).toEqual([expect.objectContaining({ code: 'seed/invalid', path: ['seed'], rule: 'R27' })]);
  });

  it.each([undefined, null, 42, {}, 'codes'])('refuses codes %o that are not an array', (value) => {
    const [issue] = leftOf(drawSample('20240105', value as never, 1)).issues;
    expect(issue).toMatchObject({ code: 'schema/invalid_type', path: ['codes'], rule: 'R27' });
    expect(issue.message).toMatch(/programming error/);
  });

  it('refuses each bad code at its index: not a string, invalid, repeated, or a hole in a sparse array', () => {
    const sparse = [codes[0]];
    sparse[2] = codes[1];
    expect(leftOf(drawSample('20240105', sparse as string[], 1)).issues).toEqual([expect.objectContaining({ code: 'schema/invalid_type', path: ['codes', 1] })]);
    expect(leftOf(drawSample('20240105', [codes[0], 42, 'bad', codes[0]] as string[], 1)).issues).toEqual([
      expect.objectContaining({ code: 'schema/invalid_type', path: ['codes', 1], rule: 'N10' }),
      expect.objectContaining({ code: 'uscc/length', path: ['codes', 2], rule: 'N10' }),
      expect.objectContaining({ code: 'duplicate/uscc', path: ['codes', 3], rule: 'R2' }),
    ]);
  });

  it('bounds the issues of a hopeless list and counts the rest', () => {
    const error = leftOf(drawSample('20240105', Array.from({ length: 1_000 }, () => 'bad'), 1));
    expect(error.issues).toHaveLength(300);
    expect(error.omitted).toBe(700);
  });

  it.each([
    [-1, 'schema/too_small'], [1.5, 'schema/invalid_type'], [Number.NaN, 'schema/invalid_type'], [Infinity, 'schema/invalid_type'],
    [2 ** 53, 'schema/too_big'], ['2', 'schema/invalid_type'], [2n, 'schema/invalid_type'], [null, 'schema/invalid_type'],
  ])('refuses the quota k = %o (%s)', (k, code) => {
    expect(leftOf(drawSample('20240105', codes, k as never)).issues).toEqual([expect.objectContaining({ code, path: ['k'], at: '$.k', rule: 'R27' })]);
  });

  it('gives the same sample as before', () => {
    expect(rightOf(drawSample('20240105', codes, 2))).toEqual(['91110000802100433B', '91350100M000100Y43']);
    expect(rightOf(drawSample('20240105', [], 3))).toEqual([]);
    expect(rightOf(drawSample('20240105', codes, 0))).toEqual([]);
  });
});
