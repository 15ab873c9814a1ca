import { describe, expect, it } from 'vitest';
import {
  defaultDraws, jointShare, mergeTasks, parsePlanningInput, planDraw, planPeriod, qingyangPolicy, tasksFromDraw, verifyPlan, wuxiPolicy,
  type DepartmentId, type DepartmentTask, type DrawSpec, type ItemId, type Plan, type PlanMetrics, type PlanningInput, type PlanOptions, type Uscc,
} from '../../src/index.js';
import { inputDigest } from '../../src/random/inputDigest.js';
import { generateDirectory } from '../../src/testing/index.js';
import { minimalInput } from '../fixtures.js';
import { rightOf } from '../result.js';

const input = generateDirectory({ size: 3_000, seed: 'plan-tests', batch: 2, inspectorsPerDepartment: 20 });
const SEED = '2024-Q2 公证 7 3 9 1 4 0';

function plan(options: Partial<PlanOptions> = {}, from: PlanningInput = input): Plan {
  const result = planPeriod(from, { seed: SEED, ...options });
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left.issues));
  return result.right;
}
const base = plan();
const notDrawn = input.enterprises.find((e) => base.draw.outcomeOf(e.uscc)?.status === 'not-drawn' && e.industry.startsWith('H'))?.uscc as Uscc;

describe('planPeriod: the whole batch (R15–R20, R26–R28)', () => {
  it('accounts for every department task and every (enterprise, item) pair exactly once', () => {
    const asked = new Set<string>();
    const { tasks, unplannable, dropped, empty, metrics } = base;
    // Rebuild the department tasks' pairs from the draw record through the plan's own outputs.
    const placed = [...tasks, ...unplannable].flatMap((t) => t.items.map((i) => `${t.enterprise} ${i}`));
    const droppedPairs = dropped.map((d) => `${d.enterprise} ${d.item}`);
    for (const pair of [...placed, ...droppedPairs]) {
      expect(asked.has(pair)).toBe(false);
      asked.add(pair);
    }
    expect(new Set([...tasks, ...unplannable].map((t) => t.enterprise)).size).toBe(tasks.length + unplannable.length);
    // An enterprise left with no item had its pairs dropped; a target no item applies to had no
    // task at all (R1). Neither is visited.
    const targets = new Set<string>(base.draw.targets.map((t) => t.uscc));
    const visited = new Set<string>([...tasks, ...unplannable].map((t) => t.enterprise));
    for (const e of empty) {
      expect(visited.has(e.enterprise)).toBe(false);
      if (e.reason === 'items-dropped') expect(droppedPairs.some((p) => p.startsWith(e.enterprise))).toBe(true);
      else expect([e.tasks.length, targets.has(e.enterprise), droppedPairs.some((p) => p.startsWith(e.enterprise))]).toEqual([0, true, false]);
    }
    expect(empty.some((e) => e.reason === 'no-applicable-item')).toBe(true);
    expect(metrics.visits).toBe(tasks.length + unplannable.length);
    expect(metrics.planned).toBe(tasks.length);
    expect(metrics.visitsSaved).toBe(metrics.departmentTasks - metrics.visits);
    expect(metrics.departmentTasks).toBeGreaterThan(metrics.visits);
    expect(Object.values(metrics.dropped).reduce((a, b) => a + b, 0)).toBe(dropped.length);
    expect(metrics.coverage.reduce((sum, c) => sum + c.enterprises, 0)).toBe(input.enterprises.length);
    expect(metrics.coverage.reduce((sum, c) => sum + c.visits, 0)).toBe(tasks.length);
  });

  it('gives every task its mode (R9, R10, R26): flying is unannounced, escalated has the larger team', () => {
    for (const t of base.tasks) {
      const e = input.enterprises.find((x) => x.uscc === t.enterprise);
      if (e?.colour === 'red') expect(t.mode.mode).toBe('full-coverage');
      else if (e?.creditClass === 'B') expect(t.mode).toMatchObject({ mode: 'flying', advanceNotice: false });
      else if (e?.creditClass === 'C' || e?.creditClass === 'D') {
        expect(t.mode.mode).toBe('escalated');
        expect(t.team.length).toBeGreaterThanOrEqual(input.policy.escalatedTeamSize);
      }
      expect(t.team.length).toBeGreaterThanOrEqual(input.policy.teamSize);
    }
    expect(new Set(base.tasks.map((t) => t.mode.mode)).size).toBeGreaterThanOrEqual(3);
  });

  it('merges a complaint into the visit of a drawn enterprise, and plans one on an undrawn enterprise (R15, R17)', () => {
    const drawn = base.tasks.find((t) => t.departments.length === 1 && t.departments[0] === 'samr' && t.enterprise.length > 0) as Plan['tasks'][number];
    const complaints: DepartmentTask[] = [
      { id: 'complaint-1', enterprise: drawn.enterprise, department: 'fire' as DepartmentId, items: ['fire/fire-safety' as ItemId], reason: 'complaint' },
      { id: 'complaint-2', enterprise: notDrawn, department: 'health' as DepartmentId, items: ['health/public-hygiene' as ItemId], reason: 'complaint' },
    ];
    const withComplaints = plan({ triggered: complaints });
    const all = [...withComplaints.tasks, ...withComplaints.unplannable];
    expect(all.find((t) => t.enterprise === drawn.enterprise)).toMatchObject({ lead: 'fire', leadBy: 'initiator', departments: ['fire', 'samr'], reasons: ['complaint', 'random'] });
    expect(all.find((t) => t.enterprise === notDrawn)).toMatchObject({ lead: 'health', leadBy: 'initiator', reasons: ['complaint'] });
    expect(withComplaints.metrics.departmentTasks).toBe(base.metrics.departmentTasks + 2);
    expect(withComplaints.record.triggered.map((t) => t.id)).toEqual(['complaint-1', 'complaint-2']);
  });

  it('rejects bad triggered tasks with paths under $.options.triggered', () => {
    const bad = planPeriod(input, { seed: SEED, triggered: [
      { id: 'c', enterprise: notDrawn, department: 'health' as DepartmentId, items: ['samr/food-safety' as ItemId], reason: 'complaint' },
      { id: base.tasks[0]?.tasks[0] as string, enterprise: notDrawn, department: 'health' as DepartmentId, items: ['health/public-hygiene' as ItemId], reason: 'complaint' },
    ] });
    expect(bad._tag === 'Left' && bad.left.issues.map((i) => [i.at, i.code, i.rule])).toEqual([['$.options.triggered[0].items[0]', 'task/foreign-item', 'R19']]);
    const clash = planPeriod(input, { seed: SEED, triggered: [
      { id: base.tasks[0]?.tasks[0] as string, enterprise: notDrawn, department: 'health' as DepartmentId, items: ['health/public-hygiene' as ItemId], reason: 'complaint' },
    ] });
    expect(clash._tag === 'Left' && clash.left.issues.map((i) => [i.at, i.code])).toEqual([['$.options.triggered[0].id', 'duplicate/task']]);
  });

  it('checks a seeded subset of a flying inspection’s random items when the policy says so (R9)', () => {
    const half = plan({}, { ...input, policy: { ...input.policy, flyingItemShare: 0.5 } });
    const flying = half.tasks.filter((t) => t.mode.mode === 'flying');
    expect(flying.length).toBeGreaterThan(0);
    const full = new Map([...base.tasks, ...base.unplannable].map((t) => [t.id, t]));
    for (const t of flying) {
      const before = full.get(t.id)?.items ?? [];
      for (const d of t.departments) {
        const n = before.filter((i) => i.startsWith(`${d}/`)).length;
        expect(t.items.filter((i) => i.startsWith(`${d}/`)).length).toBe(Math.max(1, Math.ceil(n / 2)));
      }
      for (const i of before.filter((x) => !t.items.includes(x))) {
        expect(half.dropped).toContainEqual(expect.objectContaining({ enterprise: t.enterprise, item: i, reason: 'not-in-flying-subset', rule: 'R9' }));
      }
    }
    expect(half.metrics.dropped['not-in-flying-subset']).toBeGreaterThan(0);
    expect(base.metrics.dropped['not-in-flying-subset']).toBe(0);
  });

  it('plans Qingyang’s batch through its 一业一查 lists only: no department starts a random task alone (R16)', () => {
    const qingyang = plan({}, { ...input, policy: qingyangPolicy });
    const from = [...qingyang.tasks, ...qingyang.unplannable].flatMap((t) => t.tasks);
    expect(from.length).toBeGreaterThan(0);
    for (const id of from) expect(id).toMatch(/^(full:)?joint\//);
    expect(base.tasks.flatMap((t) => t.tasks).some((id) => id.startsWith('general:'))).toBe(true);
  });

  it('measures the joint share against the Wuxi target (R7)', () => {
    const wuxi = plan({}, { ...input, policy: wuxiPolicy });
    expect(wuxi.metrics.jointShare).toMatchObject({ target: 0.25 });
    expect(wuxi.metrics.jointShare.met).toBe(wuxi.metrics.jointShare.share >= 0.25);
    expect(rightOf(jointShare([{ departments: ['a', 'b'] }, { departments: ['a'] }, { departments: ['c', 'c'] }], 0.25))).toEqual({ joint: 1, total: 3, share: 1 / 3, target: 0.25, met: true });
    expect(rightOf(jointShare([], 0.25))).toEqual({ joint: 0, total: 0, share: 0, target: 0.25, met: false });
    expect(rightOf(jointShare([{ departments: ['a'] }]))).toMatchObject({ target: null, met: null });
    expect(jointShare([], 1.5)).toMatchObject({ _tag: 'Left', left: { issues: [{ code: 'schema/too_big', at: '$.target', rule: 'R7' }] } });
  });
});

describe('verifyPlan (R27)', () => {
  it('accepts the plan, also after a JSON round trip', () => {
    expect(verifyPlan(base, input, { seed: SEED, triggered: [] })).toEqual({ valid: true, differences: [], truncated: false, unchecked: [] });
    expect(verifyPlan(JSON.parse(JSON.stringify(base)) as Plan, input, { seed: SEED }).valid).toBe(true);
  });

  it('rejects an altered seed (named first), date, team member, dropped pair or metric, naming the field', () => {
    const task = base.tasks[0] as Plan['tasks'][number];
    const cases: [string, Plan][] = [
      ['draw.record.seed', { ...base, draw: { ...base.draw, record: { ...base.draw.record, seed: 'forged' } } }],
      ['tasks[0].date', { ...base, tasks: [{ ...task, date: '2024-06-28' as never }, ...base.tasks.slice(1)] }],
      ['tasks[0].team[0].inspector', { ...base, tasks: [{ ...task, team: [{ ...task.team[0], inspector: 'samr-999' } as never, ...task.team.slice(1)] }, ...base.tasks.slice(1)] }],
      ['dropped.length', { ...base, dropped: base.dropped.slice(1) }],
      ['metrics.visitsSaved', { ...base, metrics: { ...base.metrics, visitsSaved: 0 } }],
    ];
    for (const [path, forged] of cases) {
      const v = verifyPlan(forged, input, { seed: SEED });
      expect(v.valid).toBe(false);
      expect(v.differences[0]?.path.startsWith(path)).toBe(true);
    }
  });

  it('rejects a plan when the directory changed after planning', () => {
    const changed = { ...input, enterprises: input.enterprises.slice(1) };
    const v = verifyPlan(base, changed, { seed: SEED });
    expect(v.valid).toBe(false);
    expect(v.differences.map((d) => d.path)).toContain('draw.record.inputDigest');
  });

  it('rejects a plan recording another seed than the announced one, even when nothing depends on it', () => {
    const forged = { ...base, draw: { ...base.draw, record: { ...base.draw.record, seed: 'forged' } } };
    expect(verifyPlan(forged, input, { seed: SEED }).differences[0]).toEqual({ path: 'draw.record.seed', expected: SEED, found: 'forged' });
    expect(verifyPlan(base, input, { seed: SEED }).valid).toBe(true);
  });

  it('limits the list of differences', () => {
    const v = verifyPlan({ ...base, tasks: [], metrics: {} as PlanMetrics }, input, { seed: SEED, limit: 3 });
    expect(v).toMatchObject({ valid: false, truncated: true });
    expect(v.differences).toHaveLength(3);
  });
});

describe('input digest stability', () => {
  it('leaves flyingItemShare out while it holds its default, so inputs written before it keep their digest', () => {
    const raw = minimalInput();
    const parse = (r: unknown): PlanningInput => {
      const p = parsePlanningInput(r);
      if (p._tag === 'Left') throw new Error(JSON.stringify(p.left.issues));
      return p.right;
    };
    const { flyingItemShare: _omit, ...old } = raw.policy;
    const without = parse({ ...raw, policy: old });
    expect(without.policy.flyingItemShare).toBe(1);
    expect(rightOf(inputDigest(parse({ ...raw, policy: { ...old, flyingItemShare: 1 } })))).toBe(rightOf(inputDigest(without)));
    expect(rightOf(inputDigest(parse({ ...raw, policy: { ...old, flyingItemShare: 0.5 } })))).not.toBe(rightOf(inputDigest(without)));
  });
});

describe('planPeriod drafts per target (#25)', () => {
  it('orders a target\'s tasks by id when one draw\'s prefix begins another\'s (draw ids with ":"), as the public stages do (R15)', () => {
    const input = generateDirectory({ size: 3_000, seed: 'nested-prefixes', year: 2024, batch: 2 });
    const first = rightOf(defaultDraws(input))[0] as DrawSpec;
    const department = first.departments[0] as string;
    // Task ids `a:samr:<code>` and `a:samr:samr:<code>`: the first prefix begins the second.
    const draws: DrawSpec[] = [{ ...first, id: 'a' }, { ...first, id: `a:${department}` }];
    const plan = rightOf(planPeriod(input, { seed: 'nested', draws }));
    const drafted = rightOf(tasksFromDraw(input, plan.draw));
    expect(drafted.some((t) => t.id.startsWith(`a:${department}:${department}:`))).toBe(true);
    const merged = rightOf(mergeTasks(input, drafted));
    const visits = [...plan.tasks, ...plan.unplannable].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(visits.map((v) => [v.id, v.tasks, v.items, v.departments, v.lead])).toEqual(merged.joint.map((j) => [j.id, j.tasks, j.items, j.departments, j.lead]));
  });
});

describe('task ids that two draws spell alike (#25, found by an outside review)', () => {
  // Draw "x:fire" over department "samr" and draw "x" over department "fire:samr" both spell "x:fire:samr:" + code.
  const raw = JSON.parse(JSON.stringify(generateDirectory({ size: 30, seed: 'h1', batch: 2 }))) as { departments: unknown[]; items: unknown[]; inspectors: unknown[] };
  raw.departments.push({ id: 'fire:samr', name: '消防市场', level: 'district' });
  raw.items.push({ id: 'fs/check', name: '检查', department: 'fire:samr', kind: 'fs:check', level: 'district', importance: 'general', scope: 'general', industries: [] });
  for (let i = 1; i <= 4; i++) raw.inspectors.push({ id: `fs-${i}`, name: `fs${i}`, department: 'fire:samr', certified: true, qualifications: ['fs:check'], unavailable: [], capacityPerDay: 5, conflicts: [] });
  const input = rightOf(parsePlanningInput(raw));
  const draws = [
    { id: 'x:fire', departments: ['samr'], kinds: ['samr:registration'], filter: {}, ratio: 1 },
    { id: 'x', departments: ['fire:samr'], kinds: ['fs:check'], filter: {}, ratio: 1 },
  ] as unknown as DrawSpec[];

  it('planPeriod refuses the draws, naming both pairs, instead of planning a visit that lists one task id twice (R15)', () => {
    const plan = planPeriod(input, { seed: 's', draws });
    expect(plan._tag === 'Left' && plan.left.issues.map((i) => [i.code, i.at, i.rule])).toEqual([['duplicate/task', '$.options.draws[0].id', 'R15']]);
    expect(plan._tag === 'Left' && plan.left.issues[0]?.message).toMatch(/draw "x" with department "fire:samr" and draw "x:fire" with department "samr"/);
  });

  it('tasksFromDraw refuses the draw the same way, as mergeTasks would refuse its tasks (R15)', () => {
    const drawn = rightOf(planDraw(input, { seed: 's', draws }));
    const tasks = tasksFromDraw(input, drawn);
    expect(tasks._tag === 'Left' && tasks.left.issues.map((i) => [i.code, i.at])).toEqual([['duplicate/task', '$.plan.record.draws[1].id']]);
  });
});
