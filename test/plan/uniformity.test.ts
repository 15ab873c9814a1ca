import { expect, it } from 'vitest';
import { drawSample } from '../../src/index.js';
import { generateEnterprises } from '../../src/testing/index.js';
import { rightOf } from '../result.js';

it('inclusion frequencies are uniform: chi-square over 4 000 fixed seeds stays under the 0.1 % critical value', () => {
  const population = Array.from(generateEnterprises({ size: 20, seed: 'uniformity' }), (e) => e.uscc);
  const k = 5;
  const seeds = 4_000;
  const counts = new Map(population.map((c) => [c as string, 0]));
  for (let i = 0; i < seeds; i++) for (const c of rightOf(drawSample(`uniformity-${i}`, population, k))) counts.set(c, (counts.get(c) ?? 0) + 1);
  const expected = (seeds * k) / population.length;
  const chiSquare = [...counts.values()].reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0);
  // 19 degrees of freedom: P(χ² > 43.82) = 0.001. Fixed seeds make this test deterministic.
  expect(chiSquare).toBeLessThan(43.82);
  // And it is not trivially small either (a rigged draw that rotates evenly would give ~0).
  expect(chiSquare).toBeGreaterThan(1);
});
