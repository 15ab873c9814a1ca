import { describe, expect, it } from 'vitest';
import { inputDigest } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { leftOf, rightOf } from '../result.js';

describe('inputDigest returns a Left on bad input, never throws (#14)', () => {
  it.each([undefined, null, 42, 'input', [], {}, { enterprises: [], policy: {} }])('refuses %o with a pointer to parsePlanningInput (R4)', (value) => {
    expect(leftOf(inputDigest(value as never)).issues).toEqual([expect.objectContaining({ code: 'input/not-validated', path: ['input'], at: '$.input', rule: 'R4' })]);
  });

  it('gives the same digest as before', () => {
    expect(rightOf(inputDigest(generateDirectory({ size: 100, seed: 'digest' })))).toBe('0d83d0a8799109fab8d6ff83ac6ab7ad0b25a03ea52f50ecdd24970353ba4938');
  });
});
