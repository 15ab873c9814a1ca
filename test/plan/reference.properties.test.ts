/**
 * `planDraw` against the slow reference implementation of docs/draw-algorithm.md (reference.ts),
 * on generated inputs whose policies, histories and directed draws vary, so that every rule of
 * §4 is reached (checked with fc.statistics).
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { planDraw, type CreditClass, type DepartmentId, type DrawSpec, type InspectionRecord, type IsoDate, type PlanningInput } from '../../src/index.js';
import { shares } from '../arbitraries.js';
import { generateDirectory } from '../../src/testing/index.js';
import { referenceDraw, referenceTicket } from './reference.js';

const RUNS = 1000;
const CLASSES: CreditClass[] = ['A', 'B', 'C', 'D', 'unrated'];
const ratio = fc.double({ min: 0, max: 1, noNaN: true }).map((x) => Math.round(x * 1000) / 1000);

const arbCase = fc.record({
  size: fc.integer({ min: 5, max: 160 }),
  name: fc.stringMatching(/^[a-z]{1,5}$/),
  batch: fc.integer({ min: 1, max: 4 }),
  seed: fc.stringMatching(/^[a-z0-9]{1,8}$/),
  rounding: fc.constantFrom('nearest' as const, 'up' as const, 'down' as const),
  minimumPerStratum: fc.integer({ min: 0, max: 2 }),
  catchUp: fc.option(fc.record({ ratio: fc.constantFrom(0.01, 0.03, 0.1, 0.25), minimum: fc.integer({ min: 0, max: 3 }) })),
  classATriggerOnly: fc.boolean(),
  avoidRepeatDraws: fc.boolean(),
  ratios: fc.record({ A: ratio, B: ratio, C: ratio, D: ratio, unrated: ratio, yellow: ratio }),
  batchMinimumRatio: fc.constantFrom(0, 0.01, 0.05),
  blackList: fc.oneof(fc.constant(null), fc.constant({ coverage: 'full' as const }), ratio.map((r) => ({ coverage: 'raised' as const, ratio: r }))),
  // Caps on samr and commerce (the departments of directed/a and of joint/F52) in about half the runs, so that members reach them.
  caps: fc.oneof(
    fc.array(fc.record({ department: fc.constantFrom('samr', 'health', 'commerce', 'transport'), perYear: fc.integer({ min: 0, max: 2 }) }), { maxLength: 4 }),
    fc.integer({ min: 0, max: 1 }).map((perYear) => [{ department: 'samr', perYear }, { department: 'commerce', perYear }]),
    fc.constant([{ department: 'samr', perYear: 0 }, { department: 'commerce', perYear: 0 }, { department: 'health', perYear: 0 }]),
  ),
  extraHistory: fc.array(fc.record({
    who: fc.nat(), day: fc.integer({ min: 0, max: 90 }), departments: fc.oneof(fc.constant(['samr', 'commerce']), fc.subarray(['samr', 'health', 'commerce', 'culture'], { minLength: 1 })),
    allKinds: fc.boolean(), joint: fc.boolean(), unified: fc.boolean(), reason: fc.constantFrom('random' as const, 'complaint' as const, 'campaign' as const),
  }), { maxLength: 40 }),
  directed: fc.option(fc.record({ sections: fc.subarray(['C', 'F', 'G', 'H', 'I', 'L', 'M'], { minLength: 1 }), classes: fc.option(fc.subarray(CLASSES)), regions: fc.boolean(), ratio: fc.option(ratio) }), { freq: 4 }),
}).map((c) => {
  const generated = generateDirectory({ size: c.size, seed: c.name, year: 2024, batch: c.batch, inspectorsPerDepartment: 0 });
  const kindsOf = (departments: readonly string[]): string[] => [...new Set(generated.items.filter((i) => departments.includes(i.department) && i.scope === 'general').map((i) => i.kind))];
  const start = generated.period.start;
  const history: InspectionRecord[] = c.extraHistory.flatMap((h) => {
    const e = generated.enterprises[h.who % generated.enterprises.length];
    const date = new Date(Date.UTC(2024, 0, 1 + h.day)).toISOString().slice(0, 10);
    if (e === undefined || date >= start) return [];
    const kinds = h.allKinds ? kindsOf(['samr', 'health', 'commerce', 'culture', 'transport', 'education', 'emergency']) : kindsOf(h.departments).slice(0, 1);
    return [{ enterprise: e.uscc, date: date as IsoDate, departments: h.departments as DepartmentId[], itemKinds: kinds, joint: h.joint, unified: h.unified, reason: h.reason }];
  });
  const input: PlanningInput = {
    ...generated,
    history: [...generated.history, ...history],
    policy: {
      ...generated.policy,
      rounding: c.rounding, minimumPerStratum: c.minimumPerStratum, catchUp: c.catchUp, classATriggerOnly: c.classATriggerOnly,
      avoidRepeatDraws: c.avoidRepeatDraws, ratios: c.ratios, batchMinimumRatio: c.batchMinimumRatio, blackList: c.blackList,
      caps: (c.caps as readonly { department: string; perYear: number }[]).map((cap) => ({ department: cap.department as DepartmentId, perYear: cap.perYear })),
    },
  };
  const regions = [...new Set(generated.enterprises.map((e) => e.region))].slice(0, 2);
  const draws: DrawSpec[] | undefined = c.directed === null ? undefined : [
    { id: 'directed/a', departments: ['samr' as DepartmentId], kinds: kindsOf(['samr']), filter: { industries: c.directed.sections, ...(c.directed.classes === null ? {} : { creditClasses: c.directed.classes }) }, ...(c.directed.ratio === null ? {} : { ratio: c.directed.ratio }) },
    { id: 'directed/b', departments: ['samr', 'health'] as DepartmentId[], kinds: kindsOf(['health']), filter: c.directed.regions ? { regions } : {} },
  ];
  return { input, seed: c.seed, draws };
});

function library(input: PlanningInput, seed: string, draws: readonly DrawSpec[] | undefined) {
  const result = planDraw(input, draws === undefined ? { seed } : { seed, draws });
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left.issues));
  return result.right;
}

describe('planDraw equals the reference implementation of docs/draw-algorithm.md', () => {
  it('the reference ticket is the documented one (§6)', () => {
    expect(referenceTicket('20240105', '91350100M000100Y43').toString(16).padStart(16, '0')).toBe('8f8a701f42ea53a9');
  });

  it('the generator reaches every rule: draws, directed draws, exemptions, caps, ranks, minimum, catch-up', () => {
    const share = shares(arbCase, ({ input, seed, draws }) => {
      const plan = library(input, seed, draws);
      const labels: string[] = [];
      if (plan.counts.drawn > 0) labels.push('draws something');
      if (draws !== undefined) labels.push('directed draws');
      if (plan.counts['exempt-same-year'] > 0) labels.push('an exemption');
      if (plan.counts['over-cap'] > 0) labels.push('over cap');
      if (plan.counts['recently-drawn'] > 0) labels.push('ranked last');
      if (plan.quotas.some((q) => q.catchUp)) labels.push('catch-up raises');
      if (plan.quotas.some((q) => q.exact < 1 && q.quota > 0 && !q.catchUp)) labels.push('minimum raises');
      if (plan.reasons['black-list'] > 0) labels.push('black list in full');
      if (draws?.some((d) => d.ratio !== undefined) && plan.quotas.some((q) => q.draw === 'directed/a' && q.drawn > 0)) labels.push('a directed draw with its own ratio draws');
      if (plan.quotas.some((q) => q.blackList && q.drawn > 0)) labels.push('black list drawn at a raised ratio');
      return labels;
    });
    expect(share('draws something')).toBeGreaterThan(70);
    for (const label of ['directed draws', 'an exemption', 'over cap', 'ranked last', 'catch-up raises', 'minimum raises', 'black list in full', 'black list drawn at a raised ratio', 'a directed draw with its own ratio draws']) expect(share(label), label).toBeGreaterThan(3);
  });

  test.prop([arbCase], { numRuns: RUNS })('same strata, quotas, samples and full-coverage list', ({ input, seed, draws }) => {
    const { record } = library(input, seed, draws);
    const reference = referenceDraw(input, seed, draws);
    expect(record.strata).toEqual(reference.strata);
    expect(record.fullCoverage).toEqual(reference.fullCoverage);
  });
});
