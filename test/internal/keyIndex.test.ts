import { expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { hashKey, indexKeys } from '../../src/internal/keyIndex.js';

test.prop([fc.array(fc.option(fc.string({ maxLength: 3 }), { nil: undefined }), { maxLength: 300 }), fc.array(fc.string({ maxLength: 3 }), { maxLength: 20 })], { numRuns: 500 })(
  'finds the same first rows and duplicates as a Map would',
  (keys, probes) => {
    const index = indexKeys(keys.length, (row) => keys[row]);
    const first = new Map<string, number>();
    const duplicates: [number, number][] = [];
    keys.forEach((key, row) => {
      if (key === undefined) return;
      const seen = first.get(key);
      if (seen === undefined) first.set(key, row);
      else duplicates.push([row, seen]);
    });
    expect(index.duplicates).toEqual(duplicates);
    for (const key of [...probes, ...first.keys()]) expect(index.find(key)).toBe(first.get(key) ?? -1);
  },
);

test.prop([fc.string()])('hashKey is an unsigned 32-bit integer', (key) => {
  const hash = hashKey(key);
  expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 32).toBe(true);
});
