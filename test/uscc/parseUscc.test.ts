import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { isValidUscc, normalizeUscc, parseUscc } from '../../src/index.js';
import { USCC_ALPHABET } from '../../src/uscc/alphabet.js';
import { validUscc } from '../arbitraries.js';

const EXAMPLES = ['91350100M000100Y43', '914403001922038216', '91110000802100433B'] as const;

describe('parseUscc (N10)', () => {
  it.each(EXAMPLES)('accepts the valid example %s from DOMAIN.md', (code) => {
    expect(parseUscc(code)).toEqual({ _tag: 'Right', right: code });
    expect(isValidUscc(code)).toBe(true);
  });

  it('reports a wrong length, and hints at white space', () => {
    expect(parseUscc('9135010')).toMatchObject({ _tag: 'Left', left: { code: 'uscc/length', rule: 'N10' } });
    const padded = parseUscc(' 91350100M000100Y43');
    expect(padded._tag === 'Left' && padded.left.message).toContain('white space');
  });

  it.each(['I', 'O', 'S', 'V', 'Z', '-', '中'])('reports the forbidden character %s with its position', (bad) => {
    const code = `91350100M000100Y4${bad}`;
    expect(parseUscc(code)).toMatchObject({ _tag: 'Left', left: { code: 'uscc/forbidden-character', position: 18, found: bad } });
  });

  it('reports lower case instead of accepting it, and normalizeUscc accepts it deliberately', () => {
    expect(parseUscc('91350100m000100Y43')).toMatchObject({ _tag: 'Left', left: { code: 'uscc/lowercase', position: 9, found: 'm' } });
    expect(isValidUscc('91110000802100433b')).toBe(false);
    expect(normalizeUscc(' 91110000802100433b ')).toEqual({ _tag: 'Right', right: '91110000802100433B' });
    expect(normalizeUscc('91110000802100433C')._tag).toBe('Left');
  });

  it('reports a non-digit administrative division code (positions 3–8)', () => {
    expect(parseUscc('9135A100M000100Y43')).toMatchObject({ _tag: 'Left', left: { code: 'uscc/division', position: 5, found: 'A' } });
  });

  it('reports a wrong check character with the expected one', () => {
    expect(parseUscc('91350100M000100Y44')).toMatchObject({
      _tag: 'Left',
      left: { code: 'uscc/check-character', position: 18, expected: '3', found: '4' },
    });
  });

  it('reports a non-string as data, without throwing', () => {
    expect(parseUscc(null as unknown as string)).toMatchObject({ _tag: 'Left', left: { code: 'uscc/type' } });
    expect(isValidUscc(42 as unknown as string)).toBe(false);
  });

  test.prop([validUscc], { numRuns: 1000 })('every generated valid code passes', (code) => {
    expect(parseUscc(code)._tag).toBe('Right');
    expect(isValidUscc(code)).toBe(true);
  });

  test.prop([validUscc, fc.nat(17), fc.nat(USCC_ALPHABET.length - 1)], { numRuns: 1000 })(
    'every single-character change of a valid code fails',
    (code, position, replacement) => {
      const original = code.charAt(position);
      let char = USCC_ALPHABET.charAt(replacement);
      if (char === original) char = USCC_ALPHABET.charAt((replacement + 1) % USCC_ALPHABET.length);
      const changed = code.slice(0, position) + char + code.slice(position + 1);
      expect(isValidUscc(changed)).toBe(false);
      expect(parseUscc(changed)._tag).toBe('Left');
    },
  );

  test.prop([fc.string({ maxLength: 24 })], { numRuns: 1000 })('isValidUscc agrees with parseUscc on any string', (text) => {
    expect(isValidUscc(text)).toBe(parseUscc(text)._tag === 'Right');
  });
});
