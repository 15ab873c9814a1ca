/**
 * Minhang (闵府办发〔2024〕15号, seed 003): a key-industry list for cross-department supervision,
 * each industry with a lead department (§三(一), §三(二)); ratios and frequency follow credit and
 * risk (R11, §三(三)4); "非现场监管能够实现预期监管目的和效果的, 不再开展现场检查" as a mode decision.
 */
import { describe, expect, it } from 'vitest';
import {
  inspectionMode, keyIndustryLists, minhangKeyIndustries, minhangPolicy, nationalPolicy, parsePlanningInput, planPeriod,
  type DepartmentId, type Enterprise, type InspectionItem, type PlanningInput,
} from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { rightOf } from '../result.js';

const input: PlanningInput = { ...generateDirectory({ size: 2_000, seed: 'minhang', departments: 12, inspectorsPerDepartment: 6 }), policy: minhangPolicy, jointLists: [] };
const field = (id: string) => {
  const found = minhangKeyIndustries.find((f) => f.id === id);
  if (found === undefined) throw new Error(`no field ${id}`);
  return found;
};
const item = (importance: 'key' | 'general'): InspectionItem => ({ ...(input.items[0] as InspectionItem), importance });

describe('minhangPolicy and its key-industry list (003)', () => {
  it('names the key industries of §三(一) in the seed\'s words', () => {
    expect(minhangKeyIndustries.map((f) => f.name)).toEqual(['食品', '药品', '医疗器械', '危险化学品', '燃气', '特种设备', '建筑工程质量', '非法金融活动']);
    const codes = minhangKeyIndustries.flatMap((f) => f.industries);
    expect(new Set(codes).size).toBe(codes.length); // one joint list per industry code
  });

  it('keeps risk-based national ratios and replaces on-site visits by non-site supervision where that suffices', () => {
    expect(minhangPolicy.ratios).toEqual(nationalPolicy.ratios);
    expect(minhangPolicy.nonSiteWhereSufficient).toBe(true);
    expect(nationalPolicy.nonSiteWhereSufficient).toBe(false);
  });

  it('turns key industries into joint lists with their lead departments (R16), which parse and draw', () => {
    const lists = keyIndustryLists(input, [
      { field: field('food'), lead: 'samr' as DepartmentId, departments: ['samr', 'health', 'commerce'] as DepartmentId[] },
      { field: field('construction-quality'), lead: 'housing' as DepartmentId, departments: ['housing', 'human-resources'] as DepartmentId[] },
    ]);
    if (lists._tag === 'Left') throw new Error(JSON.stringify(lists.left.issues));
    expect(lists.right.map((l) => l.id)).toEqual(['key/food/C13', 'key/food/C14', 'key/food/C15', 'key/food/H62', 'key/construction-quality/E']);
    // Each code's list has the departments with an item there: health and commerce only where catering (H62) is.
    expect(lists.right.find((l) => l.id === 'key/food/C13')?.departments).toEqual(['samr']);
    expect(lists.right.find((l) => l.id === 'key/food/H62')?.departments).toEqual(['commerce', 'health', 'samr']);
    for (const list of lists.right) {
      expect(list.departments).toContain(list.lead);
      for (const id of list.items) expect(list.departments).toContain(input.items.find((i) => i.id === id)?.department);
    }
    const construction = lists.right.find((l) => l.id === 'key/construction-quality/E');
    expect(construction).toMatchObject({ industry: 'E', lead: 'housing' });
    const parsed = parsePlanningInput(JSON.parse(JSON.stringify({ ...input, jointLists: lists.right })));
    expect(parsed._tag).toBe('Right');
    if (parsed._tag === 'Right') {
      const plan = planPeriod(parsed.right, { seed: 'minhang-2024' });
      if (plan._tag === 'Left') throw new Error(JSON.stringify(plan.left.issues));
      expect(plan.right.draw.record.draws.map((d) => d.id)).toContain('key/construction-quality/E');
      // Ordinary-risk visits of general items only are made online (non-site), the others as before.
      const visits = [...plan.right.tasks, ...plan.right.unplannable];
      const online = visits.filter((t) => t.mode.rule === 'R11');
      expect(online.length).toBeGreaterThan(0);
      for (const t of online) expect(t.mode.mode).toBe('online');
      expect(visits.some((t) => t.mode.mode === 'flying')).toBe(true);
    }
  });

  it('refuses a lead outside the departments, an unknown department and a field no item applies to', () => {
    const outside = keyIndustryLists(input, [{ field: field('gas'), lead: 'housing' as DepartmentId, departments: ['emergency'] as DepartmentId[] }]);
    expect(outside._tag === 'Left' && outside.left.issues.map((i) => [i.at, i.code])).toEqual([['$.fields[0].lead', 'joint-list/lead-not-member']]);
    const unknown = keyIndustryLists(input, [{ field: field('gas'), lead: 'gas-office' as DepartmentId, departments: ['gas-office'] as DepartmentId[] }]);
    expect(unknown._tag === 'Left' && unknown.left.issues.map((i) => i.code)).toContain('reference/department');
    const empty = keyIndustryLists(input, [{ field: field('illegal-finance'), lead: 'transport' as DepartmentId, departments: ['transport'] as DepartmentId[] }]);
    expect(empty._tag === 'Left' && empty.left.issues.map((i) => [i.at, i.code, i.rule])).toEqual([['$.fields[0].lead', 'joint-list/lead-without-item', 'R16'], ['$.fields[0].departments[0]', 'joint-list/department-without-item', 'R16']]);
  });

  it('decides non-site supervision for an ordinary-risk visit of general items only, never for key items, higher risk or unrated (R9, R11, N6)', () => {
    const [first] = input.enterprises as [Enterprise];
    const b: Enterprise = { ...first, creditClass: 'B', colour: 'none', blackList: false };
    expect(rightOf(inspectionMode(b, minhangPolicy, [item('general')]))).toMatchObject({ mode: 'online', rule: 'R11', advanceNotice: true });
    expect(rightOf(inspectionMode(b, minhangPolicy, [item('general'), item('key')]))).toMatchObject({ mode: 'flying', rule: 'R9' });
    expect(rightOf(inspectionMode(b, nationalPolicy, [item('general')]))).toMatchObject({ mode: 'flying', rule: 'R9' });
    expect(rightOf(inspectionMode(b, minhangPolicy))).toMatchObject({ mode: 'flying', rule: 'R9' });
    for (const creditClass of ['C', 'D', 'unrated'] as const) expect(rightOf(inspectionMode({ ...b, creditClass }, minhangPolicy, [item('general')])).mode).not.toBe('online');
    expect(rightOf(inspectionMode({ ...b, colour: 'red' }, minhangPolicy, [item('general')])).mode).toBe('full-coverage');
  });

  it('refuses a lead or a department with no item there, a list overlapping one of the input, and a field given twice (outside review)', () => {
    const leadWithout = keyIndustryLists(input, [{ field: field('construction-quality'), lead: 'emergency' as DepartmentId, departments: ['housing', 'emergency'] as DepartmentId[] }]);
    expect(leadWithout._tag === 'Left' && leadWithout.left.issues.map((i) => [i.at, i.code])).toEqual([['$.fields[0].lead', 'joint-list/lead-without-item'], ['$.fields[0].departments[1]', 'joint-list/department-without-item']]);
    const withLists: PlanningInput = { ...input, jointLists: generateDirectory({ size: 10, seed: 'minhang', departments: 12 }).jointLists };
    expect(withLists.jointLists.some((l) => l.industry === 'H')).toBe(true);
    const overlap = keyIndustryLists(withLists, [{ field: field('food'), lead: 'samr' as DepartmentId, departments: ['samr'] as DepartmentId[] }]);
    expect(overlap._tag === 'Left' && overlap.left.issues.map((i) => [i.at, i.code])).toEqual([['$.fields[0].field.industries[3]', 'joint-list/overlap']]);
    const twice = keyIndustryLists(input, [{ field: field('gas'), lead: 'housing' as DepartmentId, departments: ['housing'] as DepartmentId[] }, { field: field('gas'), lead: 'housing' as DepartmentId, departments: ['housing'] as DepartmentId[] }]);
    expect(twice._tag === 'Left' && twice.left.issues.map((i) => [i.at, i.code])).toEqual([['$.fields[1].field.id', 'duplicate/field']]);
  });

  it('keeps yellow-coded enterprises and triggered visits on site (outside review: raised risk, R10; a complaint, R24)', () => {
    const [first] = input.enterprises as [Enterprise];
    const b: Enterprise = { ...first, creditClass: 'B', colour: 'yellow', blackList: false };
    expect(rightOf(inspectionMode(b, minhangPolicy, [item('general')])).mode).toBe('flying');
    const target = input.enterprises.find((e) => e.creditClass === 'B' && e.colour === 'none' && !e.blackList && e.industry.startsWith('L'))!;
    const triggered = [{ id: 'c1', enterprise: target.uscc, department: 'culture' as DepartmentId, items: ['culture/travel-agency' as InspectionItem['id']], reason: 'complaint' as const }];
    const plan = planPeriod(input, { seed: 'minhang-2024', triggered });
    if (plan._tag === 'Left') throw new Error(JSON.stringify(plan.left.issues));
    const visit = [...plan.right.tasks, ...plan.right.unplannable].find((t) => t.enterprise === target.uscc);
    expect(visit?.mode.mode).toBe('flying');
  });
});
