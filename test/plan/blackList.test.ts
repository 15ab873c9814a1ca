/**
 * Black lists (R14; Shenyang 002 §二(六)-(七)): black-listed enterprises are supervision
 * priorities. `policy.blackList` decides: `null` (the default) draws them like any other;
 * `{ coverage: 'full' }` inspects every one (full coverage); `{ coverage: 'raised', ratio }` samples
 * them in their own strata at a raised ratio. docs/draw-algorithm.md §4.2–§4.3.
 */
import { describe, expect, it } from 'vitest';
import {
  inputDigest, inspectionMode, parsePlanningInput, planDraw, REASONS, verifyDraw, yongchuanPolicy,
  type DepartmentId, type DrawPlan, type Enterprise, type IsoDate, type PlanningInput, type Policy,
} from '../../src/index.js';
import { allEligible } from './fixtures.js';
import { rightOf } from '../result.js';

function plan(input: PlanningInput, seed = 'black-list'): DrawPlan {
  const result = planDraw(input, { seed });
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left.issues));
  return result.right;
}

/** 2 000 class-B enterprises, every fifth black-listed, one of those green, one white-listed, one trust-exempt, one red. */
function directory(blackList: Policy['blackList']): PlanningInput {
  const input = allEligible(2_000, { blackList });
  const enterprises = input.enterprises.map((e, i): Enterprise => {
    if (i % 5 !== 0) return e;
    const flags = i === 0 ? { colour: 'green' as const } : i === 5 ? { whiteList: true } : i === 10 ? { trustExempt: true } : i === 15 ? { colour: 'red' as const } : i === 20 ? { creditClass: 'A' as const } : {};
    return { ...e, ...flags, blackList: true };
  });
  return { ...input, policy: { ...input.policy, classATriggerOnly: true }, enterprises };
}
const black = (input: PlanningInput): readonly Enterprise[] => input.enterprises.filter((e) => e.blackList);

describe('black lists (R14)', () => {
  it('by default (null) draws black-listed enterprises like any other: same record as without the flags', () => {
    const flagged = directory(null);
    const unflagged: PlanningInput = { ...flagged, enterprises: flagged.enterprises.map((e) => ({ ...e, blackList: false })) };
    const a = plan(flagged).record;
    const b = plan(unflagged).record;
    expect(a.strata).toEqual(b.strata);
    expect(a.strata.some((s) => s.key.endsWith('|black-list'))).toBe(false);
    expect(plan(flagged).reasons['green-code']).toBe(1);
  });

  it('full coverage: every black-listed enterprise in scope is inspected, with reason black-list and rule R14, before the trigger-only rules', () => {
    const input = directory({ coverage: 'full' });
    const result = plan(input);
    const listed = black(input);
    expect(REASONS['black-list']).toMatchObject({ status: 'full-coverage', rule: 'R14' });
    // The red one stays red-code (R10 first); the green, white-listed, trust-exempt and class-A ones are covered too.
    expect(result.reasons['black-list']).toBe(listed.length - 1);
    expect(result.reasons['red-code']).toBe(1);
    expect(result.reasons['green-code']).toBe(0);
    expect(result.reasons['white-list'] + result.reasons['trust-exempt'] + result.reasons['class-a-trigger-only']).toBe(0);
    expect([...result.record.fullCoverage]).toEqual(listed.map((e) => e.uscc).sort());
    for (const e of listed) {
      expect(result.outcomeOf(e.uscc)).toEqual(e.colour === 'red' ? { status: 'full-coverage', reason: 'red-code', rule: 'R10' } : { status: 'full-coverage', reason: 'black-list', rule: 'R14' });
      const target = result.targets.find((t) => t.uscc === e.uscc);
      expect(target).toMatchObject({ status: 'full-coverage', placements: [] });
    }
    // Nobody black-listed is a member of a stratum, and the others are drawn as before.
    expect(result.quotas.every((q) => !q.blackList)).toBe(true);
    expect(verifyDraw(JSON.parse(JSON.stringify(result.record)), input, { seed: 'black-list' }).valid).toBe(true);
  });

  it('raised ratio: black-listed members form their own strata, drawn at max(class, colour, black-list ratio), never ranked last', () => {
    const input = directory({ coverage: 'raised', ratio: 0.2 });
    const earlier = black(input).slice(0, 40).map((e) => ({ enterprise: e.uscc, date: '2024-01-05' as IsoDate, departments: ['samr' as DepartmentId], itemKinds: [], joint: false, unified: false, reason: 'random' as const }));
    const withHistory: PlanningInput = { ...input, history: earlier, period: { ...input.period, start: '2024-01-10' as IsoDate } };
    const result = plan(withHistory);
    const listedStrata = result.quotas.filter((q) => q.blackList);
    expect(listedStrata.length).toBeGreaterThan(3);
    for (const q of result.quotas) {
      expect(q.key.endsWith('|black-list')).toBe(q.blackList);
      expect(q.ratio).toBe(q.blackList ? Math.max(yongchuanPolicy.ratios.B, 0.2) : yongchuanPolicy.ratios.B);
      expect(q.rule === 'R14').toBe(q.blackList && !q.catchUp);
    }
    // 20 % a year, a quarter of it this batch, less what was drawn earlier (§4.3): five times the others' 4 %.
    const listedBase = listedStrata.reduce((n, q) => n + q.base, 0);
    expect(listedBase).toBe(black(input).length - 1); // green, white list, trust-exempt and class A are members too; red is not
    for (const q of listedStrata) expect(q.exact).toBeCloseTo(Math.max((q.base * 0.2) / 4 - q.alreadyDrawn, q.base * yongchuanPolicy.batchMinimumRatio, 0), 9);
    expect(listedStrata.reduce((n, q) => n + q.alreadyDrawn, 0)).toBe(39); // the red one of the 40 is no member
    expect(listedStrata.reduce((n, q) => n + q.quota, 0)).toBeGreaterThan(0);
    expect(result.reasons['recently-drawn']).toBe(0);
    expect(result.reasons['green-code'] + result.reasons['white-list'] + result.reasons['trust-exempt'] + result.reasons['class-a-trigger-only']).toBe(0);
    expect(verifyDraw(JSON.parse(JSON.stringify(result.record)), withHistory, { seed: 'black-list' }).valid).toBe(true);
  });

  it('a yellow black-listed member gets the larger of the yellow and black-list ratios', () => {
    const input = directory({ coverage: 'raised', ratio: 0.06 });
    const yellow: PlanningInput = { ...input, policy: { ...input.policy, ratios: { ...input.policy.ratios, yellow: 0.3 } }, enterprises: input.enterprises.map((e, i) => (i % 10 === 5 ? { ...e, colour: 'yellow' } : e)) };
    const q = plan(yellow).quotas.find((s) => s.colour === 'yellow' && s.blackList);
    expect(q?.ratio).toBe(0.3);
    expect(q?.key).toMatch(/\|yellow\|black-list$/);
  });

  it('inspects black-listed enterprises escalated (R14, R9) when the policy names a black-list rule, red ones in full coverage', () => {
    const [first] = allEligible(1).enterprises as [Enterprise];
    const listed: Enterprise = { ...first, creditClass: 'A', blackList: true };
    expect(rightOf(inspectionMode(listed, { ...yongchuanPolicy, blackList: { coverage: 'full' } }))).toMatchObject({ mode: 'escalated', rule: 'R14', teamSize: yongchuanPolicy.escalatedTeamSize });
    expect(rightOf(inspectionMode(listed, yongchuanPolicy))).toMatchObject({ mode: 'online', rule: 'R9' });
    expect(rightOf(inspectionMode({ ...listed, colour: 'red' }, { ...yongchuanPolicy, blackList: { coverage: 'raised', ratio: 0.1 } }))).toMatchObject({ mode: 'full-coverage', rule: 'R10' });
  });

  it('parses the policy field strictly, defaults it to null, and leaves the digest of a policy without it unchanged', () => {
    const input = directory(null);
    const { blackList: _omitted, ...legacy } = input.policy;
    const raw = JSON.parse(JSON.stringify({ ...input, policy: legacy })) as Record<string, unknown>;
    const parsed = parsePlanningInput(raw);
    expect(parsed._tag === 'Right' && parsed.right.policy.blackList).toBe(null);
    if (parsed._tag === 'Right') expect(rightOf(inputDigest(parsed.right))).toBe(rightOf(inputDigest(input)));
    const raised = parsePlanningInput({ ...raw, policy: { ...legacy, blackList: { coverage: 'raised', ratio: 0.2 } } });
    expect(raised._tag === 'Right' && rightOf(inputDigest(raised.right)) !== rightOf(inputDigest(input))).toBe(true);
    for (const bad of [{ coverage: 'raised' }, { coverage: 'full', ratio: 0.2 }, { coverage: 'all' }, { coverage: 'raised', ratio: 4 }, 'full', true]) {
      const refused = parsePlanningInput({ ...raw, policy: { ...legacy, blackList: bad } });
      expect(refused._tag === 'Left' && refused.left.issues.every((i) => i.at.startsWith('$.policy.blackList') && i.rule === 'R14'), JSON.stringify(bad)).toBe(true);
    }
  });
});
