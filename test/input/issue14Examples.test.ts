/**
 * Each example of issue #14, as a new user tried it, and what the library answers now: a Left with
 * the path, the rule and (for a misspelt key) the key that was meant, or a warning; never a throw,
 * never a silent Right.
 */
import { describe, expect, it } from 'vitest';
import { escalate, formatIssue, parsePlanningInput, planDraw, planPeriod, type InputIssue } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';

const input = generateDirectory({ size: 120, seed: 'issue-14', inspectorsPerDepartment: 2 });
const raw = JSON.parse(JSON.stringify(input)) as any;
const enterprise = input.enterprises[0]!.uscc;
const item = input.items[0]!;
const complaint = { id: 'c-1', enterprise, department: item.department, items: [item.id], reason: 'complaint' };
type Found = { readonly _tag: 'Left'; readonly left: { readonly issues: readonly InputIssue[] } } | { readonly _tag: 'Right' };
const first = (result: Found): InputIssue | undefined => (result._tag === 'Left' ? result.left.issues[0] : undefined);
const brief = (result: Found) => {
  const issue = first(result);
  return issue === undefined ? 'Right' : [issue.at, issue.code, 'suggestion' in issue ? issue.suggestion : undefined];
};

describe('issue #14: misspelt options and columns, each with the key it meant', () => {
  const cases: [string, () => Found, unknown[]][] = [
    ['planPeriod trigered', () => planPeriod(input, { seed: 's', trigered: [complaint] } as never), ['$.options.trigered', 'schema/unrecognized_keys', 'triggered']],
    ['planPeriod calender', () => planPeriod(input, { seed: 's', calender: {} } as never), ['$.options.calender', 'schema/unrecognized_keys', 'calendar']],
    ['planDraw drwas', () => planDraw(input, { seed: 's', drwas: [] } as never), ['$.options.drwas', 'schema/unrecognized_keys', 'draws']],
    ['a row with creditClas', () => {
      const rows = raw.enterprises.map((e: any, i: number) => { if (i !== 3) return e; const { creditClass, ...rest } = e; return { ...rest, creditClas: creditClass }; });
      return parsePlanningInput({ ...raw, enterprises: rows });
    }, ['$.enterprises[3].creditClas', 'schema/misspelt-key', 'creditClass']],
    ['the policy’s blackList with covrage', () => parsePlanningInput({ ...raw, policy: { ...raw.policy, blackList: { covrage: 'full' } } }), ['$.policy.blackList.covrage', 'schema/misspelt-key', 'coverage']],
    ['a section polcy', () => { const { policy, ...rest } = raw; return parsePlanningInput({ ...rest, polcy: policy }); }, ['$.polcy', 'schema/misspelt-key', 'policy']],
  ];
  for (const [name, run, expected] of cases) it(name, () => expect(brief(run())).toEqual(expected));
});

describe('issue #14: bad values are Lefts at their path, not silent Rights or throws', () => {
  const cases: [string, () => Found, string, string][] = [
    ['a triggered task with reason gossip', () => planPeriod(input, { seed: 's', triggered: [{ ...complaint, reason: 'gossip' }] } as never), '$.options.triggered[0].reason', 'schema/invalid_value'],
    ['a triggered task with id 42', () => planPeriod(input, { seed: 's', triggered: [{ ...complaint, id: 42 }] } as never), '$.options.triggered[0].id', 'schema/invalid_type'],
    ['a triggered task {}', () => planPeriod(input, { seed: 's', triggered: [{}] } as never), '$.options.triggered[0].id', 'schema/invalid_type'],
    ['draw filter creditClasses Z', () => planDraw(input, { seed: 's', draws: [{ id: 'd', departments: [item.department], kinds: [item.kind], filter: { creditClasses: ['Z'] } }] } as never), '$.options.draws[0].filter.creditClasses[0]', 'schema/invalid_value'],
    ['draw filter regions 123', () => planDraw(input, { seed: 's', draws: [{ id: 'd', departments: [item.department], kinds: [item.kind], filter: { regions: [123] } }] } as never), '$.options.draws[0].filter.regions[0]', 'schema/invalid_type'],
    ['planDraw with no options', () => planDraw(input, undefined as never), '$.options', 'schema/invalid_type'],
    ['planDraw on garbage', () => planDraw(undefined as never, { seed: 's' }), '$.input', 'input/not-validated'],
    ['planDraw on a raw object', () => planDraw({ enterprises: raw.enterprises } as never, { seed: 's' }), '$.input', 'input/not-validated'],
    ['escalate with no context', () => escalate({}, undefined as never), '$.context', 'schema/invalid_type'],
    ['escalate with items: null', () => escalate({}, { creditClass: 'B', items: null } as never), '$.context.items', 'schema/invalid_type'],
    ['a BigInt in a date', () => parsePlanningInput({ ...raw, history: [{ ...(raw.history[0] ?? {}), date: 10n }] }), '$.history[0].date', 'date/invalid'],
    ['a zero-width space in a department id', () => parsePlanningInput({ ...raw, departments: raw.departments.map((d: any, i: number) => (i === 0 ? { ...d, id: `${d.id}\u200b` } : d)) }), '$.departments[0].id', 'id/invisible-character'],
  ];
  for (const [name, run, at, code] of cases) {
    it(name, () => {
      const result = run();
      expect(result._tag).toBe('Left');
      expect(result._tag === 'Left' && result.left.issues.find((i) => i.at === at)).toMatchObject({ code });
    });
  }

  it('a cyclic object is refused, not a stack overflow', () => {
    const cyclic: any = { ...raw };
    cyclic.policy = { ...raw.policy };
    cyclic.policy.self = cyclic;
    expect(parsePlanningInput(cyclic)._tag).toBe('Left');
  });

  it('a ratio of 4 says that 4 % is 0.04, in English and in Chinese', () => {
    const issue = first(parsePlanningInput({ ...raw, policy: { ...raw.policy, ratios: { ...raw.policy.ratios, B: 4 } } }))!;
    expect(issue.message).toContain('4 % is 0.04');
    expect(formatIssue(issue, { locale: 'zh-CN' })).toContain('4% 写作 0.04');
  });

  it('an empty directory plans nothing, with a warning', () => {
    const empty = parsePlanningInput({ ...raw, enterprises: [], history: [], inspectors: raw.inspectors.map((i: any) => ({ ...i, conflicts: [] })) });
    if (empty._tag === 'Left') throw new Error(formatIssue(empty.left));
    const plan = planDraw(empty.right, { seed: 's' });
    expect(plan._tag === 'Right' && plan.right.warnings.map((w) => w.code)).toContain('directory/empty');
  });

  it('50 000 junk rows: a bounded list and a count of the rest', () => {
    const result = parsePlanningInput({ ...raw, enterprises: Array.from({ length: 50_000 }, () => ({ junk: true })) });
    expect(result._tag === 'Left' && result.left.issues.length).toBe(300);
    expect(result._tag === 'Left' && (result.left.omitted ?? 0)).toBeGreaterThanOrEqual(49_700);
  });
});
