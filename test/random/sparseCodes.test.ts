// SparseCodes (the draw's lookup of this year's earlier records, R8/R20) against a plain Map: the
// same answer for every valid code, asked by the code's parts as the draw has them from writing
// the row's digest line (EnterpriseLines.partsOf) or computes them from the code (codeParts).
import { expect, test as plain } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { codeParts, SparseCodes } from '../../src/random/sparseCodes.js';
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

/** The value SparseCodes gives for a string, or undefined when the string has no parts. */
function ask<T>(sparse: SparseCodes<T>, c: string): T | undefined {
  const parts = new Uint32Array(3);
  return codeParts(c, parts) ? sparse.get(parts[0] as number, parts[1] as number, parts[2] as number) : undefined;
}

test.prop([fc.array(fc.tuple(fc.oneof(code, junk), fc.nat(3)), { maxLength: 200 }), fc.array(fc.oneof(code, junk), { maxLength: 200 })], { numRuns: 1000 })('finds what a Map finds for valid codes, and never a code that is not valid', (items, asked) => {
  const sparse = SparseCodes.group(items, ([c]) => c);
  const groups = new Map<string, [string, number][]>();
  for (const item of items) groups.set(item[0], [...(groups.get(item[0]) ?? []), item]);
  const valid = (c: string): boolean => codeParts(c, new Uint32Array(3));
  for (const c of [...asked, ...items.map(([x]) => x)]) expect(ask(sparse, c)).toEqual(valid(c) ? groups.get(c) : undefined);
  expect(sparse.size).toBe([...groups.keys()].filter(valid).length);
});

plain('the generators reach valid and invalid codes in numbers', () => {
  const codes = fc.sample(fc.oneof(code, junk), { numRuns: 2000, seed: 25 });
  const valid = codes.filter((c) => codeParts(c, new Uint32Array(3))).length;
  expect(valid).toBeGreaterThan(500);
  expect(codes.length - valid).toBeGreaterThan(500);
});

plain('a code\'s parts are the sort key EnterpriseLines writes for its row', () => {
  const rows = [...generateEnterprises({ size: 2000, seed: 'tail' })];
  const lines = new EnterpriseLines(rows.length);
  const [a, b] = [new Uint32Array(3), new Uint32Array(3)];
  rows.forEach((e, i) => {
    expect(lines.write(e, i)).toBe(true);
    lines.partsOf(i, a);
    expect(codeParts(e.uscc, b)).toBe(true);
    expect([...a]).toEqual([...b]);
  });
});

plain('a directory of 10^5 codes with 2 500 of them in the table: every answer equals the Map\'s', () => {
  const rows = [...generateEnterprises({ size: 100_000, seed: 'sparse' })].map((e) => e.uscc);
  const wanted = new Map(rows.filter((_, i) => i % 40 === 0).map((c) => [c, [c]]));
  const sparse = SparseCodes.group(wanted.keys(), (c) => c);
  let found = 0;
  for (const c of rows) {
    const got = ask(sparse, c);
    expect(got?.[0]).toBe(wanted.get(c)?.[0]);
    if (got !== undefined) found++;
  }
  expect(found).toBe(wanted.size);
});
