/**
 * What an outside review of #14 broke, each case as it was reported: throws where a Left is
 * promised, a spread input whose policy skipped every check, invisible characters that got
 * through, and options ignored or unsuggested.
 */
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';

const input = generateDirectory({ size: 400, seed: 'review-14', inspectorsPerDepartment: 3 });
const raw = JSON.parse(JSON.stringify(input));
const must = <T>(r: lib.Result<lib.InputError, T>): T => {
  if (r._tag === 'Left') throw new Error(JSON.stringify(r.left.issues.slice(0, 3)));
  return r.right;
};
const plan = must(lib.planPeriod(input, { seed: 's' }));
const task = plan.tasks[0]!;
const refusedAt = (result: unknown): string[] => {
  expect((result as { _tag: string })._tag).toBe('Left');
  return (result as lib.Left<lib.InputError>).left.issues.map((i) => i.at);
};

describe('throws the review found (#14)', () => {
  it('publicationRecords on a garbage plan', () => {
    for (const bad of [{}, null, undefined, { ...plan, tasks: [null] }, { ...plan, tasks: [{ ...task, enterprise: 5, departments: 'xx', items: null }] }]) {
      expect(() => refusedAt(lib.publicationRecords(bad as never, [], { input, seed: 's', triggered: [], asOf: '2024-12-31' as never }))).not.toThrow();
    }
  });

  it('sheetResult on a garbage sheet; checkSheet on a task without a mode', () => {
    const sheet = must(lib.checkSheet(task, input));
    const filled = { contact: 'operating' as const, rows: sheet.rows.map((r) => ({ item: r.item, outcome: 'compliant' as const })) };
    expect(refusedAt(lib.sheetResult({} as never, filled))[0]).toMatch(/^\$\.sheet/);
    expect(refusedAt(lib.sheetResult({ ...sheet, rows: null } as never, filled))[0]).toMatch(/^\$\.sheet/);
    const noMode = lib.checkSheet({ ...task, mode: undefined } as never, input);
    expect(noMode._tag === 'Right' && noMode.right.mode).toBe(null);
  });

  it('split draws: a bad seed in the quotas, a BigInt or a cycle in a period', () => {
    const counts = must(lib.countShard(input, { seed: 's' }));
    const quotas = must(lib.splitQuotas([counts], input));
    const digest = must(lib.inputDigest(input));
    const shard = must(lib.drawShard(input, { seed: 's' }, quotas));
    expect(() => refusedAt(lib.mergeShards([shard], { ...quotas, seed: 's\u200b' }, digest))).not.toThrow();
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    for (const start of [10n, cyclic]) {
      expect(() => refusedAt(lib.splitQuotas([{ ...counts, period: { ...counts.period, start } } as never], input))).not.toThrow();
      expect(() => refusedAt(lib.drawShard(input, { seed: 's' }, { ...quotas, period: { ...quotas.period, start } } as never))).not.toThrow();
    }
  });

  it('long junk arrays do not overflow the stack', () => {
    for (const section of ['items', 'history', 'inspectors', 'departments']) {
      const result = lib.parsePlanningInput({ ...raw, [section]: Array(130_000).fill(null) }, { maxIssues: 5 });
      expect(result._tag === 'Left' && result.left.issues.length).toBeLessThanOrEqual(5);
    }
    const e = input.enterprises[0]!;
    expect(() => lib.inspectionMode(e, input.policy, Array(150_000).fill(null))).not.toThrow();
    expect(() => lib.isExempt({ enterprise: e.uscc, kinds: ['x'], date: '2024-05-01', reason: 'random' } as never, Array(150_000).fill(null), input.policy.sameYearExemption)).not.toThrow();
    const started = performance.now();
    const manyDraws = lib.planDraw(input, { seed: 's', draws: Array(300_000).fill(null) });
    expect(manyDraws._tag === 'Left' && manyDraws.left.issues.length).toBeLessThanOrEqual(300);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('a spread input is checked where it is cheap: its policy, period and versions (#14)', () => {
  const withPolicy = (policy: object): lib.PlanningInput => ({ ...input, policy: { ...input.policy, ...policy } }) as lib.PlanningInput;
  it('a team of one, a ratio of 4, a misspelt ratio key', () => {
    expect(refusedAt(lib.planPeriod(withPolicy({ teamSize: 1, escalatedTeamSize: 1 }), { seed: 's' }))).toContain('$.input.policy.teamSize');
    expect(refusedAt(lib.planDraw(withPolicy({ ratios: { ...input.policy.ratios, B: 4 } }), { seed: 's' }))).toContain('$.input.policy.ratios.B');
    const { ratios, ...rest } = input.policy;
    const misspelt = { ...input, policy: { ...rest, ratio: ratios } } as never;
    for (const run of [() => lib.planDraw(misspelt, { seed: 's' }), () => lib.planPeriod(misspelt, { seed: 's' }), () => lib.countShard(misspelt, { seed: 's' }), () => lib.highRiskDraws(misspelt, [])]) {
      expect(() => refusedAt(run())).not.toThrow();
    }
  });
});

describe('invisible characters the first check missed (#14)', () => {
  const invisible = ['\ufe0f', '\u034f', '\u3164', '\u2800', '\u00a0', '\u2007'];
  it('ids', () => {
    for (const c of invisible) {
      const result = lib.parsePlanningInput({ ...raw, departments: raw.departments.map((d: { id: string }, i: number) => (i === 0 ? { ...d, id: `${d.id}${c}` } : d)) });
      expect(result._tag === 'Left' && result.left.issues.find((i) => i.at === '$.departments[0].id')?.code, JSON.stringify(c)).toBe('id/invisible-character');
    }
  });
  it('seeds', () => {
    for (const c of invisible) expect(refusedAt(lib.planDraw(input, { seed: `2024${c}Q1` })), JSON.stringify(c)).toEqual(['$.options.seed']);
  });
  it('a triggered task id, the policy id and the versions', () => {
    const item = input.items[0]!;
    const trigger = { id: 'c\u200b1', enterprise: input.enterprises[0]!.uscc, department: item.department, items: [item.id], reason: 'complaint' as const };
    expect(refusedAt(lib.planPeriod(input, { seed: 's', triggered: [trigger] }))).toContain('$.options.triggered[0].id');
    expect(lib.parsePlanningInput({ ...raw, policy: { ...raw.policy, id: 'yc\u200b' } })._tag).toBe('Left');
    expect(lib.parsePlanningInput({ ...raw, versions: { ...raw.versions, directory: 'v1\u200b' } })._tag).toBe('Left');
  });
});

describe('options and paths (#14)', () => {
  it('publicationRecords suggests input for inptu', () => {
    const result = lib.publicationRecords(plan, [], { inptu: input, seed: 's', triggered: [], asOf: '2024-12-31' } as never);
    expect(result._tag === 'Left' && result.left.issues[0]).toMatchObject({ at: '$.options.inptu', suggestion: 'input' });
  });
  it('maxIssues: Infinity means no bound', () => {
    expect(lib.parsePlanningInput({}, { maxIssues: Infinity })._tag).toBe('Left');
    const result = lib.parsePlanningInput({}, { maxIssues: Infinity });
    expect(result._tag === 'Left' && result.left.issues.every((i) => i.code !== 'schema/too_big')).toBe(true);
  });
});
