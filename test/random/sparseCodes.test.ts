// SparseCodes (the draw's lookup of this year's earlier records, R8/R20) against a plain Map: the
// same answer for every valid code, asked with the tail key the draw computes while writing the
// row's digest line (EnterpriseLines) or from the code itself.
import { expect, test as plain } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { SparseCodes, tailKey } from '../../src/random/sparseCodes.js';
import { EnterpriseLines } from '../../src/random/enterpriseLines.js';
import { generateEnterprises } from '../../src/testing/index.js';
import { USCC_ALPHABET, usccCheckCharacter } from '../../src/uscc/alphabet.js';

const char = fc.constantFrom(...USCC_ALPHABET);

/** Valid codes (N10), often sharing all but their last characters, as a district's do. */
const code = fc.tuple(fc.constantFrom('91500118', '92350100'), fc.array(char, { minLength: 9, maxLength: 9 }))
  .map(([head, body]) => `${head}${body.join('')}`)
  .map((first17) => `${first17}${usccCheckCharacter(first17) ?? ''}`);
/** Strings that are not valid codes: too short, lower case, outside the alphabet. */
const junk = fc.oneof(fc.string({ maxLength: 20 }), code.map((c) => c.toLowerCase()), code.map((c) => `${c.slice(0, 13)}I${c.slice(14)}`));

test.prop([fc.array(fc.tuple(fc.oneof(code, junk), fc.nat(3)), { maxLength: 200 }), fc.array(fc.oneof(code, junk), { maxLength: 200 })], { numRuns: 1000 })('finds what a Map finds for valid codes, and never a code that is not valid', (items, asked) => {
  const sparse = SparseCodes.group(items, ([c]) => c);
  const groups = new Map<string, [string, number][]>();
  for (const item of items) groups.set(item[0], [...(groups.get(item[0]) ?? []), item]);
  for (const c of [...asked, ...items.map(([c]) => c)]) {
    const key = tailKey(c);
    const expected = key < 0 ? undefined : groups.get(c);
    expect(key < 0 ? undefined : sparse.get(c, key)).toEqual(expected);
  }
  expect(sparse.size).toBe([...groups.keys()].filter((c) => tailKey(c) >= 0).length);
});

plain('the generators reach hits, misses, invalid codes and codes asked that are absent', () => {
  const codes = fc.sample(fc.oneof(code, junk), { numRuns: 2000, seed: 25 });
  expect(codes.filter((c) => tailKey(c) >= 0).length).toBeGreaterThan(500);
  expect(codes.filter((c) => tailKey(c) < 0).length).toBeGreaterThan(500);
});

plain('the tail key is the last part of the sort key EnterpriseLines writes for a row', () => {
  const rows = [...generateEnterprises({ size: 2000, seed: 'tail' })];
  const lines = new EnterpriseLines(rows.length);
  rows.forEach((e, i) => expect(lines.write(e, i)).toBe(true));
  rows.forEach((e, i) => expect(lines.tailKey(i)).toBe(tailKey(e.uscc)));
});

plain('a directory of 10^5 codes with 2 500 of them in the map: every answer equals the Map\'s, and few misses reach the Map', () => {
  const rows = [...generateEnterprises({ size: 100_000, seed: 'sparse' })].map((e) => e.uscc);
  const wanted = new Map(rows.filter((_, i) => i % 40 === 0).map((c) => [c, [c]]));
  const sparse = SparseCodes.group(wanted.keys(), (c) => c);
  let found = 0;
  for (const c of rows) {
    const got = sparse.get(c, tailKey(c));
    expect(got?.[0]).toBe(wanted.get(c)?.[0]);
    if (got !== undefined) found++;
  }
  expect(found).toBe(wanted.size);
});
