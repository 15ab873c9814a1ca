import { describe, expect, it } from 'vitest';
import { colourIndex, creditClassIndex, levelIndex, statusIndex } from '../../src/internal/fields.js';

// Validation and the draw's digest lines both read an enterprise's enumerated fields with these (R4);
// the indices are the order of the digest's letters (docs/draw-algorithm.md §2: A/B/C/D/U, R/Y/G/N, O/N/U, C/D/T).
describe('enumerated fields as indices', () => {
  it.each([
    ['creditClass', creditClassIndex, ['A', 'B', 'C', 'D', 'unrated']],
    ['colour', colourIndex, ['red', 'yellow', 'green', 'none']],
    ['operatingStatus', statusIndex, ['operating', 'not-operating', 'unreachable']],
    ['jurisdiction', levelIndex, ['city', 'district', 'town']],
  ] as const)('%s: each value its place, anything else −1', (_, index, values) => {
    expect(values.map((v) => index(v))).toEqual(values.map((_v, i) => i));
    for (const other of ['', 'a', 'E', 'Red', ' red', 'unrated ', 'not operating', 'City', 'U', 0, 1, null, undefined, true, {}, ['A'], new String('A')]) {
      expect(index(other)).toBe(-1);
    }
  });
});
