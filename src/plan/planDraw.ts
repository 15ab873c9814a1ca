import { REASONS, type EnterpriseStatus, type ReasonCode } from '../eligibility/reasons.js';
import { byId } from '../internal/text.js';
import { IntList } from '../internal/intList.js';
import type { EnterpriseLookup } from '../internal/lookup.js';
import { indexKeys, type KeyIndex } from '../internal/keyIndex.js';
import { left, right } from '../internal/result.js';
import { assertSeed } from '../random/seed.js';
import { INDUSTRY_SECTIONS } from '../model/industry.js';
import { drawSpecSchema, drawSpecsSchema, schemaIssues } from '../input/schemas.js';
import type { InputError, InputIssue } from '../model/issues.js';
import { comparePaths, formatPath } from '../model/paths.js';
import type { Result } from '../model/result.js';
import type { CreditClass, Enterprise, InspectionRecord, PlanningInput } from '../model/types.js';
import { allocateQuotas, type AllocatedQuota } from '../quota/allocateQuotas.js';
import { inputDigest } from '../random/inputDigest.js';
import { Candidates, orderCandidates, Scratch, selectSmallest, TICKET_RANGE, ticketThreshold, type RankKeys } from '../random/select.js';
import { ticketOf } from '../random/drawSample.js';
import { TARGET_ALGORITHM, ticketer, ticketHex } from '../random/tickets.js';
import type { Uscc } from '../model/uscc.js';
import { VERSION } from '../version.js';
import { canonicalDraw, canonicalDraws, defaultDraws } from './draws.js';
import { coversIndustry, industryMatches, type DrawSpec } from '../model/draws.js';
import type { DrawPlan, DrawRecord, Outcome, Placement, RecordedStratum, StratumQuota, Target } from './types.js';

/**
 * Options of {@link planDraw}.
 * @example
 * ```ts
 * import type { DrawOptions } from 'double-random';
 * const options: DrawOptions = { seed: '3 1 4 1 5 9 2 6' };
 * ```
 * @category Draw
 * @since 0.1.0
 */
export interface DrawOptions {
  /** The public seed string read out at the draw (dice, a notarised number). Never a number. */
  readonly seed: string;
  /** The batch's draws; by default {@link defaultDraws}. Given draws other than the default ones are directed draws (N7). */
  readonly draws?: readonly DrawSpec[];
}

const CODES = Object.keys(REASONS) as ReasonCode[];
const CODE = Object.fromEntries(CODES.map((c, i) => [c, i + 1])) as Record<ReasonCode, number>;
/** Precedence of a draw-level outcome when an enterprise is in several draws: higher wins. */
const PRECEDENCE: Partial<Record<ReasonCode, number>> = {
  drawn: 6, 'drawn-catch-up': 5, 'not-drawn': 4, 'recently-drawn': 3, 'same-year-joint-inspection': 2, 'over-cap': 1,
};
const CLASSES: readonly CreditClass[] = ['A', 'B', 'C', 'D', 'unrated'];
const CLASS_INDEX: Readonly<Record<CreditClass, number>> = { A: 0, B: 1, C: 2, D: 3, unrated: 4 };
const SECTION_INDEX = new Map(INDUSTRY_SECTIONS.map((s, i) => [s, i]));

/** Checks given draws (N7): their shape (strict, see `drawSpecSchema`), unique ids, known departments, kinds some item in random scope has (R1). */
function checkDraws(draws: unknown, input: PlanningInput): InputIssue[] {
  if (!Array.isArray(draws)) return schemaIssues(drawSpecsSchema, draws, ['draws'], 'N7', true);
  const issues: InputIssue[] = [];
  const departments = new Set<string>(input.departments.map((d) => d.id));
  const excluded = new Set<string>(input.policy.excludedScopes);
  const ids = new Set<string>();
  draws.forEach((draw: unknown, i) => {
    const report = (path: (string | number)[], code: string, message: string): void => {
      issues.push({ code, path: ['draws', i, ...path], at: formatPath(['draws', i, ...path]), message, rule: 'N7' });
    };
    const { id, departments: own } = (typeof draw === 'object' && draw !== null ? draw : {}) as Partial<Record<keyof DrawSpec, unknown>>;
    if (typeof id === 'string' && ids.has(id)) report(['id'], 'duplicate/draw', `draw id "${id}" is used twice`);
    ids.add(id as string);
    if (Array.isArray(own)) {
      own.forEach((d: unknown, j) => {
        if (typeof d === 'string' && !departments.has(d)) report(['departments', j], 'reference/department', `unknown department "${d}"`);
      });
    }
    const shape = schemaIssues(drawSpecSchema, draw, ['draws', i], 'N7', true);
    issues.push(...shape);
    if (shape.length === 0) {
      // A kind that no item of the draw's departments has in random scope would draw enterprises nobody inspects (R1).
      const spec = draw as DrawSpec;
      const owners = new Set<string>(spec.departments);
      spec.kinds.forEach((kind, j) => {
        if (!input.items.some((item) => item.kind === kind && owners.has(item.department) && !excluded.has(item.scope))) {
          report(['kinds', j], 'draw/kind-without-item', `no item of the draw's departments (${spec.departments.join(', ')}) in random scope has the kind "${kind}" (R1): the draw would plan no inspection for it`);
        }
      });
    }
  });
  return issues.sort((a, b) => comparePaths(['draws'])(a.path, b.path));
}

/**
 * Draws a batch's targets (the first random): decides for every enterprise what happens to it,
 * sets each stratum's quota, and draws by permanent random numbers, replayably (R27).
 *
 * 1. **Classify** each enterprise, first match wins: outside every draw's population → out of scope
 *    (R1, or N7 for directed draws); red → full coverage (R10); green (R10), trust-exempt (R12),
 *    white list (R13), class A when the policy says so (N5) → trigger-only. Then, per draw: a joint
 *    or unified inspection this year covering the draw's kinds → exempt (R20); every department at
 *    its yearly cap → over cap (N8); else eligible, ranked last if already drawn or jointly
 *    inspected this year unless class C or D (R8).
 * 2. **Quotas** per stratum (draw × industry section × class × colour): exact share
 *    max(base × ratio × batch / batches − drawn earlier this year, base × batch minimum), where the
 *    ratio is the class's, raised to the yellow ratio for yellow codes (R5, R10, R11). A draw's total
 *    is rounded once by the policy's mode and shared by largest remainder (ties to the smaller key);
 *    then the per-stratum minimum, the last batch's catch-up for industries with nothing drawn this
 *    year (R6), and the cap at the eligible count.
 * 3. **Draw**: each stratum takes its members with the smallest (rank, ticket, USCC), where the ticket
 *    is the first 64 bits of SHA-256(block(seed) ‖ USCC); see docs/draw-algorithm.md.
 *
 * The result is the same, byte for byte, whatever the order of the input's rows.
 *
 * @param input - A validated planning input (see {@link parsePlanningInput}).
 * @param options - The public seed and, for directed draws, the draws.
 * @returns `Right` with the plan, or `Left` when given draws name unknown departments or bad industries.
 * @throws TypeError when the seed is not a non-empty string without padding or control characters.
 * @example
 * ```ts
 * import { planDraw } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 24_738, seed: 'yongchuan', year: 2023, batch: 1 });
 * const result = planDraw(input, { seed: '2023-Q1 notarised 58213' });
 * if (result._tag === 'Right') {
 *   const plan = result.right;
 *   console.log(plan.counts.drawn, plan.record.inputDigest);
 *   console.log(plan.outcomeOf(input.enterprises[0]!.uscc));
 * }
 * ```
 * @category Draw
 * @since 0.1.0
 */
export function planDraw(input: PlanningInput, options: DrawOptions): Result<InputError, DrawPlan> {
  const drawn = drawBatch(input, options);
  return drawn._tag === 'Left' ? drawn : right(drawn.right.plan);
}

/** What {@link drawBatch} gives beyond the plan, for the stages after the draw. */
export interface DrawnBatch {
  readonly plan: DrawPlan;
  /** Finds an enterprise by code: targets directly, any other through a code index built on first use. */
  readonly lookup: EnterpriseLookup;
  /** Enterprises of the directory per industry section letter. */
  readonly sections: ReadonlyMap<string, number>;
  /** Whether an eligible enterprise is ranked last (R8): rank 1 in docs/draw-algorithm.md §3. */
  readonly late: (uscc: string) => boolean;
}

/** A stratum's quota fixed from outside (a split draw's quotas, computed once from all shards' counts). */
export interface FixedQuota {
  /** The final quota. */
  readonly quota: number;
  /** The quota before the catch-up (members beyond it are `drawn-catch-up`). */
  readonly regular: number;
}

/**
 * {@link planDraw}, also giving what the classification pass saw, so no later stage rescans the
 * directory. `digest` computes the record's input digest; the benchmark passes a stub to time
 * classify + quota + draw on their own.
 */
export function drawBatch(
  input: PlanningInput,
  options: DrawOptions,
  digest: (input: PlanningInput) => string = inputDigest,
  fixed?: ReadonlyMap<string, FixedQuota>,
): Result<InputError, DrawnBatch> {
  const { seed } = options;
  assertSeed('planDraw', seed);
  const defaults = defaultDraws(input);
  const given: unknown = options.draws === undefined ? defaults : options.draws;
  const [firstIssue, ...moreIssues] = checkDraws(given, input);
  if (firstIssue !== undefined) return left({ code: 'invalid-input', issues: [firstIssue, ...moreIssues] });
  const checked = given as readonly DrawSpec[];
  const draws = checked.map(canonicalDraw).sort(byId);
  // Given draws are directed (N7) unless they are the default ones, so a replay from the record agrees.
  const directed = options.draws !== undefined && canonicalDraws(checked) !== canonicalDraws(defaults);

  const { enterprises, policy, period } = input;
  const n = enterprises.length;
  const code = (row: number): string => (enterprises[row] as Enterprise).uscc;

  // Tickets: one SHA-256 compression per enterprise that can be drawn (computed while classifying).
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  const tickets = ticketer('planDraw', seed);

  // This year's history before the window, by row (sparse).
  const yearPrefix = `${period.year}-`;
  const earlier = input.history.filter((r) => r.date.startsWith(yearPrefix) && r.date < period.start);
  let index: KeyIndex | undefined = earlier.length > 0 ? indexKeys(n, code) : undefined;
  const recordsOf = new Map<number, InspectionRecord[]>();
  for (const record of earlier) {
    const row = index?.find(record.enterprise) ?? -1;
    if (row < 0) continue;
    const list = recordsOf.get(row);
    if (list === undefined) recordsOf.set(row, [record]);
    else list.push(record);
  }
  const hasRecords = new Uint8Array(n);
  for (const row of recordsOf.keys()) hasRecords[row] = 1;
  const priority = new Uint8Array(n);
  if (policy.avoidRepeatDraws) {
    for (const [row, records] of recordsOf) {
      const klass = (enterprises[row] as Enterprise).creditClass;
      if (klass !== 'C' && klass !== 'D' && records.some((r) => r.reason === 'random' || r.joint)) priority[row] = 1;
    }
  }

  // Enterprise-level classification and draw membership.
  const reason = new Uint8Array(n);
  const stratumCode = new Uint8Array(n); // section × class × colour: fewer than 256 strata per draw
  const members = draws.map(() => new IntList());
  const regionSets = draws.map((d) => (d.filter.regions === undefined ? undefined : new Set(d.filter.regions)));
  const classSets = draws.map((d) => (d.filter.creditClasses === undefined ? undefined : new Set<string>(d.filter.creditClasses)));
  // Without a draw for its industry, an enterprise is out of scope because its joint list has no
  // item in random scope (R1), or because no list covers it and no department may draw alone (R16).
  const outOfScopeOf = new Map<string, ReasonCode>();
  const outOfScope = (industry: string): ReasonCode => {
    let code = outOfScopeOf.get(industry);
    if (code === undefined) {
      code = directed ? 'outside-directed-draws'
        : !policy.singleDepartmentTasks && !input.jointLists.some((l) => industryMatches(industry, l.industry)) ? 'no-joint-list' : 'no-random-items';
      outOfScopeOf.set(industry, code);
    }
    return code;
  };
  // What an enterprise's industry alone decides, worked out once per industry: its section, its
  // draws before the region and class filters, and its stratum code's section part.
  interface IndustryFacts { readonly draws: readonly number[]; readonly stratumBase: number; count: number }
  const factsOf = new Map<string, IndustryFacts>();
  const filtered = draws.some((d) => d.filter.regions !== undefined || d.filter.creditClasses !== undefined);
  const ofRow: number[] = [];
  for (let i = 0; i < n; i++) {
    const e = enterprises[i] as Enterprise;
    let facts = factsOf.get(e.industry);
    if (facts === undefined) {
      facts = {
        draws: draws.flatMap((d, k) => (coversIndustry(d.filter, e.industry) ? [k] : [])),
        stratumBase: (SECTION_INDEX.get(e.industry.charAt(0)) ?? 0) * CLASSES.length,
        count: 0,
      };
      factsOf.set(e.industry, facts);
    }
    facts.count++;
    let found = facts.draws;
    if (filtered) {
      ofRow.length = 0;
      for (const k of found) {
        if (regionSets[k]?.has(e.region) !== false && classSets[k]?.has(e.creditClass) !== false) ofRow.push(k);
      }
      found = ofRow;
    }
    if (found.length === 0) reason[i] = CODE[outOfScope(e.industry)];
    else if (e.colour === 'red') reason[i] = CODE['red-code'];
    else if (e.colour === 'green') reason[i] = CODE['green-code'];
    else if (e.trustExempt) reason[i] = CODE['trust-exempt'];
    else if (e.whiteList) reason[i] = CODE['white-list'];
    else if (e.creditClass === 'A' && policy.classATriggerOnly) reason[i] = CODE['class-a-trigger-only'];
    else {
      tickets.write(e.uscc, hi, lo, i);
      stratumCode[i] = (facts.stratumBase + CLASS_INDEX[e.creditClass]) * 2 + (e.colour === 'yellow' ? 1 : 0);
      for (const k of found) (members[k] as IntList).push(i);
    }
  }
  // Enterprises per section letter, for the stages after the draw.
  const sectionCounts = new Map<string, number>();
  for (const [industry, facts] of factsOf) {
    const section = industry.charAt(0);
    sectionCounts.set(section, (sectionCounts.get(section) ?? 0) + facts.count);
  }

  const keys: RankKeys = { priority, hi, lo, code };
  const scratch = new Scratch();
  const caps = new Map(policy.caps.map((c) => [c.department as string, c.perYear]));
  const quotas: StratumQuota[] = [];
  const strata: RecordedStratum[] = [];
  const placements = new Map<number, Placement[]>();

  draws.forEach((draw, k) => {
    const rows = (members[k] as IntList).view();
    const STRATA = INDUSTRY_SECTIONS.length * CLASSES.length * 2;
    const stratumOf = new Int32Array(rows.length);
    const state = new Uint8Array(rows.length); // 0 eligible, 1 exempt, 2 over cap
    const base = new Int32Array(STRATA);
    const eligible = new Int32Array(STRATA);
    const already = new Int32Array(STRATA);
    const ranked = new Int32Array(STRATA);
    const departments = new Set<string>(draw.departments);
    for (let m = 0; m < rows.length; m++) {
      const row = rows[m] as number;
      const s = stratumCode[row] as number;
      stratumOf[m] = s;
      base[s] = (base[s] as number) + 1;
      const records = hasRecords[row] === 1 ? recordsOf.get(row) : undefined;
      if (records !== undefined) {
        if (records.some((r) => r.reason === 'random' && r.departments.some((d) => departments.has(d)))) already[s] = (already[s] as number) + 1;
        if (policy.sameYearExemption.enabled && records.some((r) => (r.joint || r.unified) && draw.kinds.every((kind) => r.itemKinds.includes(kind)))) {
          state[m] = 1;
        } else if (
          draw.departments.every((d) => {
            const cap = caps.get(d);
            return cap !== undefined && records.filter((r) => r.reason === 'random' && r.departments.includes(d)).length >= cap;
          })
        ) {
          state[m] = 2;
        }
      }
      if (state[m] === 0) {
        eligible[s] = (eligible[s] as number) + 1;
        if (priority[row] === 1) ranked[s] = (ranked[s] as number) + 1;
      }
      const own = state[m] === 1 ? 'same-year-joint-inspection' : state[m] === 2 ? 'over-cap' : undefined;
      if (own !== undefined) setBest(reason, row, own);
    }

    // The draw's non-empty strata, in key order.
    const present: { s: number; key: string; section: string; klass: CreditClass; yellow: boolean }[] = [];
    for (let s = 0; s < STRATA; s++) {
      if ((base[s] as number) === 0) continue;
      const section = INDUSTRY_SECTIONS[Math.floor(s / (CLASSES.length * 2))] as string;
      const klass = CLASSES[Math.floor(s / 2) % CLASSES.length] as CreditClass;
      const yellow = s % 2 === 1;
      present.push({ s, key: `${draw.id}|${section}|${klass}|${yellow ? 'yellow' : 'none'}`, section, klass, yellow });
    }
    present.sort((a, b) => (a.key < b.key ? -1 : 1));

    const allocated = allocateQuotas(
      present.map((p) => ({ key: p.key, section: p.section, creditClass: p.klass, yellow: p.yellow, base: base[p.s] as number, eligible: eligible[p.s] as number, alreadyDrawn: already[p.s] as number })),
      policy,
      period,
    );
    // A split draw's shard takes the quotas of the whole draw, at most its own eligible members.
    const given = fixed === undefined ? undefined : present.map((p) => fixed.get(p.key) ?? { quota: 0, regular: 0 });
    const regular = given === undefined ? allocated.map((q) => q.regular) : given.map((q, j) => Math.min(q.regular, eligible[(present[j] as (typeof present)[number]).s] as number));
    const final = given === undefined ? allocated.map((q) => q.quota) : given.map((q, j) => Math.min(q.quota, eligible[(present[j] as (typeof present)[number]).s] as number));

    // Thresholds on the tickets' upper halves (see selectSmallest): a stratum's sample is among its
    // members below them, so one pass keeps only those candidates, and the rest are settled at once.
    const t0 = new Float64Array(STRATA);
    const t1 = new Float64Array(STRATA);
    present.forEach((p, j) => {
      const quota = final[j] as number;
      const c0 = (eligible[p.s] as number) - (ranked[p.s] as number);
      if (quota === 0) return;
      if (quota <= c0) t0[p.s] = ticketThreshold(quota, c0);
      else {
        t0[p.s] = TICKET_RANGE;
        t1[p.s] = ticketThreshold(quota - c0, ranked[p.s] as number);
      }
    });
    const candidates = present.map((p) => {
      const c0 = (eligible[p.s] as number) - (ranked[p.s] as number);
      const expected = ((t0[p.s] as number) / TICKET_RANGE) * c0 + ((t1[p.s] as number) / TICKET_RANGE) * (ranked[p.s] as number);
      return new Candidates(Math.ceil(expected * 1.25) + 8);
    });
    const slot = new Int32Array(STRATA).fill(-1);
    present.forEach((p, j) => (slot[p.s] = j));
    for (let m = 0; m < rows.length; m++) {
      if (state[m] !== 0) continue;
      const row = rows[m] as number;
      const s = stratumOf[m] as number;
      const late = priority[row] === 1;
      const h = hi[row] as number;
      if (h < (late ? (t1[s] as number) : (t0[s] as number))) (candidates[slot[s] as number] as Candidates).push(row, h);
      else setBest(reason, row, late ? 'recently-drawn' : 'not-drawn');
    }
    present.forEach((p, j) => {
      const quota = final[j] as number;
      let found = candidates[j] as Candidates;
      let bound = t0[p.s] as number;
      const c0 = (eligible[p.s] as number) - (ranked[p.s] as number);
      let early = 0;
      for (let r = 0; r < found.count; r++) if (priority[found.rows[r] as number] === 0) early++;
      if (early < Math.min(quota, c0) || found.count - early < quota - c0) {
        // Too few below the estimate (unlikely by design): take the whole stratum instead.
        found = new Candidates(eligible[p.s] as number);
        for (let m = 0; m < rows.length; m++) if (state[m] === 0 && stratumOf[m] === p.s) found.push(rows[m] as number, hi[rows[m] as number] as number);
        bound = TICKET_RANGE;
      }
      // Every candidate is settled as not drawn first; the chosen are then raised to drawn.
      const pool = found.rows.subarray(0, found.count);
      for (let r = 0; r < pool.length; r++) {
        const row = pool[r] as number;
        setBest(reason, row, priority[row] === 1 ? 'recently-drawn' : 'not-drawn');
      }
      let chosen: Int32Array;
      if ((ranked[p.s] as number) === 0) {
        chosen = new Int32Array(Math.min(quota, pool.length));
        orderCandidates(keys, found, quota, bound, chosen, scratch);
      } else chosen = pool.subarray(0, selectSmallest(keys, pool, 0, pool.length, quota, scratch));
      const taken = chosen.length;
      const drawn: Uscc[] = [];
      for (let r = 0; r < taken; r++) {
        const row = chosen[r] as number;
        drawn.push(code(row) as Uscc);
        const list = placements.get(row) ?? [];
        list.push({ draw: draw.id, stratum: p.key, rank: r + 1 });
        placements.set(row, list);
        setBest(reason, row, r >= (regular[j] as number) ? 'drawn-catch-up' : 'drawn');
      }
      const raised = quota > (regular[j] as number);
      quotas.push({
        key: p.key, draw: draw.id, industry: p.section, creditClass: p.klass, colour: p.yellow ? 'yellow' : 'none',
        base: base[p.s] as number, eligible: eligible[p.s] as number, alreadyDrawn: already[p.s] as number,
        ratio: (allocated[j] as AllocatedQuota).ratio, exact: (allocated[j] as AllocatedQuota).exact, quota, drawn: taken, catchUp: raised, rule: raised ? 'R6' : 'R5',
      });
      strata.push({ key: p.key, population: eligible[p.s] as number, quota, drawn });
    });
  });

  // Outcomes, counts and targets.
  const counts = Object.fromEntries(
    ['drawn', 'not-drawn', 'recently-drawn', 'exempt-same-year', 'over-cap', 'trigger-only', 'full-coverage', 'out-of-scope'].map((s) => [s, 0]),
  ) as Record<EnterpriseStatus, number>;
  const reasons = Object.fromEntries(CODES.map((c) => [c, 0])) as Record<ReasonCode, number>;
  const targets: Target[] = [];
  const targetRows = new Map<string, Enterprise>();
  const fullCoverage: Uscc[] = [];
  for (let i = 0; i < n; i++) {
    const r = CODES[(reason[i] as number) - 1] as ReasonCode;
    reasons[r]++;
    counts[REASONS[r].status]++;
    if (r === 'red-code') fullCoverage.push(code(i) as Uscc);
    if (REASONS[r].status === 'drawn' || r === 'red-code') {
      targetRows.set(code(i), enterprises[i] as Enterprise);
      targets.push({
        uscc: code(i) as Uscc, status: r === 'red-code' ? 'full-coverage' : 'drawn', reason: r, rule: REASONS[r].rule,
        ticket: r === 'red-code' ? ticketOf(seed, code(i)) : ticketHex(hi[i] as number, lo[i] as number), placements: placements.get(i) ?? [],
      });
    }
  }
  targets.sort((a, b) => (a.uscc < b.uscc ? -1 : 1));
  fullCoverage.sort();
  quotas.sort((a, b) => (a.key < b.key ? -1 : 1));
  strata.sort((a, b) => (a.key < b.key ? -1 : 1));

  const record: DrawRecord = {
    algorithm: TARGET_ALGORITHM, library: VERSION, seed, inputDigest: digest(input), policy: policy.id,
    period, draws, strata, fullCoverage,
  };
  const outcomeOf = (uscc: string): Outcome | undefined => {
    index ??= indexKeys(n, code);
    const row = index.find(uscc);
    if (row < 0) return undefined;
    const r = CODES[(reason[row] as number) - 1] as ReasonCode;
    return { status: REASONS[r].status, reason: r, rule: REASONS[r].rule };
  };
  const lookup = (uscc: string): Enterprise | undefined => {
    const target = targetRows.get(uscc);
    if (target !== undefined) return target;
    index ??= indexKeys(n, code);
    const row = index.find(uscc);
    return row < 0 ? undefined : enterprises[row];
  };
  const late = (uscc: string): boolean => {
    index ??= indexKeys(n, code);
    const row = index.find(uscc);
    return row >= 0 && priority[row] === 1;
  };
  return right({ plan: { record, quotas, targets, counts, reasons, outcomeOf }, lookup, sections: sectionCounts, late });
}

/** Keeps the higher-precedence draw-level outcome of a row in several draws. */
function setBest(reason: Uint8Array, row: number, candidate: ReasonCode): void {
  const current = reason[row] as number;
  const currentCode = current === 0 ? undefined : CODES[current - 1];
  if (currentCode === undefined || (PRECEDENCE[candidate] ?? 0) > (PRECEDENCE[currentCode] ?? 0)) reason[row] = CODE[candidate];
}
