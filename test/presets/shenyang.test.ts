/**
 * Shenyang (沈政发〔2017〕59号, seed 002): black-listed entities are supervision priorities (R14,
 * §二(六)-(七)); high-risk industries and fields get directed draws with a higher frequency and
 * ratio (R11, N7, §四(十二)).
 */
import { describe, expect, it } from 'vitest';
import {
  highRiskDraws, planDraw, qingyangPolicy, shenyangHighRiskFields, shenyangPolicy,
  type DepartmentId, type PlanningInput,
} from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';

const input: PlanningInput = { ...generateDirectory({ size: 3_000, seed: 'shenyang', departments: 12, inspectorsPerDepartment: 0 }), policy: shenyangPolicy };
const field = (id: string) => {
  const found = shenyangHighRiskFields.find((f) => f.id === id);
  if (found === undefined) throw new Error(`no field ${id}`);
  return found;
};

describe('shenyangPolicy and its high-risk fields (002)', () => {
  it('names the eight high-risk industries and fields of §四(十二) in the seed\'s words', () => {
    expect(shenyangHighRiskFields.map((f) => f.name)).toEqual(['建筑施工', '危险品生产销售', '道路交通运输', '消防', '食品药品', '特种设备', '环境保护', '金融投资']);
    for (const f of shenyangHighRiskFields) expect(f.industries.length).toBeGreaterThan(0);
    expect(field('road-transport').industries).toEqual(['G54']);
  });

  it('makes black-listed enterprises supervision priorities (R14) and keeps the national rules', () => {
    expect(shenyangPolicy.blackList).toEqual({ coverage: 'raised', ratio: shenyangPolicy.ratios.D });
    expect(shenyangPolicy.excludedScopes).toEqual(['safety', 'environment', 'police', 'unlicensed']);
    expect(shenyangPolicy.teamSize).toBeGreaterThanOrEqual(2);
    expect(shenyangPolicy.ratios.D).toBeGreaterThan(shenyangPolicy.ratios.A);
  });

  it('adds one directed draw per high-risk field to the default draws, at a raised ratio (R11, N7)', () => {
    const result = highRiskDraws(input, [{ field: field('road-transport'), departments: ['transport' as DepartmentId] }, { field: field('food-drugs'), departments: ['samr', 'health'] as DepartmentId[] }]);
    if (result._tag === 'Left') throw new Error(JSON.stringify(result.left.issues));
    const draws = result.right;
    const road = draws.find((d) => d.id === 'high-risk/road-transport');
    expect(road).toMatchObject({ departments: ['transport'], filter: { industries: ['G54'] }, ratio: shenyangPolicy.ratios.D });
    // Its kinds: the transport items in random scope that apply to road transport.
    const expectedKinds = [...new Set(input.items.filter((i) => i.department === 'transport' && i.scope === 'general' && (i.industries.length === 0 || i.industries.some((c) => 'G54'.startsWith(c)))).map((i) => i.kind))].sort();
    expect(road?.kinds).toEqual(expectedKinds);
    expect(draws.filter((d) => !d.id.startsWith('high-risk/')).map((d) => d.id)).toContain('general');
    const plan = planDraw(input, { seed: 'shenyang-2024', draws });
    if (plan._tag === 'Left') throw new Error(JSON.stringify(plan.left.issues));
    const quotas = plan.right.quotas.filter((q) => q.draw === 'high-risk/road-transport');
    expect(quotas.length).toBeGreaterThan(0);
    for (const q of quotas) expect(q.ratio).toBeGreaterThanOrEqual(shenyangPolicy.ratios.D);
    // Nobody is put out of scope by adding the directed draws: the default draws still cover the rest.
    expect(plan.right.reasons['outside-directed-draws']).toBe(0);
  });

  it('takes another ratio when asked, and refuses unknown departments, misspelt options and fields no department item applies to', () => {
    const own = highRiskDraws(input, [{ field: field('finance'), departments: ['samr' as DepartmentId] }], { ratio: 0.5 });
    expect(own._tag === 'Right' && own.right.find((d) => d.id === 'high-risk/finance')?.ratio).toBe(0.5);
    const unknown = highRiskDraws(input, [{ field: field('finance'), departments: ['police' as DepartmentId] }]);
    expect(unknown._tag === 'Left' && unknown.left.issues.map((i) => [i.at, i.code])).toEqual([['$.fields[0].departments[0]', 'reference/department']]);
    const misspelt = highRiskDraws(input, [{ field: field('finance'), departments: ['samr' as DepartmentId] }], { ratoi: 0.5 } as never);
    expect(misspelt._tag).toBe('Left');
    // Transport has no item in random scope for finance (J): the draw would plan nothing (R1).
    const empty = highRiskDraws(input, [{ field: field('finance'), departments: ['transport' as DepartmentId] }]);
    expect(empty._tag === 'Left' && empty.left.issues.map((i) => [i.at, i.code, i.rule])).toEqual([['$.fields[0].departments[0]', 'draw/department-without-item', 'R1']]);
  });

  it('refuses a department with no item that applies to the field, whose history would lower the quotas (outside review)', () => {
    // fire's only item is safety-scoped (R1): it would add no kind, yet its inspections would count as dₛ.
    const refused = highRiskDraws(input, [{ field: field('fire'), departments: ['samr', 'fire'] as DepartmentId[] }]);
    expect(refused._tag === 'Left' && refused.left.issues.map((i) => [i.at, i.code, i.rule])).toEqual([['$.fields[0].departments[1]', 'draw/department-without-item', 'R1']]);
  });

  it('leaves the out-of-scope reasons of enterprises no directed draw touches as they were (outside review)', () => {
    const qingyang: PlanningInput = { ...input, policy: qingyangPolicy };
    const draws = highRiskDraws(qingyang, [{ field: field('road-transport'), departments: ['transport', 'samr'] as DepartmentId[] }]);
    if (draws._tag === 'Left') throw new Error(JSON.stringify(draws.left.issues));
    const plain = planDraw(qingyang, { seed: 's' });
    const directed = planDraw(qingyang, { seed: 's', draws: draws.right });
    if (plain._tag === 'Left' || directed._tag === 'Left') throw new Error('planDraw');
    expect(plain.right.reasons['no-joint-list']).toBeGreaterThan(0);
    for (const e of qingyang.enterprises.filter((x) => !x.industry.startsWith('G54'))) {
      const before = plain.right.outcomeOf(e.uscc);
      if (before?.status === 'out-of-scope') expect(directed.right.outcomeOf(e.uscc), e.industry).toEqual(before);
    }
  });

  it('refuses a single-department field where single departments may not draw alone (R16), and a field given twice', () => {
    const qingyang: PlanningInput = { ...input, policy: qingyangPolicy };
    const alone = highRiskDraws(qingyang, [{ field: field('road-transport'), departments: ['transport' as DepartmentId] }]);
    expect(alone._tag === 'Left' && alone.left.issues.map((i) => [i.at, i.code, i.rule])).toEqual([['$.fields[0].departments', 'draw/single-department', 'R16']]);
    const twice = highRiskDraws(input, [{ field: field('finance'), departments: ['samr' as DepartmentId] }, { field: field('finance'), departments: ['samr' as DepartmentId] }]);
    expect(twice._tag === 'Left' && twice.left.issues.map((i) => [i.at, i.code])).toEqual([['$.fields[1].field.id', 'duplicate/field']]);
  });
});
