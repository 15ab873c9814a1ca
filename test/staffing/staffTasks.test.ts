import { describe, expect, it } from 'vitest';
import { isWorkingDay, staffTasks, type InspectionItem, type Inspector, type IsoDate, type JointTask, type PlanningInput, type Staffing } from '../../src/index.js';
import { ENTERPRISES, inspector, ITEMS, jointTask, USCCS, world } from './world.js';
import { rightOf } from '../result.js';

function staff(input: PlanningInput, tasks: readonly JointTask[], seed = 'staff-tests'): Staffing {
  const result = staffTasks(input, tasks, { seed });
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left.issues));
  return result.right;
}

const samr = (n: number, fields: Partial<Inspector> = {}): Inspector => inspector(`samr-${n}`, 'samr', fields);
const health = (n: number, fields: Partial<Inspector> = {}): Inspector => inspector(`health-${n}`, 'health', fields);

describe('staffTasks: the second random (R19, N1, N2)', () => {
  it('gives a joint task a working day and a team of at least two covering every department; the lead brings the rest (N1)', () => {
    const input = world([samr(1), samr(2), samr(3), health(1), health(2)], { period: { year: 2024, batch: 2, start: '2024-04-01' as IsoDate, end: '2024-04-30' as IsoDate } });
    const solo = staff(input, [jointTask(0, ['samr'], ['samr/food'])]);
    expect(solo.assignments[0]?.team.map((m) => m.department)).toEqual(['samr', 'samr']);
    const pair = staff(input, [jointTask(0, ['health', 'samr'], ['health/hygiene', 'samr/food'])]);
    expect(pair.assignments[0]?.team.map((m) => m.department)).toEqual(['health', 'samr']);
    const date = pair.assignments[0]?.date as IsoDate;
    expect(date >= '2024-04-01' && date <= '2024-04-30' && rightOf(isWorkingDay(date))).toBe(true);
    // 2024-04-07 is a Sunday worked for Qingming (N3): a working day of the window.
    expect(pair.workingDays).toContain('2024-04-07');
    expect(pair.workingDays).not.toContain('2024-04-04');
  });

  it('gives class C and D the escalated team size (R9)', () => {
    const input = world([samr(1), samr(2), samr(3), samr(4)], { enterprises: ENTERPRISES.map((e, i) => (i === 0 ? { ...e, creditClass: 'C' as const } : e)) });
    expect(staff(input, [jointTask(0, ['samr'], ['samr/food'])]).assignments[0]?.team).toHaveLength(input.policy.escalatedTeamSize);
  });

  it('replaces a drawn inspector who declared a conflict with the enterprise, and records it (N2)', () => {
    const input = world([samr(1, { conflicts: [USCCS[0] as string] as never }), samr(2), samr(3)]);
    // Find seeds where the conflicted inspector is drawn before the team is complete.
    const results = Array.from({ length: 12 }, (_, i) => staff(input, [jointTask(0, ['samr'], ['samr/food'])], `recusal-${i}`).assignments[0]);
    for (const a of results) expect(a?.team.map((m) => m.inspector)).toEqual(expect.not.arrayContaining(['samr-1']));
    const recorded = results.filter((a) => a?.skipped.some((s) => s.inspector === 'samr-1'));
    expect(recorded.length).toBeGreaterThan(0);
    for (const a of recorded) expect(a?.skipped).toContainEqual(expect.objectContaining({ inspector: 'samr-1', reason: 'recused', rule: 'N2' }));
  });

  it('passes over the unavailable and those at capacity, and nobody is in two places on one day (R19)', () => {
    const input = world([samr(1, { unavailable: ['2024-04-08' as IsoDate] }), samr(2), samr(3), samr(4), samr(5, { capacityPerDay: 2 })]);
    const tasks = [0, 1, 2].map((n) => jointTask(n, ['samr'], ['samr/food']));
    const result = staff(input, tasks);
    // 4 available seats-days (samr-2, -3, -4 once, samr-5 twice) for 3 tasks of 2: one task cannot be staffed.
    expect(result.assignments).toHaveLength(2);
    expect(result.unplannable).toEqual([expect.objectContaining({ reason: 'no-available-date', rule: 'R19' })]);
    const load = new Map<string, number>();
    for (const a of result.assignments) for (const m of a.team) load.set(m.inspector, (load.get(m.inspector) ?? 0) + 1);
    expect(load.get('samr-1')).toBeUndefined();
    for (const [id, n] of load) expect(n).toBeLessThanOrEqual(id === 'samr-5' ? 2 : 1);
    const skips = result.assignments.flatMap((a) => a.skipped);
    for (const s of skips.filter((s) => s.inspector === 'samr-1')) expect(s.reason).toBe('unavailable');
    for (const s of skips.filter((s) => s.reason === 'at-capacity')) expect(load.get(s.inspector)).toBeGreaterThan(0);
  });

  it('covers every kind of a department’s items: a member who adds nothing once seats are full is not needed', () => {
    const input = world([samr(1, { qualifications: ['samr:food'] }), samr(2, { qualifications: ['samr:food'] }), samr(3, { qualifications: ['samr:food'] }), samr(4, { qualifications: ['samr:quality'] })]);
    for (let i = 0; i < 8; i++) {
      const a = staff(input, [jointTask(0, ['samr'], ['samr/food', 'samr/quality'])], `kinds-${i}`).assignments[0];
      expect(a?.team.map((m) => m.inspector)).toContain('samr-4');
      for (const s of a?.skipped ?? []) expect(s).toMatchObject({ reason: 'not-needed', rule: 'R19' });
    }
  });

  it('covers every kind also past 31 kinds in one department (the wide path)', () => {
    const kinds = Array.from({ length: 33 }, (_, i) => `samr:k${String(i).padStart(2, '0')}`);
    const items = kinds.map((kind) => ({ ...ITEMS[0], id: `samr/${kind.slice(5)}`, kind }) as InspectionItem);
    const inspectors = [samr(1, { qualifications: kinds.slice(0, 20) }), samr(2, { qualifications: kinds.slice(0, 5) }), samr(3, { qualifications: kinds.slice(20) }), samr(4, { qualifications: kinds.slice(30) })];
    const input = world(inspectors, { items });
    for (let i = 0; i < 6; i++) {
      const a = staff(input, [jointTask(0, ['samr'], items.map((x) => x.id))], `wide-${i}`).assignments[0];
      const held = new Set(a?.team.flatMap((m) => inspectors.find((x) => x.id === m.inspector)?.qualifications ?? []));
      expect(kinds.every((k) => held.has(k))).toBe(true);
      expect(a?.team.map((m) => m.inspector)).toEqual(expect.arrayContaining(['samr-1', 'samr-3']));
    }
    expect(staff(world(inspectors.slice(0, 2), { items }), [jointTask(0, ['samr'], items.map((x) => x.id))]).unplannable[0]).toMatchObject({ reason: 'no-qualified-inspector', kind: 'samr:k20' });
  });

  it('reports a task it cannot staff with the precise reason, never drops it', () => {
    const one = (inspectors: Inspector[], fields: Partial<PlanningInput> = {}) => staff(world(inspectors, fields), [jointTask(0, ['samr', 'health'], ['samr/food', 'health/hygiene'])]);
    expect(one([samr(1), samr(2), health(1, { certified: false })]).unplannable[0]).toMatchObject({ reason: 'no-qualified-inspector', rule: 'R19', department: 'health', kind: 'health:hygiene' });
    expect(one([samr(1), samr(2), health(1, { conflicts: [USCCS[0] as string] as never })]).unplannable[0]).toMatchObject({ reason: 'all-recused', rule: 'N2', department: 'health' });
    expect(one([samr(1), health(1)], { policy: { ...world([]).policy, teamSize: 3 } }).unplannable[0]).toMatchObject({ reason: 'too-few-inspectors', rule: 'N1', department: 'samr' });
    expect(one([samr(1), samr(2), health(1)], { period: { year: 2024, batch: 4, start: '2024-10-01' as IsoDate, end: '2024-10-07' as IsoDate } }).unplannable[0]).toMatchObject({ reason: 'no-working-day', rule: 'N3' });
    expect(one([samr(1), samr(2), health(1, { unavailable: ['2024-04-08' as IsoDate] })]).unplannable[0]).toMatchObject({ reason: 'no-available-date', rule: 'R19' });
    const qualifiedElsewhere = one([samr(1, { qualifications: ['samr:quality'] }), samr(2, { qualifications: ['samr:quality'] }), health(1)]);
    expect(qualifiedElsewhere.unplannable[0]).toMatchObject({ reason: 'no-qualified-inspector', department: 'samr', kind: 'samr:food' });
  });

  it('does not depend on the order of tasks or inspectors, and depends on the seed', () => {
    const inspectors = [1, 2, 3, 4, 5, 6].map((n) => samr(n)).concat([1, 2, 3].map((n) => health(n)));
    const input = world(inspectors, { period: { year: 2024, batch: 2, start: '2024-04-01' as IsoDate, end: '2024-04-30' as IsoDate } });
    const tasks = [0, 1, 2, 3, 4, 5].map((n) => jointTask(n, n % 2 === 0 ? ['samr', 'health'] : ['samr'], n % 2 === 0 ? ['samr/food', 'health/hygiene'] : ['samr/quality']));
    const a = staff(input, tasks, 'order');
    expect(staff({ ...input, inspectors: [...inspectors].reverse() }, [...tasks].reverse(), 'order')).toEqual(a);
    expect(staff(input, tasks, 'another seed')).not.toEqual(a);
  });

  it('pins the second random: seed, task and department give the same team on any machine', () => {
    const inspectors = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => samr(n));
    const input = world(inspectors, { period: { year: 2024, batch: 2, start: '2024-04-01' as IsoDate, end: '2024-04-30' as IsoDate } });
    const a = staff(input, [jointTask(0, ['samr'], ['samr/food'])], '2024-Q2 公证 7 3 9 1 4 0').assignments[0];
    expect({ date: a?.date, team: a?.team.map((m) => `${m.inspector}#${m.draw}`) }).toMatchInlineSnapshot(`
      {
        "date": "2024-04-25",
        "team": [
          "samr-3#1",
          "samr-7#2",
        ],
      }
    `);
  });

  it('rejects malformed tasks and unknown calendar years with paths and rules', () => {
    const input = world([samr(1), samr(2)]);
    const good = jointTask(0, ['samr'], ['samr/food']);
    const bad = staffTasks(input, [
      { ...good, enterprise: '91350100M000100Y44' as never },
      { ...jointTask(1, ['samr'], ['health/hygiene']) },
      { ...jointTask(2, ['samr'], ['samr/food']), lead: 'health' as never, departments: ['samr', 'police'] as never },
      { ...jointTask(3, ['samr'], ['samr/nothing']) },
      good,
    ], { seed: 's' });
    expect(bad._tag).toBe('Left');
    if (bad._tag === 'Left') {
      expect(bad.left.issues.map((i) => [i.at, i.code, i.rule])).toEqual([
        ['$.tasks[0].enterprise', 'reference/enterprise', 'R2'],
        ['$.tasks[1].items[0]', 'task/foreign-item', 'R19'],
        ['$.tasks[2].departments[1]', 'reference/department', 'R15'],
        ['$.tasks[2].lead', 'task/lead', 'R15'],
        ['$.tasks[3].items[0]', 'reference/item', 'R15'],
        ['$.tasks[4].id', 'duplicate/task', 'R15'],
      ]);
    }
    const future = world([samr(1), samr(2)], { period: { year: 2031, batch: 1, start: '2031-01-05' as IsoDate, end: '2031-01-09' as IsoDate } });
    const unknown = staffTasks(future, [good], { seed: 's' });
    expect(unknown._tag === 'Left' && unknown.left.issues[0]).toMatchObject({ at: '$.period', code: 'calendar/unknown-year', rule: 'N3' });
    const lenient = staffTasks(future, [good], { seed: 's', calendar: { fallback: 'weekends' } });
    expect(lenient._tag === 'Right' && lenient.right.workingDays).toEqual(['2031-01-06', '2031-01-07', '2031-01-08', '2031-01-09']);
    expect(staffTasks(input, [good], { seed: 2024 as never })).toMatchObject({ _tag: 'Left', left: { issues: [{ code: 'seed/invalid', at: '$.options.seed', rule: 'R27' }] } });
  });
});
