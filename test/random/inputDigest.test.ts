import { expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Enterprise, Uscc } from '../../src/index.js';
import { inputDigest } from '../../src/random/inputDigest.js';
import { USCC_ALPHABET, usccCheckCharacter } from '../../src/uscc/alphabet.js';
import { generateDirectory } from '../../src/testing/index.js';
import { rightOf } from '../result.js';
import { reference } from './digestReference.js';

const template = generateDirectory({ size: 300, seed: 'digest-tests' });
const char = fc.constantFrom(...USCC_ALPHABET);
const tail = fc.array(char, { minLength: 17, maxLength: 17 }).map((cs) => cs.join(''));
// Valid codes (the digest is defined on validated input, whose 18th character follows from the
// others) that share a long prefix (as a district's do, so that the sort skips whole digits), or
// not, or a mix of the two.
const codes = fc.tuple(fc.nat(17), fc.uniqueArray(tail, { maxLength: 300 })).map(([shared, list]) => {
  const prefix = (list[0] ?? '').slice(0, shared);
  const first17 = new Set(list.map((code, i) => (i % 3 === 2 ? code : prefix + code.slice(shared))));
  return [...first17].map((code) => `${code}${usccCheckCharacter(code) ?? ''}`);
});

test.prop([codes, fc.nat()], { numRuns: 1000 })('equals SHA-256 of the documented text, whatever the codes and the order of the rows', (list, rotation) => {
  const enterprises = list.map((uscc, i) => ({ ...(template.enterprises[i % template.enterprises.length] as Enterprise), uscc: uscc as Uscc }));
  const input = { ...template, enterprises };
  const expected = reference(input);
  expect(rightOf(inputDigest(input))).toBe(expected);
  const turn = enterprises.length === 0 ? 0 : rotation % enterprises.length;
  const turned = [...enterprises.slice(turn), ...enterprises.slice(0, turn)].reverse();
  expect(rightOf(inputDigest({ ...input, enterprises: turned }))).toBe(expected);
});
