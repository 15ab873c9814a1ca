// The package's `#sha256` import gives node:crypto under the `node` condition and the library's
// JavaScript SHA-256 elsewhere (package.json "imports", #16). Both must give the same digests, the
// input digest included, and planDraw's digest (whose lines are written in its classification
// pass) must equal inputDigest's.
import { expect, test as plain } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Enterprise, PlanningInput, Uscc } from '../../src/index.js';
import { planDraw } from '../../src/index.js';
import { createSha256 as nativeSha256 } from '../../src/random/hash/node.js';
import { createSha256 as portableSha256 } from '../../src/random/hash/portable.js';
import { inputDigestUnchecked } from '../../src/random/inputDigest.js';
import { generateDirectory, generateEnterprises } from '../../src/testing/index.js';
import { USCC_ALPHABET, usccCheckCharacter } from '../../src/uscc/alphabet.js';
import { rightOf } from '../result.js';
import { reference } from './digestReference.js';

/** A message cut into pieces at the given points, each fed with an offset range or as a whole array. */
const pieces = fc.tuple(fc.uint8Array({ maxLength: 700 }), fc.array(fc.nat(), { maxLength: 6 }), fc.boolean());

test.prop([pieces], { numRuns: 500 })('node:crypto and the JavaScript hasher agree with @noble/hashes on any message in any pieces', ([bytes, cuts, ranges]) => {
  const points = [...new Set([0, ...cuts.map((c) => c % (bytes.length + 1)), bytes.length])].sort((a, b) => a - b);
  const digests = [nativeSha256(), portableSha256()].map((hash) => {
    for (let k = 0; k + 1 < points.length; k++) {
      const [from, to] = [points[k] as number, points[k + 1] as number];
      if (ranges) hash.update(bytes, from, to);
      else hash.update(bytes.slice(from, to));
    }
    return hash.hex();
  });
  expect(digests).toEqual([bytesToHex(sha256(bytes)), bytesToHex(sha256(bytes))]);
});

const template = generateDirectory({ size: 200, seed: 'hashes' });
const char = fc.constantFrom(...USCC_ALPHABET);
/** A valid code's first 17 characters (N10): positions 3–8, the region, are digits. */
const first17Of = (c: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(fc.array(c, { minLength: 2, maxLength: 2 }), fc.array(fc.constantFrom(...'0123456789'), { minLength: 6, maxLength: 6 }), fc.array(c, { minLength: 9, maxLength: 9 }))
    .map(([a, b, d]) => [...a, ...b, ...d].join(''));
const codes = fc.uniqueArray(first17Of(char), { maxLength: 200 })
  .map((list) => list.map((first17) => `${first17}${usccCheckCharacter(first17) ?? ''}` as Uscc));

test.prop([codes, fc.nat()], { numRuns: 300 })('the input digest is the same with either hasher, and planDraw records the same digest whatever the row order', (list, turn) => {
  const enterprises = list.map((uscc, i) => ({ ...(template.enterprises[i % template.enterprises.length] as Enterprise), uscc }));
  const input: PlanningInput = { ...template, enterprises };
  const expected = inputDigestUnchecked(input, undefined, portableSha256);
  expect(inputDigestUnchecked(input, undefined, nativeSha256)).toBe(expected);
  const k = enterprises.length === 0 ? 0 : turn % enterprises.length;
  const turned = { ...input, enterprises: [...enterprises.slice(k), ...enterprises.slice(0, k)].reverse() };
  expect(rightOf(planDraw(turned, { seed: 'hashes' })).record.inputDigest).toBe(expected);
});

plain('a directory larger than one page of lines (2^20 rows) and many hash chunks digests as the plain definition', () => {
  const size = (1 << 20) + 5;
  const shape = generateDirectory({ size: 0, seed: 'pages' });
  const enterprises = Array.from(generateEnterprises({ size, seed: 'pages' }));
  const input = { ...shape, enterprises };
  const native = inputDigestUnchecked(input, undefined, nativeSha256);
  expect(native).toBe(reference(input));
  expect(inputDigestUnchecked(input, undefined, portableSha256)).toBe(native);
  // The rows written in reverse land on the other side of the page boundary.
  expect(inputDigestUnchecked({ ...input, enterprises: enterprises.reverse() }, undefined, nativeSha256)).toBe(native);
}, 120_000);
