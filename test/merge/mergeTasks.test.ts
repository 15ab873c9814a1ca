import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  mergeTasks, planDraw, tasksFromDraw,
  type DepartmentId, type DepartmentTask, type IsoDate, type ItemId, type MergeResult, type PlanningInput, type Uscc,
} from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { rightOf } from '../result.js';
import { mergeWith, ShapeCache } from '../../src/merge/mergeTasks.js';

const input = generateDirectory({ size: 3_000, seed: 'merge-tests', batch: 2 });
const catering = input.enterprises.find((e) => e.industry.startsWith('H'))?.uscc as Uscc;
const manufacturing = input.enterprises.find((e) => e.industry.startsWith('C'))?.uscc as Uscc;

function task(id: string, enterprise: Uscc, department: string, items: string[], reason: DepartmentTask['reason'] = 'random'): DepartmentTask {
  return { id, enterprise, department: department as DepartmentId, items: items as ItemId[], reason };
}
function merge(tasks: readonly DepartmentTask[], from: PlanningInput = input): MergeResult {
  const result = mergeTasks(from, tasks);
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left.issues));
  return result.right;
}

describe('mergeTasks: one visit per enterprise (R15–R18, R20)', () => {
  it('Wuxi-style: two departments’ draws and a complaint on one restaurant become one joint task, led by the 一业一查 lead (R15, R16)', () => {
    const result = merge([
      task('health-draw', catering, 'health', ['health/public-hygiene']),
      task('samr-draw', catering, 'samr', ['samr/food-safety', 'samr/registration']),
      task('fire-complaint', catering, 'fire', ['fire/fire-safety'], 'complaint'),
    ]);
    expect(result.joint).toEqual([{
      id: `joint:${catering}`, enterprise: catering, lead: 'samr', leadBy: 'joint-list',
      departments: ['samr', 'fire', 'health'],
      items: ['fire/fire-safety', 'health/public-hygiene', 'samr/food-safety', 'samr/registration'],
      tasks: ['fire-complaint', 'health-draw', 'samr-draw'], reasons: ['complaint', 'random'],
    }]);
    expect(result.dropped).toEqual([]);
  });

  it('without a joint list, who initiates leads (000 §二(一)); else the department with most items', () => {
    const initiated = merge([task('a', manufacturing, 'samr', ['samr/food-safety', 'samr/product-quality']), task('b', manufacturing, 'health', ['health/medical'], 'complaint')]);
    expect(initiated.joint[0]).toMatchObject({ lead: 'health', leadBy: 'initiator', departments: ['health', 'samr'] });
    const most = merge([task('a', manufacturing, 'health', ['health/medical']), task('b', manufacturing, 'samr', ['samr/food-safety', 'samr/product-quality'])]);
    expect(most.joint[0]).toMatchObject({ lead: 'samr', leadBy: 'most-items' });
  });

  it('checks the same kind once across levels, at the highest level (R18)', () => {
    const result = merge([task('a', manufacturing, 'samr', ['samr/registration', 'samr/registration@city'])]);
    expect(result.joint[0]?.items).toEqual(['samr/registration@city']);
    expect(result.dropped).toEqual([{ task: 'a', enterprise: manufacturing, item: 'samr/registration', reason: 'checked-at-another-level', rule: 'R18', instead: 'samr/registration@city' }]);
  });

  it('checks the same kind once across the levels of one line: the city and the district bureau of one system (R18)', () => {
    const cityBureau = { id: 'samr-city' as DepartmentId, name: '市市场监督管理局', level: 'city' as const, line: 'market-supervision' };
    const districtBureau = { id: 'samr' as DepartmentId, name: '区市场监督管理局', level: 'district' as const, line: 'market-supervision' };
    const cityFood = { ...(input.items.find((i) => i.id === 'samr/food-safety') as PlanningInput['items'][number]), id: 'samr-city/food-safety' as ItemId, department: cityBureau.id, level: 'city' as const };
    const lines: PlanningInput = {
      ...input,
      departments: [...input.departments.filter((d) => d.id !== 'samr'), districtBureau, cityBureau],
      items: [...input.items, cityFood],
    };
    const result = merge([task('city', manufacturing, 'samr-city', ['samr-city/food-safety']), task('district', manufacturing, 'samr', ['samr/food-safety'])], lines);
    expect(result.joint[0]).toMatchObject({ departments: ['samr-city'], items: ['samr-city/food-safety'] });
    expect(result.dropped).toEqual([{ task: 'district', enterprise: manufacturing, item: 'samr/food-safety', reason: 'checked-at-another-level', rule: 'R18', instead: 'samr-city/food-safety' }]);
    // Departments of different lines (or of no line named) keep their own checks of a kind.
    const unrelated: PlanningInput = { ...lines, departments: lines.departments.map((d) => (d.id === 'samr' ? { ...d, line: 'other-line' } : d)) };
    const both = merge([task('city', manufacturing, 'samr-city', ['samr-city/food-safety']), task('district', manufacturing, 'samr', ['samr/food-safety'])], unrelated);
    expect(both.joint[0]?.items).toEqual(['samr-city/food-safety', 'samr/food-safety']);
  });

  it('drops random items exempt after a joint inspection this year, never a complaint’s (R20)', () => {
    const withHistory: PlanningInput = {
      ...input,
      history: [{ enterprise: manufacturing, date: '2024-02-01' as IsoDate, departments: ['samr' as DepartmentId], itemKinds: ['samr:food-safety'], joint: true, unified: false, reason: 'random' }],
    };
    const random = merge([task('a', manufacturing, 'samr', ['samr/food-safety', 'samr/product-quality'])], withHistory);
    expect(random.joint[0]?.items).toEqual(['samr/product-quality']);
    expect(random.dropped).toEqual([expect.objectContaining({ item: 'samr/food-safety', reason: 'same-year-exempt', rule: 'R20' })]);
    const complaint = merge([task('a', manufacturing, 'samr', ['samr/food-safety'], 'complaint')], withHistory);
    expect(complaint.joint[0]?.items).toEqual(['samr/food-safety']);
    // A pair kept by one task is not dropped because another task's request was exempt.
    const both = merge([task('a', manufacturing, 'samr', ['samr/food-safety']), task('b', manufacturing, 'samr', ['samr/food-safety'], 'complaint')], withHistory);
    expect(both.dropped).toEqual([]);
    // Every item exempt: no visit, reported with the rule.
    const none = merge([task('a', manufacturing, 'samr', ['samr/food-safety'])], withHistory);
    expect(none.joint).toEqual([]);
    expect(none.empty).toEqual([{ enterprise: manufacturing, tasks: ['a'], reason: 'items-dropped', rule: 'R20' }]);
  });

  it('keeps safety items out of random tasks (R1), but a complaint may ask for them', () => {
    const result = merge([task('a', manufacturing, 'fire', ['fire/fire-safety'])]);
    expect(result.empty).toEqual([{ enterprise: manufacturing, tasks: ['a'], reason: 'items-dropped', rule: 'R1' }]);
    expect(result.dropped[0]).toMatchObject({ reason: 'out-of-random-scope', rule: 'R1' });
  });

  it('refuses unknown enterprises, departments and items, foreign items and repeated ids, with paths', () => {
    const bad = mergeTasks(input, [
      task('a', '91110000802100433B' as Uscc, 'samr', ['samr/food-safety']),
      task('a', manufacturing, 'tax', []),
      task('c', manufacturing, 'samr', ['health/medical', 'samr/ghost']),
    ]);
    expect(bad._tag === 'Left' && bad.left.issues.map((i) => [i.at, i.code])).toEqual([
      ['$.tasks[0].enterprise', 'reference/enterprise'],
      ['$.tasks[1].id', 'duplicate/task'],
      ['$.tasks[1].department', 'reference/department'],
      ['$.tasks[2].items[0]', 'task/foreign-item'],
      ['$.tasks[2].items[1]', 'reference/item'],
    ]);
  });
});

describe('mergeTasks on a drawn batch', () => {
  const plan = planDraw(input, { seed: 'merge-2024-Q2' });
  if (plan._tag === 'Left') throw new Error('draw');
  const drawnTasks = rightOf(tasksFromDraw(input, plan.right));
  const triggered = input.enterprises.slice(0, 40).map((e, i) => task(`complaint-${i}`, e.uscc, i % 2 === 0 ? 'samr' : 'health', [i % 2 === 0 ? 'samr/food-safety' : 'health/medical'], 'complaint'));
  const pool = [...drawnTasks, ...triggered];

  const pairs = (tasks: readonly DepartmentTask[]): string[] => [...new Set(tasks.flatMap((t) => t.items.map((i) => `${t.enterprise} ${i}`)))].sort();
  const arbitraryTasks = fc.shuffledSubarray(pool, { minLength: 0, maxLength: 120 });

  it('merges the draw into fewer visits than department tasks (R7, R17)', () => {
    const result = merge(drawnTasks);
    expect(drawnTasks.length).toBeGreaterThan(result.joint.length);
    expect(new Set(result.joint.map((j) => j.enterprise)).size).toBe(result.joint.length);
    expect(result.joint.length + result.empty.length).toBe(plan.right.targets.length);
  });

  test.prop([arbitraryTasks], { numRuns: 1000 })('nothing lost: every asked (enterprise, item) pair is in exactly one joint task or dropped', (tasks) => {
    const result = merge(tasks);
    const placed = result.joint.flatMap((j) => j.items.map((i) => `${j.enterprise} ${i}`));
    const gone = result.dropped.map((d) => `${d.enterprise} ${d.item}`);
    expect([...placed, ...gone].sort()).toEqual(pairs(tasks));
    const visited = new Set([...result.joint.map((j) => j.enterprise), ...result.empty.map((e) => e.enterprise)]);
    expect([...visited].sort()).toEqual([...new Set(tasks.map((t) => t.enterprise))].sort());
  });

  const tasksAndReordered = arbitraryTasks.chain((tasks) => fc.tuple(fc.constant(tasks), fc.shuffledSubarray(tasks, { minLength: tasks.length })));
  test.prop([tasksAndReordered], { numRuns: 1000 })('independent of the order of tasks, and idempotent', ([tasks, reordered]) => {
    const result = merge(tasks);
    expect(merge(reordered)).toEqual(result);
    // Merging the merged visits again (one task per department and visit) gives the same visits with
    // the same items and departments. (The re-created tasks no longer say who initiated, so the lead may differ.)
    const again = result.joint.flatMap((j) =>
      j.departments.map((d) => task(`${j.id}:${d}`, j.enterprise, d, j.items.filter((i) => i.startsWith(`${d}/`)), j.reasons.includes('random') ? 'random' : (j.reasons[0] ?? 'random'))),
    );
    const shape = (m: MergeResult) => m.joint.map((j) => [j.enterprise, j.items, [...j.departments].sort()]);
    expect(shape(merge(again))).toEqual(shape(result));
  });
});

describe('mergeTasks: groups of one shape share their merge (#25)', () => {
  const plan = rightOf(planDraw(input, { seed: 'merge-shapes-2024-Q2' }));
  const drawnTasks = rightOf(tasksFromDraw(input, plan));
  const triggered = input.enterprises.slice(0, 60).map((e, i) => task(`complaint-${i}`, e.uscc, i % 2 === 0 ? 'samr' : 'health', [i % 2 === 0 ? 'samr/food-safety' : 'health/medical'], 'complaint'));
  const pool = [...drawnTasks, ...triggered];
  const found = new Map(input.enterprises.map((e) => [e.uscc as string, e]));
  const lookup = (uscc: string) => found.get(uscc);

  const arbitraryTasks = fc.shuffledSubarray(pool, { minLength: 0, maxLength: Math.min(400, pool.length) });
  test.prop([arbitraryTasks], { numRuns: 1000 })('a group merged from a shape seen before equals its own merge, field for field and in the same key order (R15–R18, R20)', (tasks) => {
    const shapes = new ShapeCache();
    const shared = rightOf(mergeWith(input, tasks, lookup, false, shapes));
    const plain = rightOf(mergeWith(input, tasks, lookup, false, undefined));
    expect(JSON.stringify(shared)).toBe(JSON.stringify(plain));
  });

  it('the runs reach groups that reuse a shape, groups with history and groups with a triggered task', () => {
    const stats = fc.sample(arbitraryTasks, { numRuns: 300, seed: 25 }).map((tasks) => {
      const shapes = new ShapeCache();
      rightOf(mergeWith(input, tasks, lookup, false, shapes));
      const history = new Set(input.history.map((r) => r.enterprise as string));
      return { reused: shapes.hits > 0, history: tasks.some((t) => history.has(t.enterprise)), triggered: tasks.some((t) => t.reason !== 'random') };
    });
    expect(stats.filter((s) => s.reused).length).toBeGreaterThan(150);
    expect(stats.filter((s) => s.history).length).toBeGreaterThan(100);
    expect(stats.filter((s) => s.triggered).length).toBeGreaterThan(100);
  });
});
