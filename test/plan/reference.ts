/**
 * A deliberately simple reference implementation of docs/draw-algorithm.md §2–§4: slow, obvious
 * code written from the page, against which `planDraw` is compared on generated inputs. It uses
 * node:crypto's SHA-256 and sorts whole arrays; nothing here is fast or clever on purpose.
 */
import { createHash } from 'node:crypto';
import type { CreditClass, DrawSpec, Enterprise, InspectionRecord, PlanningInput, RecordedStratum } from '../../src/index.js';

const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const unique = <T extends string>(xs: readonly T[]): T[] => [...new Set(xs)].sort(text);

/** §2: the first 8 bytes of SHA-256(pad32(id) ‖ SHA-256(seed) ‖ USCC), as a bigint. */
export function referenceTicket(seed: string, uscc: string): bigint {
  const id = Buffer.alloc(32);
  id.write('double-random/prn/v1', 'ascii');
  const seedHash = createHash('sha256').update(seed, 'utf8').digest();
  const digest = createHash('sha256').update(Buffer.concat([id, seedHash, Buffer.from(uscc, 'ascii')])).digest();
  return digest.readBigUInt64BE(0);
}

/** §4.1: the default draws. */
export function referenceDefaultDraws(input: PlanningInput): DrawSpec[] {
  const inScope = input.items.filter((i) => !input.policy.excludedScopes.includes(i.scope));
  const draws: DrawSpec[] = [];
  for (const list of input.jointLists) {
    const kinds = unique(inScope.filter((i) => list.items.includes(i.id)).map((i) => i.kind));
    if (kinds.length > 0) draws.push({ id: list.id, departments: list.departments, kinds, filter: { industries: [list.industry] } });
  }
  if (input.policy.singleDepartmentTasks && inScope.length > 0) {
    draws.push({
      id: 'general',
      departments: unique(inScope.map((i) => i.department)),
      kinds: unique(inScope.map((i) => i.kind)),
      filter: { excludeIndustries: unique(input.jointLists.map((l) => l.industry)) },
    });
  }
  return draws;
}

const matches = (industry: string, code: string): boolean => (code.length === 1 ? industry.charAt(0) === code : industry === code);

function inPopulation(e: Enterprise, d: DrawSpec): boolean {
  const f = d.filter;
  return (f.industries === undefined || f.industries.some((c) => matches(e.industry, c)))
    && !(f.excludeIndustries ?? []).some((c) => matches(e.industry, c))
    && (f.regions === undefined || f.regions.includes(e.region))
    && (f.creditClasses === undefined || f.creditClasses.includes(e.creditClass));
}

const snap = (x: number): number => Math.round(x * 1e9) / 1e9;
function roundQuota(x: number, mode: PlanningInput['policy']['rounding']): number {
  const y = snap(x);
  return mode === 'up' ? Math.ceil(y) : mode === 'down' ? Math.floor(y) : Math.floor(y + 0.5);
}

/** §4.3 step 2: largest remainder of `total` over `exact` (given in key order). */
function largestRemainder(total: number, exact: readonly number[]): number[] {
  const shares = exact.map((x) => Math.floor(snap(x)));
  const order = exact
    .map((x, i) => ({ i, fraction: snap(snap(x) - Math.floor(snap(x))) }))
    .filter((p) => p.fraction > 0)
    .sort((a, b) => b.fraction - a.fraction || a.i - b.i);
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i] = (shares[i] as number) + 1;
    left--;
  }
  return shares;
}

interface Member { readonly e: Enterprise; readonly key: string; readonly state: 'eligible' | 'exempt' | 'over-cap'; readonly rank: 0 | 1; readonly earlierDrawn: boolean }

/** §4.2: a draw's members, with their stratum key, state and rank. */
function membersOf(input: PlanningInput, draw: DrawSpec, candidates: readonly Enterprise[], earlier: (e: Enterprise) => InspectionRecord[]): Member[] {
  const { policy } = input;
  const caps = new Map(policy.caps.map((c) => [c.department as string, c.perYear]));
  return candidates.filter((e) => inPopulation(e, draw)).map((e) => {
    const records = earlier(e);
    const exempt = policy.sameYearExemption.enabled && records.some((r) => (r.joint || r.unified) && draw.kinds.every((k) => r.itemKinds.includes(k)));
    const overCap = records.length > 0 && draw.departments.every((d) => caps.has(d) && records.filter((r) => r.reason === 'random' && r.departments.includes(d)).length >= (caps.get(d) as number));
    const listed = e.blackList && policy.blackList !== null;
    const rank = policy.avoidRepeatDraws && e.creditClass !== 'C' && e.creditClass !== 'D' && !listed && records.some((r) => r.reason === 'random' || r.joint) ? 1 : 0;
    return {
      e,
      key: `${draw.id}|${e.industry.charAt(0)}|${e.creditClass}|${e.colour === 'yellow' ? 'yellow' : 'none'}${listed ? '|black-list' : ''}`,
      state: exempt ? 'exempt' : overCap ? 'over-cap' : 'eligible',
      rank,
      earlierDrawn: records.some((r) => r.reason === 'random' && r.departments.some((d) => draw.departments.includes(d))),
    };
  });
}

/** §4.3: one draw's strata, quotas and samples. */
function drawOne(input: PlanningInput, seed: string, draw: DrawSpec, members: readonly Member[]): RecordedStratum[] {
  const { policy, period } = input;
  const keys = unique(members.map((m) => m.key));
  const ratioOf = (klass: CreditClass, yellow: boolean, listed: boolean): number => {
    const colour = yellow ? Math.max(policy.ratios[klass], policy.ratios.yellow) : policy.ratios[klass];
    const own = listed && policy.blackList?.coverage === 'raised' ? Math.max(colour, policy.blackList.ratio) : colour;
    return Math.max(own, draw.ratio ?? 0);
  };
  const stats = keys.map((key) => {
    const own = members.filter((m) => m.key === key);
    const [, section, klass, colour, list] = key.split('|') as [string, string, CreditClass, string, string | undefined];
    const b = own.length;
    const eligible = own.filter((m) => m.state === 'eligible');
    const d = own.filter((m) => m.earlierDrawn).length;
    const exact = snap(Math.max(b * ratioOf(klass, colour === 'yellow', list === 'black-list') * period.batch / policy.batchesPerYear - d, b * policy.batchMinimumRatio, 0));
    return { key, section, eligible, e: eligible.length, d, exact };
  });
  const total = roundQuota(stats.reduce((sum, s) => sum + s.exact, 0), policy.rounding);
  const regular = largestRemainder(total, stats.map((s) => s.exact)).map((q, j) => {
    const e = (stats[j] as (typeof stats)[number]).e;
    return Math.min(Math.max(q, Math.min(policy.minimumPerStratum, e)), e);
  });
  const quota = [...regular];
  if (period.batch === policy.batchesPerYear && policy.catchUp !== null) {
    for (const section of unique(stats.map((s) => s.section))) {
      const parts = stats.map((s, j) => ({ s, j })).filter(({ s }) => s.section === section);
      const pool = parts.reduce((sum, { s }) => sum + s.e, 0);
      if (parts.some(({ s }) => s.d > 0) || pool === 0) continue;
      const wanted = Math.min(pool, Math.max(roundQuota(pool * policy.catchUp.ratio, policy.rounding), policy.catchUp.minimum));
      const shares = largestRemainder(wanted, parts.map(({ s }) => (s.e * wanted) / pool));
      parts.forEach(({ j }, p) => (quota[j] = Math.max(quota[j] as number, shares[p] as number)));
    }
  }
  return stats.map((s, j) => {
    const ordered = s.eligible
      .map((m) => ({ m, ticket: referenceTicket(seed, m.e.uscc) }))
      .sort((a, b) => a.m.rank - b.m.rank || (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : 0) || text(a.m.e.uscc, b.m.e.uscc));
    return { key: s.key, population: s.e, quota: quota[j] as number, drawn: ordered.slice(0, quota[j]).map((o) => o.m.e.uscc) };
  });
}

/** §4.2 before the draw: the draws, the enterprises in some draw's population, and each one's earlier records. */
function classify(input: PlanningInput, given?: readonly DrawSpec[]) {
  const draws = given ?? referenceDefaultDraws(input);
  const { period } = input;
  const inDirectory = new Set(input.enterprises.map((e) => e.uscc as string));
  const recordsOf = new Map<string, InspectionRecord[]>();
  for (const r of input.history) {
    if (r.date.startsWith(`${period.year}-`) && r.date < period.start && inDirectory.has(r.enterprise)) recordsOf.set(r.enterprise, [...(recordsOf.get(r.enterprise) ?? []), r]);
  }
  const earlier = (e: Enterprise): InspectionRecord[] => recordsOf.get(e.uscc) ?? [];
  const inSome = input.enterprises.filter((e) => draws.some((d) => inPopulation(e, d)));
  const { policy } = input;
  const listed = (e: Enterprise): boolean => e.blackList && policy.blackList !== null;
  const candidates = inSome.filter((e) => e.colour !== 'red' && (listed(e) ? policy.blackList?.coverage === 'raised' : e.colour !== 'green' && !e.trustExempt && !e.whiteList && !(e.creditClass === 'A' && policy.classATriggerOnly)));
  return { draws, inSome, candidates, earlier };
}

/** The strata and full-coverage list of the record, by §4, for the given (or default) draws. */
export function referenceDraw(input: PlanningInput, seed: string, given?: readonly DrawSpec[]): { strata: RecordedStratum[]; fullCoverage: string[] } {
  const { draws, inSome, candidates, earlier } = classify(input, given);
  const fullCoverage = inSome.filter((e) => e.colour === 'red' || (e.blackList && input.policy.blackList?.coverage === 'full')).map((e) => e.uscc as string).sort(text);
  const strata = draws.flatMap((d) => drawOne(input, seed, d, membersOf(input, d, candidates, earlier)));
  return { strata: strata.sort((a, b) => text(a.key, b.key)), fullCoverage };
}

/** Every eligible member of every stratum, with its rank: the `members` table of `selectionSql`. */
export function referenceMembers(input: PlanningInput, given?: readonly DrawSpec[]): { uscc: string; stratum: string; late: boolean }[] {
  const { draws, candidates, earlier } = classify(input, given);
  return draws.flatMap((d) => membersOf(input, d, candidates, earlier).filter((m) => m.state === 'eligible').map((m) => ({ uscc: m.e.uscc as string, stratum: m.key, late: m.rank === 1 })));
}
