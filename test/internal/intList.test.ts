import { expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { IntList } from '../../src/internal/intList.js';

// Lengths around the first page's doublings (16 … 16 384) and the page boundaries after it.
const lengths = fc.oneof(fc.nat({ max: 40 }), fc.integer({ min: 16_370, max: 16_400 }), fc.integer({ min: 32_760, max: 32_800 }), fc.integer({ min: 0, max: 70_000 }));

test.prop([lengths, fc.integer()], { numRuns: 120 })('holds what was pushed, in order, as a plain array does', (n, seed) => {
  const list = new IntList();
  const plain: number[] = [];
  for (let i = 0; i < n; i++) {
    const value = (Math.imul(i ^ seed, 0x9e3779b1) ^ (i << 7)) | 0;
    list.push(value);
    plain.push(value);
  }
  expect(list.length).toBe(plain.length);
  expect(Array.from({ length: n }, (_, i) => list.at(i))).toEqual(plain);
});

it('the generator reaches empty lists, the first page and lists of several pages', () => {
  const out: string[] = [];
  fc.statistics(lengths, (n) => (n === 0 ? 'empty' : n <= 16_384 ? 'first page' : n <= 32_768 ? 'two pages' : 'three or more'), { numRuns: 2000, logger: (line) => out.push(line) });
  const text = out.join('\n');
  for (const label of ['empty', 'first page', 'two pages', 'three or more']) expect(text).toContain(label);
});

it('keeps the extreme 32-bit values', () => {
  const list = new IntList();
  for (const v of [-(2 ** 31), 2 ** 31 - 1, 0, -1]) list.push(v);
  expect([0, 1, 2, 3].map((i) => list.at(i))).toEqual([-(2 ** 31), 2 ** 31 - 1, 0, -1]);
});
