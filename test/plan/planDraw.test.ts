import { describe, expect, it } from 'vitest';
import {
  defaultDraws, formatIssue, nationalPolicy, planDraw, planPeriod, REASONS, verifyDraw, yongchuanPolicy,
  type DepartmentId, type DrawPlan, type IsoDate, type PlanningInput, type ReasonCode,
} from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { allEligible } from './fixtures.js';
import { rightOf } from '../result.js';

function plan(input: PlanningInput, seed = 'seed-2023'): DrawPlan {
  const result = planDraw(input, { seed });
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left.issues));
  return result.right;
}

describe('planDraw: worked figures (R5, R6)', () => {
  it('draws 247 of 24 738 eligible enterprises at 1 % with nearest rounding (Yongchuan Q1 2023), 248 rounding up', () => {
    const input = allEligible(24_738);
    expect(plan(input).counts.drawn).toBe(247);
    expect(plan({ ...input, policy: { ...input.policy, rounding: 'up' } }).counts.drawn).toBe(248);
    expect(plan({ ...input, policy: { ...input.policy, rounding: 'down' } }).counts.drawn).toBe(247);
    // The total is rounded once and shared across the strata by largest remainder.
    const quotas = plan(input).quotas;
    expect(quotas.length).toBeGreaterThan(10);
    expect(quotas.reduce((sum, q) => sum + q.quota, 0)).toBe(247);
    for (const q of quotas) expect(Math.abs(q.quota - q.exact)).toBeLessThan(1);
  });

  it('counts earlier batches, so the year reaches its ratio (R5): Q2 tops up to the cumulative 2 %', () => {
    const input = allEligible(10_000);
    const q1 = plan(input);
    const drawnQ1 = q1.targets.map((t) => t.uscc);
    const q2: PlanningInput = {
      ...input,
      period: { year: 2024, batch: 2, start: '2024-04-01' as IsoDate, end: '2024-06-30' as IsoDate },
      history: drawnQ1.map((uscc) => ({ enterprise: uscc, date: '2024-02-01' as IsoDate, departments: ['samr' as DepartmentId], itemKinds: [], joint: false, unified: false, reason: 'random' as const })),
    };
    const second = plan(q2);
    expect(q1.counts.drawn).toBe(100);
    // Each stratum: max(2 % cumulative − drawn in Q1, 1 % batch minimum); the year's draws reach 2 %.
    for (const q of second.quotas) {
      expect(q.exact).toBeCloseTo(Math.max((q.base * 0.04 * 2) / 4 - q.alreadyDrawn, q.base * 0.01), 9);
    }
    expect(second.quotas.reduce((sum, q) => sum + q.alreadyDrawn, 0)).toBe(100);
    expect(q1.counts.drawn + second.counts.drawn).toBeGreaterThanOrEqual(200);
    expect(second.counts.drawn).toBeLessThanOrEqual(100 + second.quotas.length);
    const noMinimum = plan({ ...q2, policy: { ...q2.policy, batchMinimumRatio: 0 } });
    expect(noMinimum.counts.drawn).toBeLessThanOrEqual(second.counts.drawn);
    // Enterprises drawn in Q1 are drawn last (R8): none of them is drawn again.
    expect(second.targets.filter((t) => drawnQ1.includes(t.uscc))).toEqual([]);
    expect(second.counts['recently-drawn']).toBe(100);
    expect(second.targets.every((t) => t.placements.length === 1)).toBe(true);
  });

  it('adds the Q4 catch-up: 3 % and at least one for industries with nothing drawn this year (R6)', () => {
    const base = allEligible(3_000, { ratios: { A: 0, B: 0, C: 0, D: 0, unrated: 0, yellow: 0 }, batchMinimumRatio: 0 });
    const input: PlanningInput = { ...base, period: { year: 2024, batch: 4, start: '2024-10-01' as IsoDate, end: '2024-12-31' as IsoDate } };
    const result = plan(input);
    const bySection = new Map<string, number>();
    for (const e of input.enterprises) bySection.set(e.industry.charAt(0), (bySection.get(e.industry.charAt(0)) ?? 0) + 1);
    for (const [section, size] of bySection) {
      const drawn = result.quotas.filter((q) => q.industry === section).reduce((sum, q) => sum + q.drawn, 0);
      expect(drawn).toBe(Math.max(1, Math.round(size * 0.03)));
    }
    expect(result.quotas.every((q) => q.quota === 0 || (q.catchUp && q.rule === 'R6'))).toBe(true);
    expect(result.reasons['drawn-catch-up']).toBe(result.counts.drawn);
    // Not in an earlier batch.
    expect(plan({ ...input, period: { ...input.period, batch: 3, start: '2024-07-01' as IsoDate, end: '2024-09-30' as IsoDate } }).counts.drawn).toBe(0);
  });

  it('raises the ratio for yellow codes and follows the class ratios (R10, R11, N5)', () => {
    const input = generateDirectory({ size: 20_000, seed: 'tiers', policy: nationalPolicy });
    const result = plan(input);
    const share = (klass: string): number => {
      const qs = result.quotas.filter((q) => q.creditClass === klass);
      return qs.reduce((s, q) => s + q.drawn, 0) / qs.reduce((s, q) => s + q.base, 0);
    };
    expect(share('D')).toBeGreaterThan(share('C'));
    expect(share('C')).toBeGreaterThan(share('B'));
    for (const q of result.quotas) expect(q.ratio).toBe(q.colour === 'yellow' ? Math.max(nationalPolicy.ratios[q.creditClass], 0.1) : nationalPolicy.ratios[q.creditClass]);
    expect(result.counts['trigger-only']).toBeGreaterThan(0);
    expect(result.reasons['class-a-trigger-only']).toBeGreaterThan(0);
  });
});

describe('planDraw: every status with its reason and rule', () => {
  const input = generateDirectory({ size: 3_000, seed: 'statuses', batch: 2 });
  const result = plan(input);

  it('accounts for every enterprise exactly once (nothing lost)', () => {
    const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(input.enterprises.length);
    expect(Object.values(result.reasons).reduce((a, b) => a + b, 0)).toBe(input.enterprises.length);
    for (const e of input.enterprises) {
      const outcome = result.outcomeOf(e.uscc);
      expect(outcome).toBeDefined();
      expect(REASONS[outcome?.reason as ReasonCode].status).toBe(outcome?.status);
    }
    expect(result.outcomeOf('91110000802100433B')).toBeUndefined();
  });

  it('gives red full coverage, green, trust and white list trigger-only (R10, R12, R13)', () => {
    for (const e of input.enterprises) {
      const { reason } = result.outcomeOf(e.uscc) ?? {};
      if (e.colour === 'red') expect(reason).toBe('red-code');
      else if (e.colour === 'green') expect(reason).toBe('green-code');
      else if (e.trustExempt) expect(reason).toBe('trust-exempt');
      else if (e.whiteList) expect(reason).toBe('white-list');
    }
    expect(result.targets.filter((t) => t.status === 'full-coverage').map((t) => t.uscc)).toEqual(result.record.fullCoverage);
    expect(result.record.fullCoverage.length).toBe(input.enterprises.filter((e) => e.colour === 'red').length);
  });

  it('exempts after a joint inspection of the same kinds this year (R20), not after a complaint', () => {
    const target = input.enterprises.find((e) => result.outcomeOf(e.uscc)?.status === 'not-drawn' && e.industry.startsWith('F') && !e.industry.startsWith('F52'));
    if (target === undefined) throw new Error('fixture has no eligible enterprise');
    const kinds = result.record.draws.find((d) => d.id === 'general')?.kinds ?? [];
    const withRecord = (reason: 'random' | 'complaint', joint: boolean): PlanningInput => ({
      ...input,
      history: [{ enterprise: target.uscc, date: '2024-02-01' as IsoDate, departments: ['samr' as DepartmentId], itemKinds: kinds, joint, unified: false, reason }],
    });
    expect(plan(withRecord('random', true)).outcomeOf(target.uscc)?.reason).toBe('same-year-joint-inspection');
    expect(plan({ ...withRecord('random', true), policy: { ...input.policy, sameYearExemption: { enabled: false, exceptions: [] } } }).outcomeOf(target.uscc)?.reason).not.toBe('same-year-joint-inspection');
    expect(plan(withRecord('complaint', false)).outcomeOf(target.uscc)?.status).toBe('not-drawn');
  });

  it('skips an enterprise every drawing department has capped this year (N8)', () => {
    const general = result.record.draws.find((d) => d.id === 'general');
    const target = input.enterprises.find((e) => result.outcomeOf(e.uscc)?.status === 'not-drawn' && e.industry.startsWith('C'));
    if (general === undefined || target === undefined) throw new Error('fixture');
    const capped: PlanningInput = {
      ...input,
      policy: { ...input.policy, caps: general.departments.map((department) => ({ department, perYear: 1 })) },
      history: [{ enterprise: target.uscc, date: '2024-01-15' as IsoDate, departments: general.departments, itemKinds: [], joint: false, unified: false, reason: 'random' }],
    };
    expect(plan(capped).outcomeOf(target.uscc)?.reason).toBe('over-cap');
  });

  it('puts industries whose joint list has no random item out of scope (R1), and outside directed draws (N7)', () => {
    // Education's joint list keeps only education's own item, and that item is a safety check.
    const noRandom: PlanningInput = {
      ...input,
      jointLists: input.jointLists.map((l) => (l.id === 'joint/P' ? { ...l, items: l.items.filter((id) => id.startsWith('education/')) } : l)),
      items: input.items.map((i) => ({ ...i, scope: i.department === 'education' ? ('safety' as const) : i.scope })),
    };
    const r = plan(noRandom);
    const education = noRandom.enterprises.find((e) => e.industry.startsWith('P') && e.colour !== 'red');
    expect(r.outcomeOf(education?.uscc ?? '')?.reason).toBe('no-random-items');
    const directed = planDraw(input, { seed: 's', draws: [{ id: 'catering', departments: ['samr' as DepartmentId], kinds: ['samr:food-safety'], filter: { industries: ['H'] } }] });
    if (directed._tag === 'Left') throw new Error('unexpected');
    const outside = input.enterprises.find((e) => !e.industry.startsWith('H'));
    expect(directed.right.outcomeOf(outside?.uscc ?? '')).toEqual({ status: 'out-of-scope', reason: 'outside-directed-draws', rule: 'N7' });
    // The default draws given explicitly (reordered) are not directed: a replay from the record agrees.
    const explicit = planDraw(noRandom, { seed: 's', draws: [...rightOf(defaultDraws(noRandom))].reverse().map((d) => ({ ...d, kinds: [...d.kinds].reverse() })) });
    if (explicit._tag === 'Left') throw new Error('unexpected');
    expect(explicit.right.outcomeOf(education?.uscc ?? '')?.reason).toBe('no-random-items');
    expect(explicit.right.reasons).toEqual(plan(noRandom, 's').reasons);
  });

  it('keeps a directed draw to its regions and credit classes (N7): everyone else is outside it', () => {
    const catering = input.enterprises.filter((e) => e.industry.startsWith('H') && (e.colour === 'none' || e.colour === 'yellow') && !e.trustExempt && !e.whiteList);
    const region = catering[0]?.region ?? '';
    const directed = planDraw(input, {
      seed: 's',
      draws: [{ id: 'catering', departments: ['samr' as DepartmentId], kinds: ['samr:food-safety'], filter: { industries: ['H'], regions: [region], creditClasses: ['B', 'C'] } }],
    });
    if (directed._tag === 'Left') throw new Error('unexpected');
    const inside = catering.filter((e) => e.region === region && (e.creditClass === 'B' || e.creditClass === 'C'));
    const outside = catering.filter((e) => e.region !== region || (e.creditClass !== 'B' && e.creditClass !== 'C'));
    expect(inside.length).toBeGreaterThan(0);
    expect(outside.some((e) => e.region !== region)).toBe(true);
    expect(outside.some((e) => e.region === region)).toBe(true); // left out by class alone
    for (const e of outside) expect(directed.right.outcomeOf(e.uscc)?.reason).toBe('outside-directed-draws');
    for (const e of inside) expect(directed.right.outcomeOf(e.uscc)?.reason).not.toBe('outside-directed-draws');
    // The draw's strata hold exactly those inside: their bases add up to their number.
    expect(directed.right.quotas.filter((q) => q.draw === 'catering').reduce((sum, q) => sum + q.base, 0)).toBe(inside.length);
  });

  it('refuses directed draws with unknown departments or industries, with paths', () => {
    const bad = planDraw(input, { seed: 's', draws: [{ id: 'x', departments: ['tax' as DepartmentId], kinds: ['k'], filter: { industries: ['F13'] } }] });
    expect(bad._tag === 'Left' && bad.left.issues.map((i) => [i.at, i.code, i.rule])).toEqual([
      ['$.options.draws[0].departments[0]', 'reference/department', 'N7'],
      ['$.options.draws[0].filter.industries[0]', 'industry/invalid', 'N7'],
    ]);
  });

  it('refuses draws of the wrong shape instead of ignoring a field or throwing (N7)', () => {
    const draw = { id: 'x', departments: ['samr' as DepartmentId], kinds: ['k'], filter: {} };
    const cases: [unknown, string][] = [
      [[{ ...draw, filter: { creditClasses: ['Z'] } }], '$.options.draws[0].filter.creditClasses[0]'],
      [[{ ...draw, filter: { regions: [123] } }], '$.options.draws[0].filter.regions[0]'],
      [[{ ...draw, filter: { industry: ['H'] } }], '$.options.draws[0].filter.industry'],
      [[{ ...draw, departments: null }], '$.options.draws[0].departments'],
      [[null], '$.options.draws[0]'],
      ['general', '$.options.draws'],
    ];
    for (const [draws, at] of cases) {
      const result = planDraw(input, { seed: 's', draws: draws as never });
      expect(result._tag === 'Left' && result.left.issues.map((i) => [i.at, i.rule])).toEqual([[at, 'N7']]);
    }
  });

  it('refuses a directed draw of a kind no item of its departments has in random scope, instead of an empty plan (N7, R1)', () => {
    const draw = { id: 'x', departments: ['samr' as DepartmentId], filter: {} };
    for (const kind of ['samr:invented', 'samr:unlicensed', 'health:public-hygiene']) {
      const result = planDraw(input, { seed: 's', draws: [{ ...draw, kinds: ['samr:registration', kind] }] });
      expect(result._tag === 'Left' && result.left.issues.map((i) => [i.at, i.code, i.rule])).toEqual([['$.options.draws[0].kinds[1]', 'draw/kind-without-item', 'N7']]);
    }
    expect(planDraw(input, { seed: 's', draws: [{ ...draw, kinds: ['samr:registration'] }] })._tag).toBe('Right');
  });

  it('refuses a seed that is not a clean string with a Left at options.seed, never a throw (#14), and keeps a 20-digit seed exact', () => {
    const refused = (seed: unknown): string[] => {
      const r = planDraw(input, { seed } as never);
      return r._tag === 'Left' ? r.left.issues.map((i) => `${i.at} ${i.code} ${i.rule}`) : [];
    };
    for (const seed of ['', ' 1', 12345, undefined, null]) expect(refused(seed), String(seed)).toEqual(['$.options.seed seed/invalid R27']);
    // No seed at all: a missing key, not zod's "expected nonoptional" (outside review).
    for (const missing of [planDraw(input, {} as never), planPeriod(input, {} as never)]) {
      const issue = missing._tag === 'Left' ? missing.left.issues[0] : undefined;
      expect(issue).toMatchObject({ at: '$.options.seed', code: 'schema/invalid_type', expected: 'a value', received: 'undefined', message: 'required: this key is missing' });
      expect(formatIssue(issue as never, { locale: 'zh-CN' })).not.toMatch(/nonoptional/);
      expect(formatIssue(issue as never, { locale: 'en' })).not.toMatch(/nonoptional/);
    }
    const white = planDraw(input, { seed: ' 1' });
    expect(white._tag === 'Left' && white.left.issues[0]?.message).toMatch(/white space/);
    const period = planPeriod(input, { seed: '' });
    expect(period._tag === 'Left' && period.left.issues.map((i) => i.at)).toEqual(['$.options.seed']);
    const a = plan(input, '12345678901234567890');
    const b = plan(input, '12345678901234567891');
    expect(a.record.seed).toBe('12345678901234567890');
    expect(a.targets).not.toEqual(b.targets);
  });
});

describe('verifyDraw (R27)', () => {
  const input = generateDirectory({ size: 2_000, seed: 'verify', batch: 2 });
  const result = plan(input);
  const seed = 'seed-2023';

  it('accepts the record it replays', () => {
    expect(verifyDraw(result.record, input, { seed })).toEqual({ valid: true, differences: [], truncated: false });
    expect(verifyDraw(JSON.parse(JSON.stringify(result.record)), input, { seed }).valid).toBe(true);
  });

  it('reports an altered seed, digest, quota, drawn id or full-coverage list, with where and what', () => {
    const r = result.record;
    const at = r.strata.findIndex((s) => s.drawn.length > 0);
    const stratum = r.strata[at];
    if (stratum === undefined) throw new Error('fixture');
    expect(verifyDraw({ ...r, seed: 'other' }, input, { seed }).differences).toEqual([{ path: 'seed', expected: seed, found: 'other' }]);
    expect(verifyDraw({ ...r, inputDigest: '0'.repeat(64) }, input, { seed }).differences).toEqual([{ path: 'inputDigest', expected: r.inputDigest, found: '0'.repeat(64) }]);
    const swapped = { ...stratum, drawn: [input.enterprises[0]?.uscc, ...stratum.drawn.slice(1)] };
    const diffs = verifyDraw({ ...r, strata: r.strata.map((s) => (s === stratum ? (swapped as typeof s) : s)) }, input, { seed }).differences;
    expect(diffs).toEqual([{ path: `strata[${at}].drawn[0]`, expected: stratum.drawn[0], found: input.enterprises[0]?.uscc }]);
    expect(verifyDraw({ ...r, strata: r.strata.map((s) => (s === stratum ? { ...s, quota: s.quota + 1 } : s)) }, input, { seed }).differences[0]?.path).toBe(`strata[${at}].quota`);
    expect(verifyDraw({ ...r, fullCoverage: r.fullCoverage.slice(1) }, input, { seed }).valid).toBe(false);
    expect(verifyDraw({ ...r, algorithm: 'double-random/prn/v0' }, input, { seed }).differences[0]?.path).toBe('algorithm');
  });

  it('fails when the directory changed after the draw', () => {
    const changed = { ...input, enterprises: input.enterprises.slice(1) };
    expect(verifyDraw(result.record, changed, { seed }).differences.map((d) => d.path)).toContain('inputDigest');
  });
});

describe('policy presets', () => {
  it('yongchuan: 4 % a year in four batches of 1 %, Q4 catch-up 3 % min 1, nearest (R5, R6)', () => {
    expect(yongchuanPolicy).toMatchObject({ batchesPerYear: 4, batchMinimumRatio: 0.01, rounding: 'nearest', catchUp: { ratio: 0.03, minimum: 1 } });
    expect(yongchuanPolicy.excludedScopes).toEqual(['safety', 'environment', 'police', 'unlicensed']);
  });
  it('national: ratios rise from A to D (N5)', () => {
    const r = nationalPolicy.ratios;
    expect(r.A < r.B && r.B < r.C && r.C < r.D).toBe(true);
    expect(nationalPolicy.teamSize).toBeGreaterThanOrEqual(2);
  });
});

describe('presets of Wuxi and Qingyang', () => {
  it('wuxi: a 25 % joint-share target (R7) and the same-year exemption (R20)', async () => {
    const { wuxiPolicy } = await import('../../src/index.js');
    expect(wuxiPolicy.jointShareTarget).toBe(0.25);
    expect(wuxiPolicy.sameYearExemption.enabled).toBe(true);
  });

  it('qingyang: no single-department draw, so industries without a joint list are out of scope (R16)', async () => {
    const { qingyangPolicy } = await import('../../src/index.js');
    const input = generateDirectory({ size: 2_000, seed: 'qingyang', policy: qingyangPolicy });
    const result = plan(input);
    expect(result.record.draws.map((d) => d.id)).not.toContain('general');
    const manufacturing = input.enterprises.find((e) => e.industry.startsWith('C') && e.colour !== 'red' && e.colour !== 'green' && !e.whiteList && !e.trustExempt);
    expect(result.outcomeOf(manufacturing?.uscc ?? '')).toEqual({ status: 'out-of-scope', reason: 'no-joint-list', rule: 'R16' });
  });
});
