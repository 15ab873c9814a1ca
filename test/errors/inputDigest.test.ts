import { describe, expect, it } from 'vitest';
import { inputDigest } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { leftOf, rightOf } from '../result.js';

describe('inputDigest returns a Left on bad input, never throws (#14)', () => {
  it.each([undefined, null, 42, 'input', [], {}, { enterprises: [], policy: {} }])('refuses %o with a pointer to parsePlanningInput (R4)', (value) => {
    expect(leftOf(inputDigest(value as never)).issues).toEqual([expect.objectContaining({ code: 'input/not-validated', path: ['input'], at: '$.input', rule: 'R4' })]);
  });

  // Recorded with inputDigest as it was before it validated its argument (b1c2250~1), on this
  // input as generateDirectory makes it since its roster scales with the directory (#15).
  it('gives the same digest as before', () => {
    expect(rightOf(inputDigest(generateDirectory({ size: 100, seed: 'digest' })))).toBe('c395c4ba39b388638311d082471e6a0bea47d028d5be5821cde987ec7366a509');
  });
});
