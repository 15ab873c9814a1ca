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
