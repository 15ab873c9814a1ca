import { describe, expect, it } from 'vitest';
import { yongchuanPolicy, type Period, type Policy } from '../../src/index.js';
import { allocateQuotas, type StratumCount } from '../../src/quota/allocateQuotas.js';

const period = (batch: number): Period => ({ year: 2023, batch, start: '2023-01-01', end: '2023-03-31' } as Period);
const policy = (changes: Partial<Policy> = {}): Policy => ({ ...yongchuanPolicy, minimumPerStratum: 0, ...changes });
const stratum = (key: string, base: number, changes: Partial<StratumCount> = {}): StratumCount =>
  ({ key, section: key.split('|')[1] ?? 'F', creditClass: 'B', yellow: false, blackList: false, base, eligible: base, alreadyDrawn: 0, ...changes });
const quotas = (strata: StratumCount[], p: Policy, batch = 1): number[] => allocateQuotas(strata, p, period(batch)).map((q) => q.quota);

describe('allocateQuotas (docs/draw-algorithm.md §4.3)', () => {
  it('Yongchuan Q1 2023: 24 738 eligible at 1 % give 247 rounding to nearest, 248 up, however they are split (R5)', () => {
    const oneStratum = [stratum('g|F|B|none', 24_738)];
    const split = [stratum('g|C|B|none', 9_001), stratum('g|F|B|none', 8_317), stratum('g|H|C|none', 4_420), stratum('g|L|B|none', 3_000)];
    const at1 = policy({ ratios: { ...yongchuanPolicy.ratios, B: 0.04, C: 0.04 } });
    for (const strata of [oneStratum, split]) {
      expect(quotas(strata, at1).reduce((a, b) => a + b, 0)).toBe(247);
      expect(quotas(strata, { ...at1, rounding: 'up' }).reduce((a, b) => a + b, 0)).toBe(248);
      expect(quotas(strata, { ...at1, rounding: 'down' }).reduce((a, b) => a + b, 0)).toBe(247);
    }
  });

  it('exact share: base × ratio × batch / batches − drawn earlier, at least base × batch minimum, snapped (R5)', () => {
    const p = policy({ batchMinimumRatio: 0.01 });
    // 100 × 4 % × 2 / 4 − 1 = 1; the batch minimum 100 × 1 % = 1 too.
    expect(allocateQuotas([stratum('g|F|B|none', 100, { alreadyDrawn: 1 })], p, period(2))[0]).toMatchObject({ exact: 1, quota: 1 });
    // Earlier draws above the yearly share: the batch minimum holds.
    expect(allocateQuotas([stratum('g|F|B|none', 300, { alreadyDrawn: 9 })], p, period(2))[0]).toMatchObject({ exact: 3, quota: 3 });
    // 100 × 1 % is 1 on paper, 1.0000000000000002 in doubles: snapping keeps it 1 when rounding up.
    expect(quotas([stratum('g|F|B|none', 100)], policy({ ratios: { ...yongchuanPolicy.ratios, B: 0.01 }, batchesPerYear: 1, rounding: 'up', catchUp: null }), 1)).toEqual([1]);
  });

  it('rounds the draw once and shares it by largest remainder, ties to the smaller key', () => {
    const p = policy({ ratios: { ...yongchuanPolicy.ratios, B: 0.5 }, batchesPerYear: 1, batchMinimumRatio: 0, catchUp: null });
    // Exact 0.5 + 0.5 + 0.5 = 1.5 → 2 (nearest, halves up): the two smaller keys get them.
    expect(quotas([stratum('g|C|B|none', 1), stratum('g|F|B|none', 1), stratum('g|H|B|none', 1)], p)).toEqual([1, 1, 0]);
    // Exact 1.5 + 0.5: total 2; ⌊1.5⌋ = 1 and the unit left goes to the tie's smaller key.
    expect(quotas([stratum('g|C|B|none', 3), stratum('g|F|B|none', 1)], p)).toEqual([2, 0]);
  });

  it('raises a stratum to the minimum, never above its eligible members, and caps every quota at them (R6, R10)', () => {
    const p = policy({ minimumPerStratum: 1, batchMinimumRatio: 0 });
    expect(quotas([stratum('g|F|B|none', 10), stratum('g|H|B|none', 3, { eligible: 0 })], p)).toEqual([1, 0]);
    const yellowAtOne = policy({ ratios: { ...yongchuanPolicy.ratios, yellow: 1 }, batchesPerYear: 1, catchUp: null });
    expect(allocateQuotas([stratum('g|F|B|yellow', 3, { yellow: true, eligible: 2 })], yellowAtOne, period(1))[0]).toMatchObject({ ratio: 1, exact: 3, quota: 2 });
  });

  it('in the last batch only, gives sections with nothing drawn this year the catch-up share: 3 %, at least 1 (R6)', () => {
    const p = policy({ batchMinimumRatio: 0, ratios: { ...yongchuanPolicy.ratios, B: 0 } });
    const strata = [stratum('g|F|B|none', 10), stratum('g|F|C|none', 30, { creditClass: 'C' }), stratum('g|H|B|none', 200), stratum('g|L|B|none', 50, { alreadyDrawn: 1 })];
    const ratios = { ...p, ratios: { ...p.ratios, C: 0 } };
    // F: pool 40 → max(round(1.2), 1) = 1, to the larger share (30 of 40); H: 200 → 6; L: drawn earlier → none.
    expect(quotas(strata, ratios, 4)).toEqual([0, 1, 6, 0]);
    expect(quotas(strata, ratios, 3)).toEqual([0, 0, 0, 0]);
    expect(quotas(strata, { ...ratios, catchUp: null }, 4)).toEqual([0, 0, 0, 0]);
    // The catch-up only raises: a regular quota above the share stays.
    expect(allocateQuotas([stratum('g|H|B|none', 200)], policy({ batchMinimumRatio: 0 }), period(4))[0]).toMatchObject({ regular: 8, quota: 8 });
  });
});
