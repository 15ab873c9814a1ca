import { fc } from '@fast-check/vitest';
import { USCC_ALPHABET, usccCheckCharacter } from '../src/uscc/alphabet.js';

const alphabetChar = fc.constantFrom(...USCC_ALPHABET.split(''));
const digit = fc.constantFrom(...'0123456789'.split(''));

/** Any valid unified social credit code (N10): alphabet characters, digits in 3–8, right check. */
export const validUscc: fc.Arbitrary<string> = fc
  .tuple(fc.array(alphabetChar, { minLength: 2, maxLength: 2 }), fc.array(digit, { minLength: 6, maxLength: 6 }), fc.array(alphabetChar, { minLength: 9, maxLength: 9 }))
  .map(([head, division, organisation]) => {
    const first17 = [...head, ...division, ...organisation].join('');
    return first17 + (usccCheckCharacter(first17) ?? '');
  });

/**
 * The share (in %) of runs of `arb` that `classify` labels, by label, as `fc.statistics` reports
 * it with a fixed seed (so a generator check is deterministic): `shares(arb, f)('draws')`.
 */
export function shares<T>(arb: fc.Arbitrary<T>, classify: (value: T) => string | string[], numRuns = 300): (label: string) => number {
  const lines: string[] = [];
  fc.statistics(arb, classify, { numRuns, seed: 20_241_201, logger: (line) => lines.push(line) });
  return (label) => {
    // A line is the label, dots, the share: `draws........72.33%`.
    const line = lines.map((l) => l.trimStart()).find((l) => l.startsWith(label) && /^\.*\s*\d/.test(l.slice(label.length)));
    return Number(/(\d+(?:\.\d+)?)%$/.exec(line ?? '0%')?.[1] ?? 0);
  };
}
