/**
 * The annual inspection plan (R25; Shenyang 002 §三(九)): each department submits, by 10 January,
 * an annual plan, joint inspections included, that states for every planned inspection its content,
 * legal basis, time, method and joint departments with one lead. It is planned before any seed.
 */
import { describe, expect, it } from 'vitest';
import { annualPlan, highRiskDraws, parsePlanningInput, qingyangPolicy, shenyangHighRiskFields, shenyangPolicy, yongchuanPolicy, type DepartmentId, type PlanningInput } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';

const generated = generateDirectory({ size: 500, seed: 'annual', year: 2025, inspectorsPerDepartment: 0 });
const withBasis: PlanningInput = {
  ...generated,
  policy: shenyangPolicy,
  items: generated.items.map((i) => ({ ...i, basis: `《${i.name}办法》` })),
};

describe('annualPlan (R25, 002 §三(九))', () => {
  it('states every planned inspection\'s content, basis, time, method and joint departments with one lead, due 10 January', () => {
    const plan = annualPlan(withBasis, { year: 2025 });
    if (plan._tag === 'Left') throw new Error(JSON.stringify(plan.left.issues));
    const p = plan.right;
    expect(p).toMatchObject({ year: 2025, policy: shenyangPolicy.id, due: '2025-01-10', missing: [] });
    expect(p.inspections.map((i) => i.id)).toEqual(['joint/H', 'joint/P', 'joint/R', 'joint/G54', 'joint/F52', 'general']);
    const h = p.inspections.find((i) => i.id === 'joint/H')!;
    const list = withBasis.jointLists.find((l) => l.id === 'joint/H')!;
    const checking = [...new Set([list.lead, ...list.items.map((id) => withBasis.items.find((i) => i.id === id)!).filter((i) => i.scope === 'general').map((i) => i.department)])].sort();
    expect(h).toMatchObject({ joint: true, lead: list.lead, departments: checking });
    expect(h.content.map((c) => c.item).sort()).toEqual(list.items.filter((id) => withBasis.items.find((i) => i.id === id)?.scope === 'general').sort());
    expect(h.basis.length).toBeGreaterThan(0);
    // Four quarterly batches (the national default), each its window.
    expect(h.time).toEqual([
      { batch: 1, start: '2025-01-01', end: '2025-03-31' }, { batch: 2, start: '2025-04-01', end: '2025-06-30' },
      { batch: 3, start: '2025-07-01', end: '2025-09-30' }, { batch: 4, start: '2025-10-01', end: '2025-12-31' },
    ]);
    expect(h.method).toMatchObject({ selection: 'random', ratios: shenyangPolicy.ratios, blackList: shenyangPolicy.blackList });
    // The general draw's lead is decided per enterprise when tasks merge (R15, R16).
    expect(p.inspections.find((i) => i.id === 'general')?.lead).toBe(null);
    // Each department's plan lists its inspections, joint ones included.
    for (const d of p.departments) for (const id of d.inspections) expect(p.inspections.find((i) => i.id === id)?.departments).toContain(d.department);
    expect(p.departments.map((d) => d.department)).toEqual([...new Set(p.inspections.flatMap((i) => i.departments))].sort());
  });

  it('does not depend on the draw: the directory and its history change nothing', () => {
    const a = annualPlan(withBasis, { year: 2025 });
    const b = annualPlan({ ...withBasis, enterprises: withBasis.enterprises.slice(0, 10), history: [] }, { year: 2025 });
    expect(b).toEqual(a);
  });

  it('reports each missing element per planned inspection: a legal basis, a batch window', () => {
    const plan = annualPlan({ ...generated, policy: { ...yongchuanPolicy, batchesPerYear: 5 } }, { year: 2025 });
    if (plan._tag === 'Left') throw new Error(JSON.stringify(plan.left.issues));
    const missing = plan.right.missing;
    expect(missing.filter((m) => m.element === 'basis').map((m) => m.inspection).sort()).toEqual(plan.right.inspections.map((i) => i.id).sort());
    expect(missing.filter((m) => m.element === 'time').length).toBe(plan.right.inspections.length);
    for (const m of missing) expect(m.rule).toBe('R25');
    expect(plan.right.due).toBe(null); // yongchuan sets no deadline of its own
    const windows = [1, 2, 3, 4, 5].map((batch) => ({ batch, start: `2025-${String(batch * 2).padStart(2, '0')}-01`, end: `2025-${String(batch * 2).padStart(2, '0')}-20` }));
    const given = annualPlan({ ...withBasis, policy: { ...yongchuanPolicy, batchesPerYear: 5 } }, { year: 2025, windows: windows as never });
    expect(given._tag === 'Right' && given.right.missing).toEqual([]);
  });

  it('takes each preset\'s deadline: Shenyang 10 January, Qingyang the end of April (001 §三)', () => {
    expect(shenyangPolicy.annualPlanDue).toBe('01-10');
    expect(qingyangPolicy.annualPlanDue).toBe('04-30');
    const q = annualPlan({ ...withBasis, policy: qingyangPolicy }, { year: 2026 });
    expect(q._tag === 'Right' && q.right.due).toBe('2026-04-30');
  });

  it('refuses a bad year, windows outside the year or the batches, and misspelt options', () => {
    const at = (options: object): string[] => {
      const r = annualPlan(withBasis, options as never);
      return r._tag === 'Left' ? r.left.issues.map((i) => i.at) : [];
    };
    expect(at({ year: 1900.5 })).toEqual(['$.options.year']);
    expect(at({ year: 2025, windows: [{ batch: 9, start: '2025-01-01', end: '2025-01-31' }] })).toEqual(['$.options.windows[0].batch']);
    expect(at({ year: 2025, windows: [{ batch: 1, start: '2024-12-01', end: '2025-01-31' }] })).toEqual(['$.options.windows[0].start']);
    expect(at({ year: 2025, windows: [{ batch: 1, start: '2025-03-01', end: '2025-01-31' }] })).toEqual(['$.options.windows[0].end']);
    expect(at({ yaer: 2025 })[0]).toMatch(/^\$\.options/);
  });

  it('parses an item\'s legal basis and a policy\'s deadline strictly', () => {
    const raw = JSON.parse(JSON.stringify(withBasis)) as { items: object[]; policy: object };
    expect(parsePlanningInput(raw)._tag).toBe('Right');
    const bad = parsePlanningInput({ ...raw, policy: { ...raw.policy, annualPlanDue: '1/10' } });
    expect(bad._tag === 'Left' && bad.left.issues.map((i) => [i.at, i.rule])).toEqual([['$.policy.annualPlanDue', 'R25']]);
    const empty = parsePlanningInput({ ...raw, items: raw.items.map((i, k) => (k === 0 ? { ...i, basis: '' } : i)) });
    expect(empty._tag === 'Left' && empty.left.issues.map((i) => i.at)).toEqual(['$.items[0].basis']);
  });

  describe('an outside review of the documents', () => {
    it('ends the last window on 31 December, even in 9999', () => {
      for (const year of [2025, 9999]) {
        const plan = annualPlan(withBasis, { year });
        expect(plan._tag === 'Right' && plan.right.inspections[0]?.time.at(-1)?.end).toBe(`${year}-12-31`);
      }
    });

    it('refuses a deadline that is not a day of every year (02-29, 02-30, 04-31)', () => {
      const raw = JSON.parse(JSON.stringify(withBasis)) as { policy: object };
      for (const due of ['02-29', '02-30', '04-31']) {
        const r = parsePlanningInput({ ...raw, policy: { ...raw.policy, annualPlanDue: due } });
        expect(r._tag === 'Left' && r.left.issues.map((i) => i.at), due).toEqual(['$.policy.annualPlanDue']);
      }
      const blank = parsePlanningInput({ ...raw, items: (raw as unknown as { items: object[] }).items.map((i, k) => (k === 0 ? { ...i, basis: '  ' } : i)) });
      expect(blank._tag === 'Left' && blank.left.issues.map((i) => i.at)).toEqual(['$.items[0].basis']);
    });

    it('lists a joint list with no item in random scope, as lacking content (R1, R25)', () => {
      const input: PlanningInput = { ...withBasis, policy: qingyangPolicy, jointLists: [...withBasis.jointLists, { id: 'L2', industry: 'K' as never, lead: 'fire' as DepartmentId, departments: ['fire', 'emergency'] as DepartmentId[], items: ['fire/fire-safety', 'emergency/work-safety'] as never }] };
      const plan = annualPlan(input, { year: 2025 });
      if (plan._tag === 'Left') throw new Error(JSON.stringify(plan.left.issues));
      expect(plan.right.inspections.find((i) => i.id === 'L2')).toMatchObject({ content: [], lead: 'fire' });
      expect(plan.right.missing.filter((m) => m.inspection === 'L2').map((m) => m.element)).toEqual(['content']);
    });

    it('names as departments only those with an item to check, the lead always', () => {
      const plan = annualPlan(withBasis, { year: 2025 });
      if (plan._tag === 'Left') throw new Error('plan');
      const h = plan.right.inspections.find((i) => i.id === 'joint/H')!;
      expect(h.departments).not.toContain('fire'); // fire's only item is safety-scoped (R1)
      for (const i of plan.right.inspections) {
        for (const d of i.departments) expect(d === i.lead || i.content.some((c) => c.department === d), `${i.id} ${d}`).toBe(true);
        expect(i.joint).toBe(i.departments.length > 1);
      }
    });

    it('refuses two windows of one batch and overlapping windows', () => {
      const at = (windows: object[]): string[] => {
        const r = annualPlan(withBasis, { year: 2025, windows: windows as never });
        return r._tag === 'Left' ? r.left.issues.map((i) => i.at) : [];
      };
      expect(at([{ batch: 1, start: '2025-01-01', end: '2025-01-31' }, { batch: 1, start: '2025-02-01', end: '2025-02-28' }])).toEqual(['$.options.windows[1].batch']);
      expect(at([{ batch: 1, start: '2025-01-01', end: '2025-03-31' }, { batch: 2, start: '2025-03-01', end: '2025-05-31' }])).toEqual(['$.options.windows[1].start']);
    });

    it('plans the directed draws given, such as Shenyang\'s high-risk fields (§四(十二))', () => {
      const road = shenyangHighRiskFields.find((f) => f.id === 'road-transport')!;
      const draws = highRiskDraws(withBasis, [{ field: road, departments: ['transport', 'samr'] as DepartmentId[] }]);
      if (draws._tag === 'Left') throw new Error(JSON.stringify(draws.left.issues));
      const plan = annualPlan(withBasis, { year: 2025, draws: draws.right });
      expect(plan._tag === 'Right' && plan.right.inspections.find((i) => i.id === 'high-risk/road-transport')?.method.drawRatio).toBe(shenyangPolicy.ratios.D);
    });
  });
});
