import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { staffTasks, type Enterprise, type Inspector, type IsoDate, type JointTask, type PlanningInput, type Staffing } from '../../src/index.js';
import { isoDateFromDays, daysFromIsoDate } from '../../src/internal/date.js';
import { ENTERPRISES, inspector, ITEMS, jointTask, USCCS, world } from './world.js';
// The worlds explore team sizes of 1, which a validated input never has: the mode is read unchecked.
import { inspectionModeUnchecked } from '../../src/merge/inspectionMode.js';

const KINDS = { samr: ['samr:food', 'samr:quality'], health: ['health:hygiene'] } as const;
const RUNS = 1000;

const arbInspector = (department: 'samr' | 'health', n: number, windowDays: readonly IsoDate[]): fc.Arbitrary<Inspector> =>
  fc.record({
    certified: fc.boolean().map((b) => b || Math.abs(n) % 5 !== 0),
    qualifications: fc.subarray([...KINDS[department]]),
    unavailable: fc.subarray([...windowDays]),
    capacityPerDay: fc.integer({ min: 1, max: 2 }),
    conflicts: fc.subarray(USCCS.slice(0, 6), { maxLength: 2 }),
  }).map((f) => inspector(`${department}-${n}`, department, f));

const arbWorld = fc
  .record({ start: fc.integer({ min: 0, max: 20 }), length: fc.integer({ min: 1, max: 6 }), teamSize: fc.integer({ min: 2, max: 3 }), extra: fc.integer({ min: 0, max: 1 }) })
  .chain(({ start, length, teamSize, extra }) => {
    const first = daysFromIsoDate('2024-04-01' as IsoDate) + start;
    const days = Array.from({ length }, (_, i) => isoDateFromDays(first + i));
    const arbTask = (n: number): fc.Arbitrary<JointTask> =>
      fc.subarray(['samr', 'health'] as const, { minLength: 1 }).chain((departments) =>
        fc.subarray(ITEMS.filter((i) => (departments as readonly string[]).includes(i.department)).map((i) => i.id as string), { minLength: 1 })
          .map((items) => {
            const present = departments.filter((d) => items.some((i) => i.startsWith(`${d}/`)));
            return jointTask(n, present, items);
          }));
    return fc.record({
      samr: fc.integer({ min: 0, max: 6 }).chain((k) => fc.tuple(...Array.from({ length: k }, (_, i) => arbInspector('samr', i + 1, days)))),
      health: fc.integer({ min: 0, max: 4 }).chain((k) => fc.tuple(...Array.from({ length: k }, (_, i) => arbInspector('health', i + 1, days)))),
      tasks: fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 5 }).chain((ns) => fc.tuple(...ns.map(arbTask))),
      classes: fc.array(fc.constantFrom('A', 'B', 'C', 'D', 'unrated') as fc.Arbitrary<Enterprise['creditClass']>, { minLength: 8, maxLength: 8 }),
      seed: fc.stringMatching(/^[a-z0-9][a-z0-9 ]{0,6}[a-z0-9]$/),
    }).map(({ samr, health, tasks, classes, seed }) => {
      const input = world([...samr, ...health], {
        enterprises: ENTERPRISES.map((e, i) => ({ ...e, creditClass: classes[i] ?? e.creditClass })),
        policy: { ...world([]).policy, teamSize, escalatedTeamSize: teamSize + extra },
        period: { year: 2024, batch: 2, start: days[0] as IsoDate, end: days[days.length - 1] as IsoDate },
      });
      return { input, tasks, seed };
    });
  });

function run(input: PlanningInput, tasks: readonly JointTask[], seed: string): Staffing {
  const result = staffTasks(input, tasks, { seed });
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left.issues));
  return result.right;
}

const kindsOf = (task: JointTask, department: string): string[] =>
  [...new Set(ITEMS.filter((i) => task.items.includes(i.id) && i.department === department).map((i) => i.kind))];

describe('staffing properties (R19, N1, N2)', () => {
  test.prop([arbWorld], { numRuns: RUNS })('every task is staffed or unplannable, exactly once', ({ input, tasks, seed }) => {
    const s = run(input, tasks, seed);
    const ids = [...s.assignments.map((a) => a.task), ...s.unplannable.map((u) => u.task)].sort();
    expect(ids).toEqual(tasks.map((t) => t.id).sort());
  });

  test.prop([arbWorld], { numRuns: RUNS })('teams: certified, qualified, not recused, available, every department, at least the minimum, every kind covered', ({ input, tasks, seed }) => {
    const s = run(input, tasks, seed);
    const byId = new Map(input.inspectors.map((i) => [i.id as string, i]));
    for (const a of s.assignments) {
      const task = tasks.find((t) => t.id === a.task) as JointTask;
      const enterprise = input.enterprises.find((e) => e.uscc === task.enterprise) as Enterprise;
      expect(s.workingDays).toContain(a.date);
      expect(a.team.length).toBeGreaterThanOrEqual(inspectionModeUnchecked(enterprise, input.policy).teamSize);
      for (const department of task.departments) {
        const members = a.team.filter((m) => m.department === department).map((m) => byId.get(m.inspector) as Inspector);
        expect(members.length).toBeGreaterThan(0);
        const kinds = kindsOf(task, department);
        expect(kinds.every((k) => members.some((m) => m.qualifications.includes(k)))).toBe(true);
        for (const m of members) {
          expect(m.certified && m.department === department).toBe(true);
          expect(m.qualifications.some((q) => kinds.includes(q))).toBe(true);
          expect(m.conflicts).not.toContain(task.enterprise);
          expect(m.unavailable).not.toContain(a.date);
        }
      }
    }
  });

  test.prop([arbWorld], { numRuns: RUNS })('nobody over capacity on a day, nobody twice in one team', ({ input, tasks, seed }) => {
    const s = run(input, tasks, seed);
    const load = new Map<string, number>();
    for (const a of s.assignments) {
      expect(new Set(a.team.map((m) => m.inspector)).size).toBe(a.team.length);
      for (const m of a.team) load.set(`${m.inspector}@${a.date}`, (load.get(`${m.inspector}@${a.date}`) ?? 0) + 1);
    }
    const byId = new Map(input.inspectors.map((i) => [i.id as string, i]));
    for (const [key, n] of load) expect(n).toBeLessThanOrEqual((byId.get(key.split('@')[0] as string) as Inspector).capacityPerDay);
  });

  test.prop([arbWorld], { numRuns: RUNS })('every skip is true: recused had a conflict, unavailable was away, at capacity was busy, not-needed stayed out', ({ input, tasks, seed }) => {
    const s = run(input, tasks, seed);
    const byId = new Map(input.inspectors.map((i) => [i.id as string, i]));
    const busy = new Map<string, number>();
    for (const a of s.assignments) for (const m of a.team) busy.set(`${m.inspector}@${a.date}`, (busy.get(`${m.inspector}@${a.date}`) ?? 0) + 1);
    for (const a of s.assignments) {
      const task = tasks.find((t) => t.id === a.task) as JointTask;
      for (const skip of a.skipped) {
        const i = byId.get(skip.inspector) as Inspector;
        if (skip.reason === 'recused') expect(i.conflicts).toContain(task.enterprise);
        if (skip.reason === 'unavailable') expect(i.unavailable).toContain(a.date);
        if (skip.reason === 'at-capacity') expect(busy.get(`${i.id}@${a.date}`)).toBe(i.capacityPerDay);
        expect(a.team.map((m) => m.inspector)).not.toContain(skip.inspector);
      }
      const draws = [...a.team, ...a.skipped].filter((m) => m.department === task.lead).map((m) => m.draw).sort((x, y) => x - y);
      expect(draws).toEqual(draws.map((_, k) => k + 1));
    }
  });

  test.prop([arbWorld], { numRuns: RUNS })('a lone task is unplannable only when no team exists on any working day', ({ input, tasks, seed }) => {
    const task = tasks[0] as JointTask;
    const s = run(input, [task], seed);
    const enterprise = input.enterprises.find((e) => e.uscc === task.enterprise) as Enterprise;
    const size = inspectionModeUnchecked(enterprise, input.policy).teamSize;
    const feasibleOn = (date: IsoDate): boolean =>
      task.departments.every((department, k) => {
        const seats = 1 + (k === 0 ? Math.max(0, size - task.departments.length) : 0);
        const kinds = kindsOf(task, department);
        const free = input.inspectors.filter((i) => i.department === department && i.certified && i.qualifications.some((q) => kinds.includes(q))
          && !i.conflicts.includes(task.enterprise) && !i.unavailable.includes(date));
        return free.length >= seats && kinds.every((q) => free.some((i) => i.qualifications.includes(q)));
      });
    expect(s.assignments.length === 1).toBe(s.workingDays.some(feasibleOn));
  });

  // The permutations are fast-check's, so that a failure shrinks to a short reordering.
  const arbReordered = arbWorld.chain((world) =>
    fc.record({
      inspectors: fc.shuffledSubarray([...world.input.inspectors], { minLength: world.input.inspectors.length }),
      tasks: fc.shuffledSubarray([...world.tasks], { minLength: world.tasks.length }),
    }).map((order) => ({ world, order })),
  );
  test.prop([arbReordered], { numRuns: RUNS })('deterministic and independent of the order of tasks and inspectors', ({ world: { input, tasks, seed }, order }) => {
    const a = run(input, tasks, seed);
    expect(run({ ...input, inspectors: order.inspectors }, order.tasks, seed)).toEqual(a);
  });
});
