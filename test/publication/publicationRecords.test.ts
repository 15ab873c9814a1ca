/**
 * One public (一公开; R23, N4): the results of a batch, one record per inspected enterprise per
 * task, in the publicity system's wording and with the due date of publication (20 working days,
 * N4), plus the draw itself; unfinished results are listed as pending, never left out.
 */
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays, planPeriod, publicationRecords, verifyDraw, type DepartmentId,
  type InspectionResult, type IsoDate, type Plan, type PlanningInput,
} from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { rightOf } from '../result.js';

const SEED = '2024-Q2 公证 5 1 8';
// The health department has no inspector, so the joint tasks it takes part in cannot be staffed (R19).
const generated = generateDirectory({ size: 3_000, seed: 'publication', year: 2024, batch: 2, inspectorsPerDepartment: 4 });
const input: PlanningInput = { ...generated, inspectors: generated.inspectors.filter((i) => i.department !== 'health') };
const SECRET = 'publication visit secret 1a7e3c9d5b';
const planned = planPeriod(input, { seed: SEED, secret: SECRET });
if (planned._tag === 'Left') throw new Error(JSON.stringify(planned.left.issues));
const plan: Plan = planned.right;
const [t0, t1, t2, t3] = plan.tasks;

function resultOf(task: Plan['tasks'][number], change: Partial<InspectionResult>): InspectionResult {
  return {
    enterprise: task.enterprise, date: task.date, reason: 'random', lead: task.lead, departments: task.departments,
    findings: task.items.map((item) => ({ item, outcome: 'compliant' as const })), contact: 'operating', majorHazard: false, labResults: [],
    ...change,
  };
}

describe('publicationRecords (R23, N4)', () => {
  it('has the generated plan the cases need: staffed tasks and unplannable ones', () => {
    expect(plan.tasks.length).toBeGreaterThan(4);
    expect(plan.unplannable.length).toBeGreaterThan(0);
  });

  const results: InspectionResult[] = [
    resultOf(t0!, {}),
    resultOf(t1!, { findings: [{ item: t1!.items[0]!, outcome: 'violation', severity: 'general', spread: 'single' }] }),
    resultOf(t2!, { findings: [], contact: 'unreachable' }),
    resultOf(t3!, { findings: [], contact: 'not-operating' }),
  ];

  it('lists every task once: a result in the publicity system\'s wording, pending with its due date, or unplannable with its reason', () => {
    const published = publicationRecords(plan, results, { input, seed: SEED, secret: SECRET, triggered: [], asOf: '2024-12-31' as IsoDate });
    if (published._tag === 'Left') throw new Error(JSON.stringify(published.left.issues));
    const { records } = published.right;
    expect(records.map((r) => r.task)).toEqual([...plan.tasks, ...plan.unplannable].map((t) => t.id).sort());
    const byTask = new Map(records.map((r) => [r.task, r]));
    const wording = [t0, t1, t2, t3].map((t) => byTask.get(t!.id)?.wording);
    expect(wording).toEqual(['未发现问题', '发现问题待后续处理', '通过登记的住所（经营场所）无法联系', '未发现开展本次抽查涉及的经营活动']);
    const first = byTask.get(t0!.id);
    const e = input.enterprises.find((x) => x.uscc === t0!.enterprise)!;
    expect(first).toMatchObject({
      status: 'published', enterprise: e.uscc, name: e.name, task: t0!.id, lead: t0!.lead, departments: t0!.departments,
      items: t0!.items, date: t0!.date, outcome: 'no-problem', due: rightOf(addWorkingDays(t0!.date, 20)), rule: 'N4',
    });
    const pending = records.filter((r) => r.status === 'pending');
    expect(pending.length).toBe(plan.tasks.length - 4);
    for (const p of pending) {
      const task = plan.tasks.find((t) => t.id === p.task)!;
      // An unannounced visit's date is published only once it happened (R26, R32).
      if (task.mode.advanceNotice) expect(p).toMatchObject({ announced: true, outcome: null, wording: null, date: task.date, due: rightOf(addWorkingDays(task.date, 20)) });
      else expect(p).toMatchObject({ announced: false, outcome: null, wording: null, date: null, due: null });
    }
    const unplannable = records.filter((r) => r.status === 'unplannable');
    expect(unplannable.length).toBe(plan.unplannable.length);
    for (const u of unplannable) expect(u).toMatchObject({ outcome: null, date: null, due: null, reason: plan.unplannable.find((t) => t.id === u.task)!.problem.reason });
    expect(published.right.counts).toEqual({ published: 4, pending: pending.length, unplannable: unplannable.length });
  });

  it('publishes the draw itself: the record a notary verifies (seed, algorithm, input digest, each stratum\'s quota and drawn list)', () => {
    const published = publicationRecords(plan, [], { input, seed: SEED, secret: SECRET, triggered: [], asOf: '2024-12-31' as IsoDate });
    if (published._tag === 'Left') throw new Error(JSON.stringify(published.left.issues));
    expect(published.right.draw).toEqual(plan.draw.record);
    expect(verifyDraw(JSON.parse(JSON.stringify(published.right.draw)), input, { seed: SEED }).valid).toBe(true);
  });

  it('refuses a result of no task, two results of one task, a result of another date\'s calendar year it cannot count, and a malformed one, with paths', () => {
    const stranger = input.enterprises.find((e) => ![...plan.tasks, ...plan.unplannable].some((t) => t.enterprise === e.uscc))!;
    const cases: [unknown[], string[]][] = [
      [[{ ...results[0], enterprise: stranger.uscc }], ['$.results[0].enterprise']],
      [[results[0], results[0]], ['$.results[1]']],
      [[{ ...results[0], date: '2031-03-03' as IsoDate }], ['$.results[0].date']],
      [[{ ...results[0], findings: 'none' }], ['$.results[0].findings']],
      [[{ ...results[0], contact: 'gone' }], ['$.results[0].contact']],
    ];
    for (const [given, at] of cases) {
      const refused = publicationRecords(plan, given as InspectionResult[], { input, seed: SEED, secret: SECRET, triggered: [], asOf: '2024-12-31' as IsoDate });
      expect(refused._tag === 'Left' && refused.left.issues.map((i) => i.at), JSON.stringify(at)).toEqual(at);
    }
    const misspelt = publicationRecords(plan, [], { input, seed: SEED, secret: SECRET, triggered: [], asOf: '2024-12-31' as IsoDate, calender: {} } as never);
    expect(misspelt._tag === 'Left' && misspelt.left.issues[0]?.at).toBe('$.options.calender');
  });

  describe('an outside review of the documents', () => {
    const codes = (given: unknown[], options: object = { input, seed: SEED, secret: SECRET, triggered: [], asOf: '2024-12-31' as IsoDate }): string[] => {
      const r = publicationRecords(plan, given as InspectionResult[], options as never);
      return r._tag === 'Left' ? r.left.issues.map((i) => `${i.at} ${i.code}`) : [];
    };

    it('refuses what escalate refuses: no findings when operating, findings when unreachable, items not on the task, another lead or reason', () => {
      expect(codes([resultOf(t0!, { findings: [] })])).toEqual(['$.results[0].findings result/no-findings']);
      expect(codes([resultOf(t0!, { contact: 'unreachable' })])).toEqual(['$.results[0].findings result/unreachable-with-findings']);
      expect(codes([resultOf(t0!, { findings: [{ item: 'zzz' as never, outcome: 'compliant' }] })])[0]).toMatch(/^\$\.results\[0\]\.findings\[0\]\.item/);
      const otherLead = t0!.departments.find((d) => d !== t0!.lead) ?? ('transport' as DepartmentId);
      expect(codes([resultOf(t0!, { lead: otherLead })])).toContain('$.results[0].lead publication/task-mismatch');
      expect(codes([resultOf(t0!, { reason: 'complaint' })])).toContain('$.results[0].reason publication/task-mismatch');
    });

    it('refuses a result dated before the batch (it would predate the draw), and the input of another directory', () => {
      expect(codes([resultOf(t0!, { date: '2024-01-02' as IsoDate })])).toEqual(['$.results[0].date publication/task-mismatch', '$.results[0].date publication/before-period']);
      const other = generateDirectory({ size: 10, seed: 'zz', year: 2024, batch: 2 });
      expect(codes([], { input: other, seed: SEED, secret: SECRET, triggered: [], asOf: '2024-12-31' as IsoDate })).toEqual(['$.options.input publication/other-input']);
    });

    it('words a major hazard or a violation found at a closed enterprise as a problem, never as nothing found', () => {
      const published = publicationRecords(plan, [resultOf(t0!, { majorHazard: true }), resultOf(t1!, { contact: 'not-operating', findings: [{ item: t1!.items[0]!, outcome: 'violation', severity: 'general', spread: 'single' }] })], { input, seed: SEED, secret: SECRET, triggered: [], asOf: '2024-12-31' as IsoDate });
      if (published._tag === 'Left') throw new Error(JSON.stringify(published.left.issues));
      const byTask = new Map(published.right.records.map((r) => [r.task, r.outcome]));
      expect([byTask.get(t0!.id), byTask.get(t1!.id)]).toEqual(['problem-follow-up', 'problem-follow-up']);
    });

    it('answers a pending due date beyond the calendar\'s years with a Left naming the task, never a throw', () => {
      const late = generateDirectory({ size: 3_000, seed: 'r', year: 2026, batch: 4, inspectorsPerDepartment: 6 });
      const q4 = planPeriod(late, { seed: 's', secret: 'late visit secret 0f3e9a7c21b8d654' });
      if (q4._tag === 'Left') throw new Error('plan');
      const result = publicationRecords(q4.right, [], { input: late, seed: 's', secret: 'late visit secret 0f3e9a7c21b8d654', triggered: [], asOf: '2026-12-31' as IsoDate });
      expect(result._tag).toBe('Left');
      if (result._tag === 'Left') for (const i of result.left.issues) expect(i.code).toBe('calendar/unknown-year');
      const weekends = publicationRecords(q4.right, [], { input: late, seed: 's', secret: 'late visit secret 0f3e9a7c21b8d654', triggered: [], asOf: '2026-12-31' as IsoDate, calendar: { fallback: 'weekends' } });
      expect(weekends._tag).toBe('Right');
    });
  });
});
