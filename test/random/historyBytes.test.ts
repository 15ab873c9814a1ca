// The byte path of the input digest's history (R4): ids sorted as the default sort does, short
// lists by insertion and long ones by the sort itself.
import { expect, test as plain } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { sortedIds } from '../../src/random/historyBytes.js';

const id = fc.oneof(fc.constantFrom('a', 'ab', 'b', 'samr', 'samr:x'), fc.string({ maxLength: 4 }));
/** Short lists (sorted by insertion) and long ones (more than 16 ids). */
const ids = fc.oneof(fc.array(id, { maxLength: 8 }), fc.array(id, { minLength: 17, maxLength: 40 }));

test.prop([ids], { numRuns: 2000 })('sortedIds sorts ids as Array.prototype.sort does, whatever their number, and returns a sorted list itself', (list) => {
  const sorted = [...list].sort();
  expect(sortedIds(list)).toEqual(sorted);
  if (list.every((id, i) => i === 0 || (list[i - 1] as string) <= id)) expect(sortedIds(list)).toBe(list);
});

plain('the lists reach both ways of sorting, unsorted, and ties', () => {
  const lists = fc.sample(ids, { numRuns: 2000, seed: 25 });
  const unsorted = lists.filter((l) => l.some((id, i) => i > 0 && (l[i - 1] as string) > id));
  expect(unsorted.filter((l) => l.length <= 16).length).toBeGreaterThan(300);
  expect(unsorted.filter((l) => l.length > 16).length).toBeGreaterThan(300);
  expect(lists.filter((l) => new Set(l).size < l.length).length).toBeGreaterThan(300);
});
