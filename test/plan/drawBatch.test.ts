/**
 * The selection's rescan fallback (docs/draw-algorithm.md §3): a stratum's sample is looked for
 * among the members whose ticket falls below a threshold set from its quota; when too few do
 * (unlikely by design), the whole stratum is rescanned. A threshold lowered on purpose reaches the
 * fallback in every stratum, and the draw must not change.
 */
import { expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { planDraw, type PlanningInput } from '../../src/index.js';
import { drawBatch } from '../../src/plan/drawBatch.js';
import { ticketThreshold } from '../../src/random/select.js';
import { shares } from '../arbitraries.js';
import { generateDirectory } from '../../src/testing/index.js';

const arbInput = fc.record({
  size: fc.integer({ min: 1, max: 150 }),
  name: fc.stringMatching(/^[a-z]{1,5}$/),
  batch: fc.integer({ min: 1, max: 4 }),
  raise: fc.constantFrom(5, 10, 20),
  seed: fc.stringMatching(/^[a-z0-9]{1,8}$/),
}).map(({ size, name, batch, raise, seed }) => {
  const generated = generateDirectory({ size, seed: name, year: 2024, batch, inspectorsPerDepartment: 0 });
  const r = generated.policy.ratios;
  const up = (x: number): number => Math.min(1, x * raise);
  const input: PlanningInput = { ...generated, policy: { ...generated.policy, ratios: { A: up(r.A), B: up(r.B), C: up(r.C), D: up(r.D), unrated: up(r.unrated), yellow: up(r.yellow) } } };
  return { input, seed };
});

test.prop([arbInput, fc.constantFrom('none below', 'a quarter', 'half')], { numRuns: 1000 })('a threshold too low to hold the sample gives the same draw, through the rescan', ({ input, seed }, low) => {
  const threshold = low === 'none below' ? () => 0 : (quota: number, members: number) => ticketThreshold(quota, members) / (low === 'half' ? 2 : 4);
  const plain = planDraw(input, { seed });
  const rescanned = drawBatch(input, { seed }, { threshold });
  if (plain._tag === 'Left' || rescanned._tag === 'Left') throw new Error('fixture');
  expect(JSON.stringify(rescanned.right.plan.record)).toBe(JSON.stringify(plain.right.record));
  expect(rescanned.right.plan.counts).toEqual(plain.right.counts);
  expect(rescanned.right.plan.targets).toEqual(plain.right.targets);
});

test('with no ticket below the threshold, every drawn member came through the rescan, in most runs', () => {
  const share = shares(arbInput, ({ input, seed }) => {
    const rescanned = drawBatch(input, { seed }, { threshold: () => 0 });
    return rescanned._tag === 'Right' && rescanned.right.plan.counts.drawn > 0 ? 'rescan drew' : 'nothing to draw';
  });
  expect(share('rescan drew')).toBeGreaterThan(70);
});
