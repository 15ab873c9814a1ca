import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { streamOfState, streamsOf } from '../../src/random/seed.js';
import { StreamStates } from '../../src/random/streamStates.js';
import { BLOCK_GROUPS } from '../../src/random/simdTickets.js';

const HEAD = 'double-random/staff/v1\u001finspectors\u001fjoint:';

describe('stream states four at a time (staffing\'s inspector streams, #25)', () => {
  it('runs here, with a head of exactly one block: the tests below test the SIMD path', () => {
    expect(new StreamStates('s', HEAD).available).toBe(true);
    expect(new StreamStates('s', 'short head').available).toBe(false);
  });

  // Seeds and tails of any text, lone surrogates included in the seed, some too long for two blocks.
  const text = fc.string({ unit: 'binary', maxLength: 40 });
  const tails = fc.oneof(fc.array(text, { maxLength: 30 }), fc.array(text, { minLength: 4 * BLOCK_GROUPS - 2, maxLength: 4 * BLOCK_GROUPS + 6 }));
  test.prop([text, tails], { numRuns: 300 })('each state fitting two blocks is the state streamsOf starts from; the others are left to it', (seed, list) => {
    const streams = streamsOf(seed);
    // Each tail as a first part and a second (a task's code and a department), the second often repeated.
    const seconds = list.map((tail, i) => (i % 3 === 0 ? tail : (list[0] as string)));
    const { states, fits } = new StreamStates(seed, HEAD).compute(list.length, (i) => list[i] as string, (i) => seconds[i] as string);
    list.forEach((tail, i) => {
      const expected = streams(`${HEAD}${tail}\u001f${seconds[i] as string}`).getState();
      const bytes = new TextEncoder().encode(`${tail}\u001f${seconds[i] as string}\u001f${seed}`).length;
      expect(fits[i]).toBe(bytes + 9 <= 64 ? 1 : 0);
      if (fits[i] === 1) expect(streamOfState(states, 4 * i).getState()).toEqual(expected);
    });
  });

  test.prop([fc.constant(null)], { numRuns: 1 })('the runs reach tails that fit, tails that do not, and more than one run of the module', () => {
    const samples = fc.sample(fc.tuple(text, tails), { numRuns: 300, seed: 25 });
    const fitting = samples.flatMap(([seed, list]) => list.map((t, i) => new TextEncoder().encode(`${t}\u001f${i % 3 === 0 ? t : (list[0] as string)}\u001f${seed}`).length + 9 <= 64));
    expect(fitting.filter(Boolean).length).toBeGreaterThan(1000);
    expect(fitting.filter((f) => !f).length).toBeGreaterThan(100);
    expect(samples.filter(([, list]) => list.length > 4 * BLOCK_GROUPS).length).toBeGreaterThan(10);
  });
});
