import { describe, expect, it } from 'vitest';
import { defaultDraws } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { leftOf, rightOf } from '../result.js';
import { fingerprint } from './golden.js';

describe('defaultDraws returns a Left on bad input, never throws (#14)', () => {
  it.each([undefined, null, 42, 'input', [], {}, { enterprises: [] }])('refuses %o with a pointer to parsePlanningInput (R4)', (value) => {
    const error = leftOf(defaultDraws(value as never));
    expect(error.issues).toEqual([expect.objectContaining({ code: 'input/not-validated', path: ['input'], at: '$.input', rule: 'R4' })]);
    expect(error.issues[0].message).toMatch(/parsePlanningInput/);
  });

  it('gives the same draws as before for a valid input', () => {
    const draws = rightOf(defaultDraws(generateDirectory({ size: 100, seed: 'draws' })));
    expect(draws.map((d) => d.id)).toEqual(['joint/H', 'joint/P', 'joint/R', 'joint/G54', 'joint/F52', 'general']);
    expect(fingerprint(draws)).toBe('95057ac83d1028c0');
  });
});
