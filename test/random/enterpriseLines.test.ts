import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { EnterpriseLines } from '../../src/random/enterpriseLines.js';
import { isValidUscc } from '../../src/uscc/isValidUscc.js';
import { usccCheckCharacter } from '../../src/uscc/alphabet.js';
import { generateEnterprises } from '../../src/testing/index.js';
import { shares, validUscc } from '../arbitraries.js';

const [row] = [...generateEnterprises({ size: 1, seed: 'lines' })];

/** A valid code with one character replaced: a letter where a digit must be, lower case, I O S V Z, non-ASCII, a wrong check character. */
const changed = fc
  .tuple(validUscc, fc.nat({ max: 17 }), fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXYaxIOSVZ１Ａ€\u0000'.split('')), fc.boolean())
  .map(([code, at, c, recheck]) => {
    const first17 = (code.slice(0, at) + c + code.slice(at + 1)).slice(0, 17);
    // With the check character recomputed, only the rule the change breaks (a letter among the digits, a character outside the alphabet) makes the code invalid.
    const check = recheck && at < 17 ? usccCheckCharacter(first17) : undefined;
    return { code: check === undefined ? code.slice(0, at) + c + code.slice(at + 1) : first17 + check, at };
  });
const nearlyValid = fc.oneof(validUscc.map((code) => ({ code, at: -1 })), changed, changed);

describe('EnterpriseLines.write checks the code it packs (N10, R4)', () => {
  test.prop([nearlyValid], { numRuns: 3000 })('accepts a row exactly when its code is a valid USCC', ({ code }) => {
    const lines = new EnterpriseLines(1);
    expect(lines.write({ ...row, uscc: code }, 0)).toBe(isValidUscc(code));
  });

  test('the generator reaches valid codes and codes broken in the head, the digits, the organisation code and the check character', () => {
    const kind = ({ code, at }: { code: string; at: number }): string =>
      isValidUscc(code) ? 'valid' : at < 2 ? 'broken head' : at < 8 ? 'broken digits' : at < 17 ? 'broken organisation' : 'broken check';
    const share = shares(nearlyValid, kind, 1000);
    expect(share('valid')).toBeGreaterThan(20);
    for (const broken of ['broken head', 'broken digits', 'broken organisation', 'broken check']) expect(share(broken)).toBeGreaterThan(3);
  });
});
