import { enterpriseReason, memberState, prioritised, rankedLast } from '../eligibility/classify.js';
import { REASONS, type EnterpriseStatus, type ReasonCode } from '../eligibility/reasons.js';
import { drawOptionsSchema, drawSpecSchema, drawSpecsSchema, schemaIssues } from '../input/schemas.js';
import { IntList } from '../internal/intList.js';
import { indexKeys, type KeyIndex } from '../internal/keyIndex.js';
import { codeParts, SparseCodes } from '../random/sparseCodes.js';
import type { EnterpriseLookup } from '../internal/lookup.js';
import { left, right } from '../internal/result.js';
import { creditClassIndex } from '../internal/fields.js';
import { byId } from '../internal/text.js';
import { coversIndustry, industryMatches, type DrawSpec } from '../model/draws.js';
import { INDUSTRY_SECTIONS } from '../model/industry.js';
import type { CheckCode, InputError, InputIssue, Warning } from '../model/issues.js';
import { comparePaths, formatPath } from '../model/paths.js';
import type { Result } from '../model/result.js';
import type { CreditClass, Enterprise, InspectionRecord, PlanningInput } from '../model/types.js';
import type { Uscc } from '../model/uscc.js';
import { allocateQuotas, type AllocatedQuota } from '../quota/allocateQuotas.js';
import { EnterpriseLines } from '../random/enterpriseLines.js';
import { inputDigestUnchecked } from '../random/inputDigest.js';
import { seedIssue } from '../random/seed.js';
import { duplicateRowIssue, enterpriseRowIssue, notValidatedIssues, refusedEnterpriseRow } from '../input/validated.js';
import { StratumSampler } from '../random/stratumSampler.js';
import { BoundedIssues, MAX_ISSUES } from '../input/boundedIssues.js';
import { reporter, type Reporter } from '../internal/progress.js';
import { ticketQueue } from '../random/ticketQueue.js';
import { TARGET_ALGORITHM, ticketer, ticketHex } from '../random/tickets.js';
import { VERSION } from '../version.js';
import { canonicalDraw, canonicalDraws, defaultDrawsUnchecked } from './draws.js';
import type { DrawOptions } from './planDraw.js';
import type { DrawPlan, DrawRecord, Outcome, Placement, RecordedStratum, StratumQuota, Target } from './types.js';

/**
 * The draw of a batch (docs/draw-algorithm.md §4) as stages over one pass of the directory:
 * resolve the draws, read this year's history, classify every row, then per draw count its strata,
 * set their quotas and select; finally every row's outcome. The stages share typed arrays indexed
 * by row (a {@link Rows}) rather than objects per enterprise, so that 10⁷ rows fit in memory.
 */

const CODES = Object.keys(REASONS) as ReasonCode[];
const CODE = Object.fromEntries(CODES.map((c, i) => [c, i + 1])) as Record<ReasonCode, number>;
/** Precedence of a draw-level outcome when an enterprise is in several draws: higher wins. */
const PRECEDENCE: Partial<Record<ReasonCode, number>> = {
  drawn: 6, 'drawn-catch-up': 5, 'not-drawn': 4, 'recently-drawn': 3, 'same-year-joint-inspection': 2, 'over-cap': 1,
};
const CLASSES: readonly CreditClass[] = ['A', 'B', 'C', 'D', 'unrated'];
const SECTION_INDEX = new Map(INDUSTRY_SECTIONS.map((s, i) => [s, i]));

/** Checks given draws (N7): their shape (strict, see `drawSpecSchema`), unique ids, known departments, kinds some item in random scope has (R1). */
function checkDraws(draws: unknown, input: PlanningInput): BoundedIssues {
  const issues = new BoundedIssues(MAX_ISSUES);
  if (!Array.isArray(draws)) {
    for (const issue of schemaIssues(drawSpecsSchema, draws, ['options', 'draws'], 'N7', true)) issues.push(issue);
    return issues;
  }
  const departments = new Set<string>(input.departments.map((d) => d.id));
  const excluded = new Set<string>(input.policy.excludedScopes);
  const ids = new Set<string>();
  draws.forEach((draw: unknown, i) => {
    // Past the bound, a bad draw is counted once, without its details.
    if (issues.full) {
      if (!drawSpecSchema.safeParse(draw).success) issues.omitted++;
      return;
    }
    const report = (path: (string | number)[], code: CheckCode, message: string): void => {
      issues.push({ code, path: ['options', 'draws', i, ...path], at: formatPath(['options', 'draws', i, ...path]), message, rule: 'N7' });
    };
    const { id, departments: own } = (typeof draw === 'object' && draw !== null ? draw : {}) as Partial<Record<keyof DrawSpec, unknown>>;
    if (typeof id === 'string' && ids.has(id)) report(['id'], 'duplicate/draw', `draw id "${id}" is used twice`);
    ids.add(id as string);
    if (Array.isArray(own)) {
      own.forEach((d: unknown, j) => {
        if (typeof d === 'string' && !departments.has(d)) report(['departments', j], 'reference/department', `unknown department "${d}"`);
      });
    }
    const shape = schemaIssues(drawSpecSchema, draw, ['options', 'draws', i], 'N7', true);
    for (const issue of shape) issues.push(issue);
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
  issues.sort((a, b) => comparePaths(['options'])(a.path, b.path));
  return issues;
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
  /** The `k`-th target's row of the directory (in the order of `plan.targets`). */
  readonly targetEntity: (k: number) => Enterprise;
  /** The `k`-th target's records of this year before the window (R8, R20): what its same-year exemption reads. */
  readonly targetRecords: (k: number) => readonly InspectionRecord[];
}

/** What callers inside the library may change in {@link drawBatch}; every field has the plain draw's default. */
export interface BatchInternals {
  /** Computes the record's input digest (the benchmark and a split draw's shards pass a stub). */
  readonly digest?: (input: PlanningInput) => string;
  /** A split draw's quotas instead of the batch's own. */
  readonly fixed?: ReadonlyMap<string, FixedQuota>;
  /** The ticket threshold of a quota among a stratum's members (default `ticketThreshold`); a test passes a low one to reach the rescan fallback. */
  readonly threshold?: (quota: number, members: number) => number;
  /** Only the record is wanted (verifyDraw): the plan's targets are left empty instead of built. */
  readonly recordOnly?: boolean;
  /**
   * The caller has checked the whole input with `notValidatedIssues` and returned on any issue
   * (`planPeriod`, the split draw's functions): the draw does not check it again. Without it the
   * draw checks the input itself, its enterprise rows in the classification pass.
   */
  readonly checked?: boolean;
  /** Called with every eligible member of every stratum (a split draw's `shardMembers`). */
  readonly member?: (uscc: string, stratum: string, late: boolean) => void;
}

/** A stratum's quota fixed from outside (a split draw's quotas, computed once from all shards' counts). */
export interface FixedQuota {
  /** The final quota. */
  readonly quota: number;
  /** The quota before the catch-up (members beyond it are `drawn-catch-up`). */
  readonly regular: number;
}

/**
 * Strata per draw: section × class × colour (yellow or none) × black list (R14). A stratum code is
 * ((section · classes + class) · 2 + yellow) · 2 + black-listed.
 */
const STRATA = INDUSTRY_SECTIONS.length * CLASSES.length * 4;

/** What the stages share: the directory, and one entry per row in each typed array. */
interface Rows {
  readonly enterprises: readonly Enterprise[];
  readonly code: (row: number) => string;
  /** Tickets' upper and lower 32 bits (set for rows that can be drawn). */
  readonly hi: Uint32Array;
  readonly lo: Uint32Array;
  /** 1 for a row ranked last (R8). */
  readonly priority: Uint8Array;
  /** The row's reason code so far (1-based index in CODES; 0 none yet). */
  readonly reason: Uint8Array;
  /** The row's stratum code within a draw: section × class × colour. */
  readonly stratumCode: Uint16Array;
  /** This year's records before the window, by code (a code no row has is left unread). */
  readonly earlier: SparseCodes<InspectionRecord[]>;
  /** The same records by row (sparse, filled after the classification pass), and a flag per row that has some. */
  readonly recordsOf: Map<number, InspectionRecord[]>;
  readonly hasRecords: Uint8Array;
  /** The code index, built on first use. */
  index: KeyIndex | undefined;
}

/** One draw's strata after counting its members (§4.2, §4.3). */
interface DrawCounts {
  /** The draw's member rows, and per member its state (0 eligible, 1 exempt, 2 over cap); a member's stratum code is its row's `stratumCode`. */
  readonly rows: IntList;
  readonly state: Uint8Array;
  /** Per stratum code: bₛ, eₛ, dₛ and the eligible members ranked last. */
  readonly base: Int32Array;
  readonly eligible: Int32Array;
  readonly already: Int32Array;
  readonly ranked: Int32Array;
  /** The draw's non-empty strata, in key order. */
  readonly present: readonly PresentStratum[];
}

/** A stratum with members in a draw: its code, key and what the key says. */
interface PresentStratum {
  readonly s: number;
  readonly key: string;
  readonly section: string;
  readonly klass: CreditClass;
  readonly yellow: boolean;
  readonly blackList: boolean;
}

/** The draws to use (given, or the defaults), checked and canonical, and whether they are directed (N7). */
function resolveDraws(input: PlanningInput, options: DrawOptions): Result<InputError, { readonly draws: readonly DrawSpec[]; readonly directed: boolean }> {
  const defaults = defaultDrawsUnchecked(input);
  const given: unknown = options.draws === undefined ? defaults : options.draws;
  const found = checkDraws(given, input);
  const [firstIssue, ...moreIssues] = found;
  if (firstIssue !== undefined) return left({ code: 'invalid-input', issues: [firstIssue, ...moreIssues], ...(found.omitted > 0 ? { omitted: found.omitted } : {}) });
  const checked = given as readonly DrawSpec[];
  // Given draws are directed (N7) unless they are the default ones, so a replay from the record agrees.
  const directed = options.draws !== undefined && canonicalDraws(checked) !== canonicalDraws(defaults);
  return right({ draws: checked.map(canonicalDraw).sort(byId), directed });
}

/**
 * The shared arrays of a batch. This year's history before the window (R8, R20) is grouped by code
 * here and matched to rows after the classification pass ({@link noteEarlier}): a code index of
 * the whole directory, built only to find a few thousand records' rows, doubled the draw at 10⁶
 * (docs/performance.md, "History").
 */
function readRows(input: PlanningInput): Rows {
  const { enterprises, period } = input;
  const n = enterprises.length;
  const code = (row: number): string => (enterprises[row] as Enterprise).uscc;
  const yearPrefix = `${period.year}-`;
  const earlier = SparseCodes.group(input.history.filter((r) => r.date.startsWith(yearPrefix) && r.date < period.start), (r) => r.enterprise);
  return {
    enterprises, code, hi: new Uint32Array(n), lo: new Uint32Array(n), priority: new Uint8Array(n),
    reason: new Uint8Array(n), stratumCode: new Uint16Array(n), earlier, recordsOf: new Map(), hasRecords: new Uint8Array(n), index: undefined,
  };
}

/**
 * Gives each row its records of this year before the window, if any, and ranks it last when they
 * say so (R8). The rows' codes are read as the parts the digest's lines hold (`lines`), in one
 * tight pass over those arrays; without lines (a caller that computes the digest itself), each
 * checked row's code is taken apart here.
 */
function noteEarlier(rows: Rows, lines: EnterpriseLines | undefined, policy: PlanningInput['policy']): void {
  if (rows.earlier.size === 0) return;
  const { enterprises } = rows;
  const note = (row: number, records: InspectionRecord[]): void => {
    rows.recordsOf.set(row, records);
    rows.hasRecords[row] = 1;
    if (rankedLast(enterprises[row] as Enterprise, records, policy)) rows.priority[row] = 1;
  };
  if (lines !== undefined) {
    rows.earlier.eachRow(lines.keyParts(), enterprises.length, note);
    return;
  }
  const parts = new Uint32Array(3);
  for (let row = 0; row < enterprises.length; row++) {
    codeParts((enterprises[row] as Enterprise).uscc, parts);
    const records = rows.earlier.get(parts[0] as number, parts[1] as number, parts[2] as number);
    if (records !== undefined) note(row, records);
  }
}

/**
 * The out-of-scope reason of an enterprise in no draw (§4.2 row 1), worked out once per industry:
 * outside directed draws (N7) when the batch's draws are directed and a given or default draw's
 * industries cover its industry; else no joint list where single departments may not draw (R16),
 * or no item in random scope (R1).
 */
function outOfScopeReasons(input: PlanningInput, draws: readonly DrawSpec[], directed: boolean): (industry: string) => ReasonCode {
  const known = new Map<string, ReasonCode>();
  const covering = directed ? [...draws, ...defaultDrawsUnchecked(input)] : [];
  return (industry) => {
    let code = known.get(industry);
    if (code === undefined) {
      code = covering.some((d) => coversIndustry(d.filter, industry)) ? 'outside-directed-draws'
        : !input.policy.singleDepartmentTasks && !input.jointLists.some((l) => industryMatches(industry, l.industry)) ? 'no-joint-list' : 'no-random-items';
      known.set(industry, code);
    }
    return code;
  };
}

/**
 * Classifies every row (§4.2, enterprise level): out of scope, full coverage or trigger-only get
 * their reason (full coverage also its ticket, published with it); the others get their ticket
 * (one SHA-256 compression each, four at a time where WebAssembly SIMD runs), their stratum code,
 * and join the members of each draw whose population they are in. Every row's line of the input
 * digest is written on the way (`lines`), while the enterprise is in cache. Each row is first
 * checked to be one `parsePlanningInput` could have returned (R4): the issue of the first that is
 * not is returned instead. Returns the enterprises per section letter, for the stages after the draw.
 */
function classifyRows(input: PlanningInput, rows: Rows, draws: readonly DrawSpec[], directed: boolean, seed: string, report: Reporter, lines: EnterpriseLines | undefined, checked: boolean): { readonly members: readonly IntList[]; readonly sections: ReadonlyMap<string, number> } | InputIssue {
  const { enterprises, policy } = input;
  const { hi, lo, reason, stratumCode } = rows;
  const tickets = ticketQueue(ticketer('planDraw', seed), hi, lo, enterprises.length);
  const members = draws.map(() => new IntList());
  const regionSets = draws.map((d) => (d.filter.regions === undefined ? undefined : new Set(d.filter.regions)));
  const classSets = draws.map((d) => (d.filter.creditClasses === undefined ? undefined : new Set<string>(d.filter.creditClasses)));
  const outOfScope = outOfScopeReasons(input, draws, directed);
  // What an enterprise's industry alone decides, worked out once per industry (`industryFacts`), by
  // industrySlot: an array read instead of a lookup by string on every row.
  const factsOf = new Array<IndustryFacts | undefined>(INDUSTRY_SLOTS).fill(undefined);
  const filtered = draws.some((d) => d.filter.regions !== undefined || d.filter.creditClasses !== undefined);
  const ofRow: number[] = [];
  // The loop's body creates no closure: a closure capturing the row's enterprise made V8 allocate a
  // context for it on every row (40 bytes a row, docs/performance.md). Indexed loops, not for…of:
  // the array iterators left about 5 MB of garbage a draw at 10⁶.
  for (let i = 0; i < enterprises.length; i++) {
    report.tick('classify', i, enterprises.length);
    const row = enterprises[i];
    // Writing the digest's line checks the row on the way; without it, the row is checked alone, unless the caller did.
    if (lines === undefined ? !checked && enterpriseRowIssue(row, i) !== undefined : !lines.write(row, i)) return refusedEnterpriseRow(row, i);
    const e = row as Enterprise;
    const slot = industrySlot(e.industry);
    const facts = factsOf[slot] ?? (factsOf[slot] = industryFacts(e.industry, draws, outOfScope));
    facts.count++;
    let found = facts.draws;
    if (filtered) {
      ofRow.length = 0;
      for (let f = 0; f < found.length; f++) {
        const k = found[f] as number;
        if (regionSets[k]?.has(e.region) !== false && classSets[k]?.has(e.creditClass) !== false) ofRow.push(k);
      }
      found = ofRow;
    }
    const own = found.length === 0 ? facts.outside : enterpriseReason(e, policy);
    if (own !== undefined) {
      reason[i] = CODE[own];
      // A full-coverage target's ticket is published with it (R10, R14): computed here, where the code is at hand.
      if (REASONS[own].status === 'full-coverage') tickets.add(e.uscc, i);
    } else {
      tickets.add(e.uscc, i);
      stratumCode[i] = ((facts.stratumBase + creditClassIndex(e.creditClass)) * 2 + (e.colour === 'yellow' ? 1 : 0)) * 2 + (prioritised(e, policy) ? 1 : 0);
      for (let f = 0; f < found.length; f++) (members[found[f] as number] as IntList).push(i);
    }
  }
  tickets.flush();
  const sections = new Map<string, number>();
  for (const facts of factsOf) {
    if (facts !== undefined) sections.set(facts.industry.charAt(0), (sections.get(facts.industry.charAt(0)) ?? 0) + facts.count);
  }
  return { members, sections };
}

/** What an industry alone decides in a batch: its draws before the region and class filters, its stratum code's section part, its reason outside every draw; and its enterprises, counted. */
interface IndustryFacts {
  readonly industry: string;
  readonly draws: readonly number[];
  readonly stratumBase: number;
  readonly outside: ReasonCode;
  count: number;
}

/** The {@link IndustryFacts} of an industry, counted from 0. */
function industryFacts(industry: string, draws: readonly DrawSpec[], outOfScope: (industry: string) => ReasonCode): IndustryFacts {
  return {
    industry,
    draws: draws.flatMap((d, k) => (coversIndustry(d.filter, industry) ? [k] : [])),
    stratumBase: (SECTION_INDEX.get(industry.charAt(0)) ?? 0) * CLASSES.length,
    outside: outOfScope(industry),
    count: 0,
  };
}

/** Slots of {@link industrySlot}. */
const INDUSTRY_SLOTS = 20 * 101;

/** A checked industry code's slot, 0–2019: its section letter's place × 101 + its division, or + 100 without one. */
function industrySlot(industry: string): number {
  const division = industry.length === 3 ? (industry.charCodeAt(1) - 48) * 10 + industry.charCodeAt(2) - 48 : 100;
  return (industry.charCodeAt(0) - 65) * 101 + division;
}

/**
 * Counts one draw's members per stratum (§4.2 per draw, §4.3): each member is exempt (R20), over
 * cap (N8) or eligible; bₛ, eₛ, dₛ and the eligible members ranked last. Exempt and over-cap
 * members get their reason.
 */
function countDraw(input: PlanningInput, rows: Rows, draw: DrawSpec, list: IntList): DrawCounts {
  const { policy } = input;
  const { stratumCode, hasRecords, recordsOf, priority, reason } = rows;
  const state = new Uint8Array(list.length);
  const base = new Int32Array(STRATA);
  const eligible = new Int32Array(STRATA);
  const already = new Int32Array(STRATA);
  const ranked = new Int32Array(STRATA);
  const departments = new Set<string>(draw.departments);
  const caps = new Map(policy.caps.map((c) => [c.department as string, c.perYear]));
  for (let m = 0; m < list.length; m++) {
    const row = list.at(m);
    const s = stratumCode[row] as number;
    base[s] = (base[s] as number) + 1;
    const records = hasRecords[row] === 1 ? recordsOf.get(row) : undefined;
    if (records !== undefined) {
      if (records.some((r) => r.reason === 'random' && r.departments.some((d) => departments.has(d)))) already[s] = (already[s] as number) + 1;
      const own = memberState(records, draw, policy, caps);
      state[m] = own === 'exempt' ? 1 : own === 'over-cap' ? 2 : 0;
    }
    if (state[m] === 0) {
      eligible[s] = (eligible[s] as number) + 1;
      if (priority[row] === 1) ranked[s] = (ranked[s] as number) + 1;
    }
    const own = state[m] === 1 ? 'same-year-joint-inspection' : state[m] === 2 ? 'over-cap' : undefined;
    if (own !== undefined) setBest(reason, row, own);
  }
  return { rows: list, state, base, eligible, already, ranked, present: presentStrata(draw, base) };
}

/** A draw's non-empty strata, with their keys (`draw|section|class|colour`, then `|black-list` for black-listed members, R14), in key order. */
function presentStrata(draw: DrawSpec, base: Int32Array): DrawCounts['present'] {
  const present: PresentStratum[] = [];
  for (let s = 0; s < STRATA; s++) {
    if ((base[s] as number) === 0) continue;
    const section = INDUSTRY_SECTIONS[Math.floor(s / (CLASSES.length * 4))] as string;
    const klass = CLASSES[Math.floor(s / 4) % CLASSES.length] as CreditClass;
    const yellow = Math.floor(s / 2) % 2 === 1;
    const blackList = s % 2 === 1;
    const key = `${draw.id}|${section}|${klass}|${yellow ? 'yellow' : 'none'}${blackList ? '|black-list' : ''}`;
    present.push({ s, key, section, klass, yellow, blackList });
  }
  return present.sort((a, b) => (a.key < b.key ? -1 : 1));
}

/**
 * The quotas of a draw's strata (§4.3, {@link allocateQuotas}), or for a split draw's shard the
 * whole draw's quotas, at most the shard's own eligible members.
 */
function drawQuotas(input: PlanningInput, draw: DrawSpec, counts: DrawCounts, fixed: ReadonlyMap<string, FixedQuota> | undefined): { readonly allocated: readonly AllocatedQuota[]; readonly regular: readonly number[]; readonly final: readonly number[] } {
  const { present, base, eligible, already } = counts;
  const allocated = allocateQuotas(
    present.map((p) => ({ key: p.key, section: p.section, creditClass: p.klass, yellow: p.yellow, blackList: p.blackList, base: base[p.s] as number, eligible: eligible[p.s] as number, alreadyDrawn: already[p.s] as number })),
    input.policy,
    input.period,
    draw.ratio,
  );
  if (fixed === undefined) return { allocated, regular: allocated.map((q) => q.regular), final: allocated.map((q) => q.quota) };
  const own = (j: number): number => eligible[(present[j] as DrawCounts['present'][number]).s] as number;
  const given = present.map((p) => fixed.get(p.key) ?? { quota: 0, regular: 0 });
  return { allocated, regular: given.map((q, j) => Math.min(q.regular, own(j))), final: given.map((q, j) => Math.min(q.quota, own(j))) };
}

/**
 * One pass over a draw's eligible members offers each to the sampler of its stratum, which keeps
 * the few whose tickets are low enough to be drawn; the others are settled at once as not drawn.
 */
function collectCandidates(rows: Rows, counts: DrawCounts, final: readonly number[], internals: BatchInternals): StratumSampler {
  const { present, eligible, ranked, state } = counts;
  const { priority, reason, stratumCode } = rows;
  const { member } = internals;
  const sampler = new StratumSampler(rows, present.length, internals.threshold);
  const slot = new Int32Array(STRATA).fill(-1);
  present.forEach((p, j) => {
    slot[p.s] = j;
    const late = ranked[p.s] as number;
    sampler.size(j, { quota: final[j] as number, early: (eligible[p.s] as number) - late, late });
  });
  const list = counts.rows;
  for (let m = 0; m < list.length; m++) {
    if (state[m] !== 0) continue;
    const row = list.at(m);
    const j = slot[stratumCode[row] as number] as number;
    member?.(rows.code(row), (present[j] as DrawCounts['present'][number]).key, priority[row] === 1);
    if (!sampler.offer(j, row)) setBest(reason, row, priority[row] === 1 ? 'recently-drawn' : 'not-drawn');
  }
  return sampler;
}

/**
 * Draws one stratum: its first `quota` members by (rank, ticket, USCC) (§3). Every candidate the
 * sampler considered is settled as not drawn (the chosen are raised to drawn by the caller).
 * Returns the chosen rows in rank order.
 */
function pickStratum(rows: Rows, counts: DrawCounts, j: number, sampler: StratumSampler): Int32Array {
  const { present, state } = counts;
  const { priority, reason, stratumCode } = rows;
  const s = (present[j] as DrawCounts['present'][number]).s;
  const { pool, chosen } = sampler.draw(j, (keep) => {
    const list = counts.rows;
    for (let m = 0; m < list.length; m++) if (state[m] === 0 && stratumCode[list.at(m)] === s) keep(list.at(m));
  });
  for (let r = 0; r < pool.length; r++) {
    const row = pool[r] as number;
    setBest(reason, row, priority[row] === 1 ? 'recently-drawn' : 'not-drawn');
  }
  return chosen;
}

/** Draws every stratum of one draw, records its quota and its sample, and places the chosen rows. */
function drawStrata(input: PlanningInput, rows: Rows, draw: DrawSpec, counts: DrawCounts, internals: BatchInternals, placements: Map<number, Placement[]>): { quotas: StratumQuota[]; strata: RecordedStratum[] } {
  const { allocated, regular, final } = drawQuotas(input, draw, counts, internals.fixed);
  const sampler = collectCandidates(rows, counts, final, internals);
  const quotas: StratumQuota[] = [];
  const strata: RecordedStratum[] = [];
  counts.present.forEach((p, j) => {
    const quota = final[j] as number;
    const chosen = pickStratum(rows, counts, j, sampler);
    const drawn: Uscc[] = [];
    for (let r = 0; r < chosen.length; r++) {
      const row = chosen[r] as number;
      drawn.push(rows.code(row) as Uscc);
      const list = placements.get(row) ?? [];
      list.push({ draw: draw.id, stratum: p.key, rank: r + 1 });
      placements.set(row, list);
      setBest(rows.reason, row, r >= (regular[j] as number) ? 'drawn-catch-up' : 'drawn');
    }
    const raised = quota > (regular[j] as number);
    const { ratio, exact } = allocated[j] as AllocatedQuota;
    quotas.push({
      key: p.key, draw: draw.id, industry: p.section, creditClass: p.klass, colour: p.yellow ? 'yellow' : 'none', blackList: p.blackList,
      base: counts.base[p.s] as number, eligible: counts.eligible[p.s] as number, alreadyDrawn: counts.already[p.s] as number,
      ratio, exact, quota, drawn: chosen.length, catchUp: raised, rule: raised ? 'R6' : p.blackList ? 'R14' : 'R5',
    });
    strata.push({ key: p.key, population: counts.eligible[p.s] as number, quota, drawn });
  });
  return { quotas, strata };
}

/**
 * Every row's outcome counted, and the targets (drawn, or in full coverage: red-coded, R10, or
 * black-listed, R14) with tickets and placements, in USCC order. Rows are read in the directory's
 * order (reading them in USCC order reads the reasons at random: 3 s at 10⁷) and counted per reason
 * code in a typed array; only targets are visited further (a full-coverage target's ticket, which
 * selection did not need, was computed in the classification pass). The targets are
 * then sorted by `compare` (the digest's sort keys, when it has them) or by code; their rows are
 * returned in that order too (`targetRows`), for a lookup by code built only if one is asked for.
 */
function settleOutcomes(rows: Rows, placements: ReadonlyMap<number, Placement[]>, report: Reporter, compare: ((a: number, b: number) => number) | undefined, recordOnly = false) {
  const { enterprises, code, reason, hi, lo } = rows;
  const tally = new Int32Array(CODES.length + 1);
  // 1 for the reason codes of targets (drawn or full coverage; only the latter for a record alone), by 1-based reason code.
  const wanted = (c: ReasonCode): boolean => REASONS[c].status === 'full-coverage' || (!recordOnly && REASONS[c].status === 'drawn');
  const isTarget = Uint8Array.from([0, ...CODES.map((c) => (wanted(c) ? 1 : 0))]);
  const chosen: number[] = [];
  for (let i = 0; i < enterprises.length; i++) {
    report.tick('settle', i, enterprises.length);
    const c = reason[i] as number;
    tally[c] = (tally[c] as number) + 1;
    if (isTarget[c] === 1) chosen.push(i);
  }
  chosen.sort(compare ?? ((a, b) => (code(a) < code(b) ? -1 : 1)));
  const targets: Target[] = [];
  const fullCoverage: Uscc[] = [];
  for (const i of chosen) {
    const r = CODES[(reason[i] as number) - 1] as ReasonCode;
    const uscc = code(i) as Uscc;
    const full = REASONS[r].status === 'full-coverage';
    if (full) fullCoverage.push(uscc);
    if (!recordOnly) targets.push({ uscc, status: full ? 'full-coverage' : 'drawn', reason: r, rule: REASONS[r].rule, ticket: ticketHex(hi[i] as number, lo[i] as number), placements: placements.get(i) ?? [] });
  }
  const counts = Object.fromEntries(
    ['drawn', 'not-drawn', 'recently-drawn', 'exempt-same-year', 'over-cap', 'trigger-only', 'full-coverage', 'out-of-scope'].map((s) => [s, 0]),
  ) as Record<EnterpriseStatus, number>;
  const reasons = Object.fromEntries(CODES.map((c, k) => [c, tally[k + 1] as number])) as Record<ReasonCode, number>;
  for (const c of CODES) counts[REASONS[c].status] += reasons[c];
  return { counts, reasons, targets, targetRows: chosen, fullCoverage };
}

/** A row's index in the directory by code, building the code index on first use. */
function rowOf(rows: Rows, uscc: string): number {
  rows.index ??= indexKeys(rows.enterprises.length, rows.code);
  return rows.index.find(uscc);
}

/**
 * {@link planDraw}, also giving what the classification pass saw, so no later stage rescans the
 * directory; `internals` lets the library's own callers stub the digest, fix the quotas of a split
 * draw or lower the candidates' threshold.
 */
export function drawBatch(input: PlanningInput, options: DrawOptions, internals: BatchInternals = {}): Result<InputError, DrawnBatch> {
  // Its enterprise rows are checked in the classification pass, which reads them anyway.
  const notValidated = internals.checked === true ? undefined : notValidatedIssues(input, ['input'], 'caller checks them');
  if (notValidated !== undefined) return left({ code: 'invalid-input', issues: notValidated });
  // Options are checked before they are read: a misspelt key (\`drwas\`) would otherwise draw the default draws (N7).
  const [badOption, ...moreBad] = schemaIssues(drawOptionsSchema, options, ['options'], 'R27', true);
  if (badOption !== undefined) return left({ code: 'invalid-input', issues: [badOption, ...moreBad] });
  const { seed } = options;
  const badSeed = seedIssue(seed);
  if (badSeed !== undefined) return left({ code: 'invalid-input', issues: [{ code: 'seed/invalid', path: ['options', 'seed'], at: '$.options.seed', message: badSeed, rule: 'R27' }] });
  const resolved = resolveDraws(input, options);
  if (resolved._tag === 'Left') return resolved;
  const { draws, directed } = resolved.right;
  const n = input.enterprises.length;
  const report = reporter(options.onProgress);
  report('read', 0, n);
  const rows = readRows(input);
  report('read', n, n);
  report('classify', 0, n);
  // The input digest's lines are written in the classification pass, unless the caller computes the digest itself.
  const lines = internals.digest === undefined ? new EnterpriseLines(n) : undefined;
  const classified = classifyRows(input, rows, draws, directed, seed, report, lines, internals.checked === true);
  if ('code' in classified) return left({ code: 'invalid-input', issues: [classified] });
  const { members, sections } = classified;
  noteEarlier(rows, lines, input.policy);
  report('classify', n, n);
  const placements = new Map<number, Placement[]>();
  const quotas: StratumQuota[] = [];
  const strata: RecordedStratum[] = [];
  draws.forEach((draw, k) => {
    report('select', k, draws.length);
    const drawn = drawStrata(input, rows, draw, countDraw(input, rows, draw, members[k] as IntList), internals, placements);
    quotas.push(...drawn.quotas);
    strata.push(...drawn.strata);
  });
  report('select', draws.length, draws.length);
  report('settle', 0, n);
  const { counts, reasons, targets, targetRows, fullCoverage } = settleOutcomes(rows, placements, report, lines === undefined ? undefined : (a, b) => lines.compareRows(a, b), internals.recordOnly);
  report('settle', n, n);
  // The tickets were read for the last time: the digest's sort uses their memory instead of fresh memory.
  lines?.lend(new Int32Array(rows.hi.buffer, 0, n), new Int32Array(rows.lo.buffer, 0, n));
  quotas.sort((a, b) => (a.key < b.key ? -1 : 1));
  strata.sort((a, b) => (a.key < b.key ? -1 : 1));
  const { policy, period } = input;
  report('digest', 0, n);
  const inputDigest = internals.digest?.(input) ?? inputDigestUnchecked(input, lines);
  // Hashing walks the rows in USCC order, which is where a code given twice shows.
  const twins = lines?.twins;
  if (twins !== undefined) return left({ code: 'invalid-input', issues: [duplicateRowIssue(twins[0], twins[1])] });
  const record: DrawRecord = { algorithm: TARGET_ALGORITHM, library: VERSION, seed, inputDigest, policy: policy.id, period, draws, strata, fullCoverage };
  report('digest', n, n);
  const { outcomeOf, lookup, late, targetEntity, targetRecords } = findersOf(input, rows, targetRows);
  return right({ plan: { record, quotas, targets, counts, reasons, outcomeOf, warnings: warningsOf(input, record) }, lookup, sections, late, targetEntity, targetRecords });
}

/**
 * What later stages ask of the draw's rows by code: an outcome, an enterprise, whether it was drawn
 * late; and of the targets by their place: their rows and records. Made in a scope of their own, so that the plan, which keeps `outcomeOf`, keeps only the rows
 * alive, not what the draw's pass also held (the digest's lines, the samplers).
 */
function findersOf(input: PlanningInput, rows: Rows, targetRows: readonly number[]): Pick<DrawnBatch, 'lookup' | 'late' | 'targetEntity' | 'targetRecords'> & { readonly outcomeOf: DrawPlan['outcomeOf'] } {
  const outcomeOf = (uscc: string): Outcome | undefined => {
    const row = rowOf(rows, uscc);
    if (row < 0) return undefined;
    const r = CODES[(rows.reason[row] as number) - 1] as ReasonCode;
    return { status: REASONS[r].status, reason: r, rule: REASONS[r].rule };
  };
  // The targets by code, built on first use: a draw nobody looks up in (verifyDraw, planDraw alone) skips hashing their codes.
  let targetOf: Map<string, Enterprise> | undefined;
  const lookup = (uscc: string): Enterprise | undefined => {
    targetOf ??= new Map(targetRows.map((row) => [rows.code(row), input.enterprises[row] as Enterprise]));
    const target = targetOf.get(uscc);
    if (target !== undefined) return target;
    const row = rowOf(rows, uscc);
    return row < 0 ? undefined : input.enterprises[row];
  };
  const late = (uscc: string): boolean => {
    const row = rowOf(rows, uscc);
    return row >= 0 && rows.priority[row] === 1;
  };
  const targetEntity = (k: number): Enterprise => input.enterprises[targetRows[k] as number] as Enterprise;
  const targetRecords = (k: number): readonly InspectionRecord[] => rows.recordsOf.get(targetRows[k] as number) ?? [];
  return { outcomeOf, lookup, late, targetEntity, targetRecords };
}

/** An empty directory (R4), and each draw no enterprise is a member of (N7), as warnings. */
function warningsOf(input: PlanningInput, record: DrawRecord): Warning[] {
  const warn = (code: Warning['code'], path: (string | number)[], message: string, rule: Warning['rule']): Warning => ({ code, path, at: formatPath(path), message, rule });
  const warnings: Warning[] = [];
  if (input.enterprises.length === 0) warnings.push(warn('directory/empty', ['enterprises'], 'the directory has no enterprise: nothing can be drawn', 'R4'));
  const drawn = new Set(record.strata.map((s) => s.key.slice(0, s.key.indexOf('|'))));
  record.draws.forEach((d, k) => {
    if (!drawn.has(d.id)) warnings.push(warn('draw/empty-population', ['record', 'draws', k], `no enterprise is a member of draw "${d.id}": its filter or the directory leaves it empty`, 'N7'));
  });
  return warnings;
}

/** Keeps the higher-precedence draw-level outcome of a row in several draws. */
function setBest(reason: Uint8Array, row: number, candidate: ReasonCode): void {
  const current = reason[row] as number;
  const currentCode = current === 0 ? undefined : CODES[current - 1];
  if (currentCode === undefined || (PRECEDENCE[candidate] ?? 0) > (PRECEDENCE[currentCode] ?? 0)) reason[row] = CODE[candidate];
}
