import { expect, test as plain } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Enterprise, Uscc } from '../../src/index.js';
import { inputDigest } from '../../src/random/inputDigest.js';
import { INDUSTRY_SECTIONS, sectionDivisions } from '../../src/model/industry.js';
import { USCC_ALPHABET, usccCheckCharacter } from '../../src/uscc/alphabet.js';
import { generateDirectory } from '../../src/testing/index.js';
import { rightOf } from '../result.js';
import { reference } from './digestReference.js';

const template = generateDirectory({ size: 300, seed: 'digest-tests' });
const char = fc.constantFrom(...USCC_ALPHABET);
/** A valid code's first 17 characters (N10): positions 3–8, the region, are digits. */
const first17Of = (c: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(fc.array(c, { minLength: 2, maxLength: 2 }), fc.array(fc.constantFrom(...'0123456789'), { minLength: 6, maxLength: 6 }), fc.array(c, { minLength: 9, maxLength: 9 }))
    .map(([a, b, d]) => [...a, ...b, ...d].join(''));
const tail = first17Of(char);
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

// Every field at every value it may take (the digest packs them in 24 bytes a row, #16), the rare
// ones too: trust exemption, each status and level, sections with and without a division.
const enterprise = fc.record({
  first17: first17Of(char),
  section: fc.constantFrom(...INDUSTRY_SECTIONS),
  division: fc.option(fc.nat(99), { nil: undefined }),
  region: fc.integer({ min: 0, max: 999_999 }).map((r) => String(r).padStart(6, '0')),
  day: fc.integer({ min: -719_162, max: 2_932_896 }),
  creditClass: fc.constantFrom('A', 'B', 'C', 'D', 'unrated'),
  colour: fc.constantFrom('red', 'yellow', 'green', 'none'),
  whiteList: fc.boolean(),
  trustExempt: fc.boolean(),
  blackList: fc.boolean(),
  operatingStatus: fc.constantFrom('operating', 'not-operating', 'unreachable'),
  jurisdiction: fc.constantFrom('city', 'district', 'town'),
}).map(({ first17, section, division, day, ...rest }) => {
  // A division of the section's own range (GB/T 4754), anywhere in it.
  const [low, high] = sectionDivisions(section) ?? [0, 0];
  return { first17, section, division: division === undefined ? undefined : low + (division % (high - low + 1)), day, rest };
}).map(({ first17, section, division, day, rest }) => ({
  ...(template.enterprises[0] as Enterprise),
  ...rest,
  uscc: `${first17}${usccCheckCharacter(first17) ?? ''}` as Uscc,
  industry: (division === undefined ? section : `${section}${String(division).padStart(2, '0')}`) as Enterprise['industry'],
  registeredOn: new Date(day * 86_400_000).toISOString().slice(0, 10) as Enterprise['registeredOn'],
}));

test.prop([fc.uniqueArray(enterprise, { maxLength: 40, selector: (e) => e.uscc.slice(0, 17) })], { numRuns: 1000 })('equals the documented text whatever value each field holds', (enterprises) => {
  const input = { ...template, enterprises };
  expect(rightOf(inputDigest(input))).toBe(reference(input));
});

plain('the generator of that property reaches every value of every packed field', () => {
  const rows = fc.sample(enterprise, { numRuns: 2000, seed: 16 });
  const seen = (f: (e: Enterprise) => unknown): number => new Set(rows.map(f)).size;
  expect([seen((e) => e.creditClass), seen((e) => e.colour), seen((e) => e.operatingStatus), seen((e) => e.jurisdiction)]).toEqual([5, 4, 3, 3]);
  expect([seen((e) => e.whiteList), seen((e) => e.trustExempt), seen((e) => e.blackList), seen((e) => e.industry.length)]).toEqual([2, 2, 2, 2]);
  expect(seen((e) => e.industry.charAt(0))).toBe(INDUSTRY_SECTIONS.length);
  expect(rows.some((e) => e.registeredOn < '1000-01-01') && rows.some((e) => e.registeredOn > '9000-01-01')).toBe(true);
});
