import * as z from 'zod';
import { byText } from '../internal/text.js';
import { left, right } from '../internal/result.js';
import type { CheckCode, InputError, InputIssue } from '../model/issues.js';
import { formatPath } from '../model/paths.js';
import { drawSpecsSchema, schemaIssues, sectionSchemas } from '../input/schemas.js';
import { seedIssue } from '../random/seed.js';
import type { Result } from '../model/result.js';
import type { RuleId } from '../model/rules.js';
import type { CreditClass, Period, PlanningInput, Policy } from '../model/types.js';
import { allocateQuotas, type StratumCount } from '../quota/allocateQuotas.js';
import { INDUSTRY_SECTIONS } from '../model/industry.js';
import { ticketOfUnchecked } from '../random/drawSample.js';
import { SETUP_SECTIONS, setupDigest, setupSectionDigests } from '../random/inputDigest.js';
import { notValidatedIssues } from '../input/validated.js';
import { TARGET_ALGORITHM } from '../random/tickets.js';
import { isValidUscc } from '../uscc/isValidUscc.js';
import type { Uscc } from '../model/uscc.js';
import { VERSION } from '../version.js';
import { canonicalDraws } from './draws.js';
import type { DrawSpec } from '../model/draws.js';
import { drawBatch, type FixedQuota } from './drawBatch.js';
import type { DrawOptions } from './planDraw.js';
import type { DrawRecord, RecordedStratum } from './types.js';

/**
 * One stratum's counts in one shard (docs/draw-algorithm.md §4.3): what its quota depends on.
 * @example
 * ```ts
 * import type { ShardStratum } from 'double-random';
 * const line = (s: ShardStratum): string => `${s.key}: ${s.eligible} eligible of ${s.base}`;
 * ```
 * @category Split draw
 * @since 0.1.0
 */
export interface ShardStratum {
  /** `draw|section|class|colour`, then `|black-list` for black-listed members (R14). */
  readonly key: string;
  /** bₛ: members, exempt and over-cap ones included. */
  readonly base: number;
  /** eₛ: eligible members. */
  readonly eligible: number;
  /** dₛ: members drawn at random earlier this year by one of the draw's departments. */
  readonly alreadyDrawn: number;
}

/**
 * Phase 1 of a split draw: one shard's stratum counts, with what every shard must share (the seed,
 * the policy, the period and the draws).
 * @example
 * ```ts
 * import type { ShardCounts } from 'double-random';
 * const members = (c: ShardCounts): number => c.strata.reduce((n, s) => n + s.base, 0);
 * ```
 * @category Split draw
 * @since 0.1.0
 */
export interface ShardCounts {
  /** The draw algorithm's id. */
  readonly algorithm: string;
  /** The public seed. */
  readonly seed: string;
  /** The policy's id. */
  readonly policy: string;
  /**
   * SHA-256 of what every shard must share (versions, departments, inspectors, items, joint lists,
   * policy, period; not the enterprises, not the history), so that shards set up differently,
   * with the same policy id, are refused.
   */
  readonly setup: string;
  /**
   * SHA-256 of each section the setup covers (its canonical JSON, as in `setup`), so that a
   * refusal names the section shards disagree on: a roster trimmed to the shard's own enterprises'
   * conflicts differs in `inspectors`.
   */
  readonly setupSections: SetupSections;
  /** The period drawn. */
  readonly period: Period;
  /** The draws, as the record writes them. */
  readonly draws: readonly DrawSpec[];
  /** The shard's strata with at least one member, sorted by key. */
  readonly strata: readonly ShardStratum[];
}

/**
 * The quotas of a split draw, computed once from every shard's counts.
 * @example
 * ```ts
 * import type { SplitQuotas } from 'double-random';
 * const total = (q: SplitQuotas): number => q.strata.reduce((n, s) => n + s.quota, 0);
 * ```
 * @category Split draw
 * @since 0.1.0
 */
export interface SplitQuotas extends Omit<ShardCounts, 'strata'> {
  /** Every stratum of the whole draw, sorted by key. */
  readonly strata: readonly SplitQuota[];
}

/**
 * The digests of the sections a split draw's setup covers (see {@link ShardCounts.setup}).
 * @example
 * ```ts
 * import type { SetupSections } from 'double-random';
 * const sameRoster = (a: SetupSections, b: SetupSections): boolean => a.inspectors === b.inspectors;
 * ```
 * @category Split draw
 * @since 0.1.0
 */
export interface SetupSections {
  /** The input's `versions`. */
  readonly versions: string;
  /** The departments, by id. */
  readonly departments: string;
  /** The whole roster, by id (conflicts, qualifications and unavailable days sorted). */
  readonly inspectors: string;
  /** The items, by id. */
  readonly items: string;
  /** The joint lists, by id. */
  readonly jointLists: string;
  /** The policy (fields at their default left out, as in the input digest). */
  readonly policy: string;
  /** The period. */
  readonly period: string;
}

/**
 * One stratum's quota in a split draw.
 * @example
 * ```ts
 * import type { SplitQuota } from 'double-random';
 * const raised = (q: SplitQuota): boolean => q.quota > q.regular;
 * ```
 * @category Split draw
 * @since 0.1.0
 */
export interface SplitQuota {
  /** `draw|section|class|colour`, then `|black-list` for black-listed members (R14). */
  readonly key: string;
  /** eₛ: the stratum's eligible members over all shards. */
  readonly population: number;
  /** The quota (R5, R6). */
  readonly quota: number;
  /** The quota before the catch-up (R6). */
  readonly regular: number;
}

/**
 * One candidate of a shard for a stratum's sample, with what orders it (docs/draw-algorithm.md §3).
 * @example
 * ```ts
 * import type { Candidate } from 'double-random';
 * const order = (c: Candidate): string => `${c.late ? 1 : 0}${c.ticket}${c.uscc}`;
 * ```
 * @category Split draw
 * @since 0.1.0
 */
export interface Candidate {
  /** The enterprise. */
  readonly uscc: Uscc;
  /** Whether it is ranked last (rank 1, R8). */
  readonly late: boolean;
  /** Its ticket, 16 hex digits. */
  readonly ticket: string;
}

/**
 * Phase 2 of a split draw: one shard's best candidates per stratum (at most the quota) and its
 * enterprises in full coverage (R10, R14).
 * @example
 * ```ts
 * import type { ShardDraw } from 'double-random';
 * const candidates = (d: ShardDraw): number => d.strata.reduce((n, s) => n + s.candidates.length, 0);
 * ```
 * @category Split draw
 * @since 0.1.0
 */
export interface ShardDraw {
  /** The draw algorithm's id. */
  readonly algorithm: string;
  /** Per stratum with members in this shard, sorted by key. */
  readonly strata: readonly ShardCandidates[];
  /** The shard's enterprises in full coverage in some draw's population (red-coded, R10; black-listed under a `full` rule, R14), sorted. */
  readonly fullCoverage: readonly Uscc[];
}

/**
 * One stratum's candidates in one shard.
 * @example
 * ```ts
 * import type { ShardCandidates } from 'double-random';
 * const best = (s: ShardCandidates): string | undefined => s.candidates[0]?.uscc;
 * ```
 * @category Split draw
 * @since 0.1.0
 */
export interface ShardCandidates {
  /** `draw|section|class|colour`, then `|black-list` for black-listed members (R14). */
  readonly key: string;
  /** The shard's eligible members of the stratum: the shards' add up to the stratum's population. */
  readonly population: number;
  /** The shard's best members of the stratum, at most the quota, in rank order (§3). */
  readonly candidates: readonly Candidate[];
}

const CLASSES = new Set<string>(['A', 'B', 'C', 'D', 'unrated']);
const SECTIONS = new Set<string>(INDUSTRY_SECTIONS);
const usccSchema = z.string().refine(isValidUscc, 'a valid unified social credit code (N10)');
const count = z.number().int().min(0);
/** A usable public seed (R27): the same check as `planDraw`'s, so a forged part cannot carry an unreadable one. */
const seedSchema = z.string().check((ctx) => {
  const problem = seedIssue(ctx.value);
  if (problem !== undefined) ctx.issues.push({ code: 'custom', input: ctx.value, message: problem, params: { code: 'seed/invalid', rule: 'R27' } });
});
const shared = {
  algorithm: z.literal(TARGET_ALGORITHM),
  seed: seedSchema,
  policy: z.string().min(1),
  setup: z.string().regex(/^[0-9a-f]{64}$/),
  setupSections: z.strictObject(Object.fromEntries(SETUP_SECTIONS.map((k) => [k, z.string().regex(/^[0-9a-f]{64}$/)])) as Record<keyof SetupSections, z.ZodString>),
  period: sectionSchemas.period,
  draws: drawSpecsSchema,
};
const shardCountsSchema = z.strictObject({ ...shared, strata: z.array(z.strictObject({ key: z.string().min(1), base: count, eligible: count, alreadyDrawn: count })) });
const splitQuotasSchema = z.strictObject({ ...shared, strata: z.array(z.strictObject({ key: z.string().min(1), population: count, quota: count, regular: count })) });
const shardDrawSchema = z.strictObject({
  algorithm: z.literal(TARGET_ALGORITHM),
  strata: z.array(z.strictObject({ key: z.string().min(1), population: count, candidates: z.array(z.strictObject({ uscc: usccSchema, late: z.boolean(), ticket: z.string().regex(/^[0-9a-f]{16}$/) })) })),
  fullCoverage: z.array(usccSchema),
});

function refuse(issues: readonly InputIssue[]): Result<InputError, never> {
  return left({ code: 'invalid-input', issues: issues as [InputIssue, ...InputIssue[]] });
}

/** A part's shape issues, every one under rule R27 (or R4 for the digest). */
const shapeIssues = (schema: z.ZodType, value: unknown, root: readonly (string | number)[], rule: RuleId): InputIssue[] => schemaIssues(schema, value, root, rule, true);

type Shared = Omit<ShardCounts, 'strata'>;

/** The first of seed, policy, setup, period and draws in which two parts of a split draw differ; for the setup, its first differing section (`setupSections.inspectors`). */
function differingField(a: Shared, b: Shared): string | undefined {
  if (a.seed !== b.seed) return 'seed';
  if (a.policy !== b.policy) return 'policy';
  if (a.setup !== b.setup) {
    const section = SETUP_SECTIONS.find((k) => a.setupSections[k] !== b.setupSections[k]);
    return section === undefined ? 'setup' : `setupSections.${section}`;
  }
  if (JSON.stringify(a.period) !== JSON.stringify(b.period)) return 'period';
  return canonicalDraws(a.draws) !== canonicalDraws(b.draws) ? 'draws' : undefined;
}

/** What a differing field of a split draw's part means, in a sentence. */
function differenceText(field: string): string {
  if (!field.startsWith('setupSections.')) return `another ${field}: every shard draws with the same seed, policy, period and draws`;
  const section = field.slice('setupSections.'.length);
  const roster = section === 'inspectors' ? ' (each shard holds the whole roster, conflicts of interest with other shards\' enterprises included: parse a shard with parsePlanningInput(raw, { shard: true }))' : '';
  return `other ${section}${roster}: every shard has the same versions, departments, inspectors, items, joint lists, policy and period (docs/draw-algorithm.md §4.4)`;
}

/** The field path of {@link differingField}'s answer. */
const fieldPath = (field: string): string[] => field.split('.');

const disagree = (path: (string | number)[], message: string): InputIssue => ({ code: 'split/shards-disagree', path, at: formatPath(path), message, rule: 'R27' });
const issueAt = (code: CheckCode, path: (string | number)[], message: string): InputIssue => ({ code, path, at: formatPath(path), message, rule: 'R27' });

/** Why a stratum key is not `draw|section|class|colour[|black-list]` of one of the draws (and, given the policy, one a classification can give), or `undefined`. */
function keyProblem(key: string, draws: ReadonlyMap<string, DrawSpec>, policy?: Policy): string | undefined {
  const [draw, section, klass, colour, list, ...rest] = key.split('|');
  const spec = draws.get(draw ?? '');
  if (spec === undefined) return `"${key}" names no draw of the batch (draw|section|class|colour)`;
  if (rest.length > 0 || !SECTIONS.has(section ?? '') || !CLASSES.has(klass ?? '') || (colour !== 'yellow' && colour !== 'none') || (list !== undefined && list !== 'black-list')) {
    return `"${key}" is not a stratum key draw|section|class|colour, optionally followed by |black-list`;
  }
  return policy === undefined ? undefined : impossibleStratum(spec, section as string, klass as CreditClass, list !== undefined, policy);
}

/** Why no classification under `policy` puts a member in this stratum of `spec` (§4.2, §4.3), or `undefined`. */
function impossibleStratum(spec: DrawSpec, section: string, klass: CreditClass, listed: boolean, policy: Policy): string | undefined {
  const { industries, excludeIndustries, creditClasses } = spec.filter;
  if (industries !== undefined && !industries.some((code) => code.charAt(0) === section)) return `draw ${spec.id} takes no industry of section ${section}`;
  if (excludeIndustries?.includes(section) === true) return `draw ${spec.id} excludes section ${section}`;
  if (creditClasses !== undefined && !creditClasses.includes(klass)) return `draw ${spec.id} takes no class ${klass}`;
  if (listed && policy.blackList?.coverage !== 'raised') return 'black-list strata exist only under a raised black-list rule (R14)';
  if (klass === 'A' && policy.classATriggerOnly && !listed) return 'class A is trigger-only under this policy (N5): it has no stratum';
  return undefined;
}

/** Counts that cannot come from a classification: a stratum twice, an unknown or impossible key, no member, more eligible or earlier-drawn members than members. */
function countsIssues(counts: readonly ShardCounts[], policy: Policy): InputIssue[] {
  const issues: InputIssue[] = [];
  counts.forEach((part, i) => {
    const drawIds = new Map(part.draws.map((d) => [d.id, d]));
    const seen = new Set<string>();
    part.strata.forEach((s, j) => {
      const at = ['counts', i, 'strata', j];
      const problem = keyProblem(s.key, drawIds, policy) ?? (seen.has(s.key) ? `stratum "${s.key}" is listed twice` : undefined)
        ?? (s.base < 1 ? 'a stratum is listed when it has members' : s.eligible > s.base || s.alreadyDrawn > s.base ? 'eligible and earlier-drawn members are among the members (base)' : undefined);
      if (problem !== undefined) issues.push(issueAt('split/counts', at, problem));
      seen.add(s.key);
    });
  });
  return issues;
}

/**
 * Phase 1 of a split draw (R27): a shard (a region, a machine, a database partition) classifies its
 * enterprises as {@link planDraw} does and reports each stratum's counts. Counts add up, so
 * {@link splitQuotas} computes the quotas of the whole draw once from every shard's counts.
 *
 * Every shard's input has the same departments, inspectors, items, joint lists, policy and period;
 * its enterprises are its own (each enterprise in exactly one shard), and its history may be the
 * whole history or its enterprises' part.
 *
 * @param input - The shard's validated input.
 * @param options - The public seed and, for directed draws, the draws (the same for every shard).
 * @returns `Right` with the shard's counts, or `Left` when the draws are invalid.
 * @example
 * ```ts
 * import { countShard, drawShard, inputDigest, mergeShards, planDraw, splitQuotas } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const whole = generateDirectory({ size: 3_000, seed: 'split' });
 * const shards = [0, 1, 2].map((k) => ({ ...whole, enterprises: whole.enterprises.filter((_, i) => i % 3 === k) }));
 * const seed = '2024-Q1 58213';
 * const counts = shards.map((shard) => countShard(shard, { seed }));
 * if (counts.every((c) => c._tag === 'Right')) {
 *   const quotas = splitQuotas(counts.map((c) => c.right), shards[0]!);
 *   if (quotas._tag === 'Right') {
 *     const draws = shards.map((shard) => drawShard(shard, { seed }, quotas.right));
 *     const digest = inputDigest(whole);
 *     if (draws.every((d) => d._tag === 'Right') && digest._tag === 'Right') {
 *       const record = mergeShards(draws.map((d) => d.right), quotas.right, digest.right);
 *       const single = planDraw(whole, { seed });
 *       if (record._tag === 'Right' && single._tag === 'Right') {
 *         console.log(JSON.stringify(record.right) === JSON.stringify(single.right.record)); // true
 *       }
 *     }
 *   }
 * }
 * ```
 * @category Split draw
 * @since 0.1.0
 */
export function countShard(input: PlanningInput, options: DrawOptions): Result<InputError, ShardCounts> {
  // Without the digest's lines the draw cannot see a code given twice: the rows are checked first (R4).
  const notValidated = notValidatedIssues(input);
  if (notValidated !== undefined) return left({ code: 'invalid-input', issues: notValidated });
  // No quota is drawn in phase 1: every stratum's fixed quota is 0, and no digest is computed.
  const batch = drawBatch(input, options, { digest: () => '', fixed: new Map(), checked: true });
  if (batch._tag === 'Left') return batch;
  const { record, quotas } = batch.right.plan;
  return right({
    algorithm: record.algorithm, seed: record.seed, policy: record.policy, setup: setupDigest(input), setupSections: setupSectionDigests(input), period: record.period, draws: record.draws,
    strata: quotas.map((q) => ({ key: q.key, base: q.base, eligible: q.eligible, alreadyDrawn: q.alreadyDrawn })),
  });
}

/**
 * Sums every shard's counts per stratum and computes the quotas of the whole draw once, exactly as
 * {@link planDraw} does on the whole directory (docs/draw-algorithm.md §4.3).
 *
 * @param counts - Every shard's {@link countShard} result.
 * @param input - Any shard's input (its policy and period are used; they must be the same in every shard).
 * @returns `Right` with the quotas, or `Left` when the counts are malformed or the shards disagree.
 * @example
 * ```ts
 * import { countShard, splitQuotas } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 1_000, seed: 'quotas' });
 * const counts = countShard(input, { seed: 's' });
 * if (counts._tag === 'Right') {
 *   const quotas = splitQuotas([counts.right], input);
 *   if (quotas._tag === 'Right') console.log(quotas.right.strata.length);
 * }
 * ```
 * @category Split draw
 * @since 0.1.0
 */
export function splitQuotas(counts: readonly ShardCounts[], input: PlanningInput): Result<InputError, SplitQuotas> {
  const notValidated = notValidatedIssues(input);
  if (notValidated !== undefined) return left({ code: 'invalid-input', issues: notValidated });
  const shape = Array.isArray(counts) ? counts.flatMap((c, i) => shapeIssues(shardCountsSchema, c, ['counts', i], 'R27')) : shapeIssues(z.array(z.unknown()), counts, ['counts'], 'R27');
  if (shape.length > 0) return refuse(shape);
  const first = counts[0];
  if (first === undefined) return refuse([{ code: 'split/no-shards', path: ['counts'], at: '$.counts', message: 'a split draw needs at least one shard', rule: 'R27' }]);
  const issues = counts.flatMap((part, i) => {
    const field = differingField(part, first);
    return field === undefined ? [] : [disagree(['counts', i, ...fieldPath(field)], `shard ${i} has ${differenceText(field)}, unlike shard 0`)];
  });
  if (first.setup !== setupDigest(input)) {
    const own = setupSectionDigests(input);
    const section = SETUP_SECTIONS.find((k) => first.setupSections[k] !== own[k]);
    issues.push(disagree(['input', ...(section === undefined ? [] : [section])], `the input is not set up as the shards are: its ${section ?? 'setup'} differ from shard 0's`));
  }
  issues.push(...countsIssues(counts, input.policy));
  if (issues.length > 0) return refuse(issues);
  const summed = new Map<string, { base: number; eligible: number; alreadyDrawn: number }>();
  for (const part of counts) {
    for (const s of part.strata) {
      const sum = summed.get(s.key) ?? { base: 0, eligible: 0, alreadyDrawn: 0 };
      summed.set(s.key, { base: sum.base + s.base, eligible: sum.eligible + s.eligible, alreadyDrawn: sum.alreadyDrawn + s.alreadyDrawn });
    }
  }
  const byDraw = new Map<string, StratumCount[]>();
  for (const key of [...summed.keys()].sort(byText)) {
    const [draw, section, klass, colour, mark] = key.split('|') as [string, string, CreditClass, string, string | undefined];
    const list = byDraw.get(draw) ?? [];
    list.push({ key, section, creditClass: klass, yellow: colour === 'yellow', blackList: mark === 'black-list', ...(summed.get(key) as { base: number; eligible: number; alreadyDrawn: number }) });
    byDraw.set(draw, list);
  }
  const ratioOf = new Map(first.draws.map((d) => [d.id, d.ratio]));
  const strata = [...byDraw].flatMap(([draw, list]) => {
    const allocated = allocateQuotas(list, input.policy, input.period, ratioOf.get(draw));
    return list.map((s, j) => ({ key: s.key, population: s.eligible, quota: (allocated[j] as { quota: number }).quota, regular: (allocated[j] as { regular: number }).regular }));
  });
  const { algorithm, seed, policy, setup, setupSections, period, draws } = first;
  return right({ algorithm, seed, policy, setup, setupSections, period, draws, strata: strata.sort((a, b) => byText(a.key, b.key)) });
}

/**
 * Phase 2 of a split draw: with the quotas of the whole draw, a shard draws each stratum's best
 * `quota` members of its own, by (rank, ticket, USCC) as §3 orders them. The best `quota` of all
 * shards' candidates are the whole stratum's best `quota`: {@link mergeShards} keeps them.
 *
 * @param input - The shard's validated input (as for {@link countShard}).
 * @param options - The public seed and the draws (as for {@link countShard}).
 * @param quotas - The whole draw's quotas from {@link splitQuotas}.
 * @returns `Right` with the shard's candidates, or `Left` when the quotas are malformed or were computed with another seed, policy, period or draws.
 * @example
 * ```ts
 * import { countShard, drawShard, splitQuotas } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 1_000, seed: 'phase-2' });
 * const counts = countShard(input, { seed: 's' });
 * const quotas = counts._tag === 'Right' ? splitQuotas([counts.right], input) : counts;
 * if (quotas._tag === 'Right') {
 *   const draw = drawShard(input, { seed: 's' }, quotas.right);
 *   if (draw._tag === 'Right') console.log(draw.right.strata.length);
 * }
 * ```
 * @category Split draw
 * @since 0.1.0
 */
export function drawShard(input: PlanningInput, options: DrawOptions, quotas: SplitQuotas): Result<InputError, ShardDraw> {
  const notValidated = notValidatedIssues(input);
  if (notValidated !== undefined) return left({ code: 'invalid-input', issues: notValidated });
  const shape = shapeIssues(splitQuotasSchema, quotas, ['quotas'], 'R27');
  if (shape.length > 0) return refuse(shape);
  const fixed = new Map<string, FixedQuota>(quotas.strata.map((s) => [s.key, { quota: s.quota, regular: s.regular }]));
  const batch = drawBatch(input, options, { digest: () => '', fixed, checked: true });
  if (batch._tag === 'Left') return batch;
  const { record, targets } = batch.right.plan;
  const field = differingField(quotas, { ...record, setup: setupDigest(input), setupSections: setupSectionDigests(input) });
  if (field !== undefined) return refuse([disagree(['quotas', ...fieldPath(field)], `the quotas were computed with ${differenceText(field)}; this shard's differ`)]);
  const ticketOf = new Map(targets.map((t) => [t.uscc as string, t.ticket]));
  return right({
    algorithm: record.algorithm,
    strata: record.strata.map((s) => ({
      key: s.key,
      population: s.population,
      candidates: s.drawn.map((uscc) => ({ uscc, late: batch.right.late(uscc), ticket: ticketOf.get(uscc) as string })),
    })),
    fullCoverage: record.fullCoverage,
  });
}

/**
 * One row of the `members` table that {@link selectionSql} reads: an eligible member of a stratum.
 * @example
 * ```ts
 * import type { ShardMember } from 'double-random';
 * const row = (m: ShardMember): [string, string, boolean] => [m.uscc, m.stratum, m.late];
 * ```
 * @category Split draw
 * @since 0.1.0
 */
export interface ShardMember {
  /** The enterprise. */
  readonly uscc: Uscc;
  /** Its stratum's key, `draw|section|class|colour`, then `|black-list` for black-listed members (R14). */
  readonly stratum: string;
  /** Whether it is ranked last (rank 1, R8). */
  readonly late: boolean;
}

/**
 * A shard's classification without a seed: every eligible member of every stratum, and its
 * enterprises in full coverage (R10, R14).
 * @example
 * ```ts
 * import type { ShardMembers } from 'double-random';
 * const size = (m: ShardMembers): number => m.members.length + m.fullCoverage.length;
 * ```
 * @category Split draw
 * @since 0.1.0
 */
export interface ShardMembers {
  /** The draw algorithm's id. */
  readonly algorithm: string;
  /** The draws used, canonical (given, or the defaults). */
  readonly draws: readonly DrawSpec[];
  /** Every eligible member of every stratum, sorted by stratum key, then USCC (an enterprise in several draws is a member once per draw). */
  readonly members: readonly ShardMember[];
  /** The shard's enterprises in full coverage in some draw's population (red-coded, R10; black-listed under a `full` rule, R14), sorted. */
  readonly fullCoverage: readonly Uscc[];
}

const membersOptionsSchema = z.strictObject({ draws: z.unknown().optional() });
/** The classification does not depend on the seed; this one only feeds tickets nobody reads. */
const UNUSED_SEED = 'shardMembers';

/**
 * The rows of the `members` table of the draw inside a database ({@link selectionSql}): every
 * eligible member of every stratum of this shard, with its stratum key and whether it is ranked
 * last (R8), from the same classification as {@link planDraw} (docs/draw-algorithm.md §4.2).
 * It takes no seed, so the table can be filled before the seed is drawn in public; the quotas
 * table comes from {@link splitQuotas} over every shard's {@link countShard}.
 *
 * @param input - The shard's planning input (or the whole directory's).
 * @param options - The batch's draws, as for {@link planDraw} (default: the default draws).
 * @returns `Right` with the members and the full-coverage list, or `Left` on bad draws or options.
 * @example
 * ```ts
 * import { shardMembers } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 1_000, seed: 'members' });
 * const members = shardMembers(input);
 * // INSERT INTO members (uscc, stratum, late) VALUES … for each row
 * if (members._tag === 'Right') console.log(members.right.members[0]?.stratum);
 * ```
 * @category Split draw
 * @since 0.1.0
 */
export function shardMembers(input: PlanningInput, options: { readonly draws?: readonly DrawSpec[] } = {}): Result<InputError, ShardMembers> {
  const notValidated = notValidatedIssues(input);
  if (notValidated !== undefined) return left({ code: 'invalid-input', issues: notValidated });
  const shape = shapeIssues(membersOptionsSchema, options, ['options'], 'R27');
  if (shape.length > 0) return refuse(shape);
  const members: ShardMember[] = [];
  const member = (uscc: string, stratum: string, late: boolean): void => void members.push({ uscc: uscc as Uscc, stratum, late });
  const drawOptions: DrawOptions = options.draws === undefined ? { seed: UNUSED_SEED } : { seed: UNUSED_SEED, draws: options.draws };
  const batch = drawBatch(input, drawOptions, { digest: () => '', fixed: new Map(), member, checked: true });
  if (batch._tag === 'Left') return batch;
  const { record } = batch.right.plan;
  members.sort((a, b) => byText(a.stratum, b.stratum) || byText(a.uscc, b.uscc));
  return right({ algorithm: record.algorithm, draws: record.draws, members, fullCoverage: record.fullCoverage });
}

const byRank = (a: Candidate, b: Candidate): number => Number(a.late) - Number(b.late) || byText(a.ticket, b.ticket) || byText(a.uscc, b.uscc);

/**
 * Merges every shard's candidates into the draw record of the whole draw: each stratum's sample is
 * the best `quota` of its shards' candidates, the full-coverage lists are joined. The record is the
 * one {@link planDraw} gives on the whole directory, byte for byte, given the whole directory's
 * input digest (see docs/draw-algorithm.md, "A split draw").
 *
 * @param draws - Every shard's {@link drawShard} result.
 * @param quotas - The whole draw's quotas from {@link splitQuotas}.
 * @param inputDigest - The input digest of the whole directory (every shard's enterprises): the `Right` of the function `inputDigest`.
 * @returns `Right` with the record, or `Left` when a part is malformed or an enterprise is a candidate twice.
 * @example
 * ```ts
 * import { countShard, drawShard, inputDigest, mergeShards, splitQuotas } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 1_000, seed: 'merge' });
 * const counts = countShard(input, { seed: 's' });
 * const quotas = counts._tag === 'Right' ? splitQuotas([counts.right], input) : counts;
 * const draw = quotas._tag === 'Right' ? drawShard(input, { seed: 's' }, quotas.right) : quotas;
 * const digest = inputDigest(input);
 * if (quotas._tag === 'Right' && draw._tag === 'Right' && digest._tag === 'Right') {
 *   const record = mergeShards([draw.right], quotas.right, digest.right);
 *   if (record._tag === 'Right') console.log(record.right.strata.length);
 * }
 * ```
 * @category Split draw
 * @since 0.1.0
 */
export function mergeShards(draws: readonly ShardDraw[], quotas: SplitQuotas, inputDigest: string): Result<InputError, DrawRecord> {
  const shape = [
    ...(Array.isArray(draws) ? draws.flatMap((d, i) => shapeIssues(shardDrawSchema, d, ['draws', i], 'R27')) : shapeIssues(z.array(z.unknown()), draws, ['draws'], 'R27')),
    ...shapeIssues(splitQuotasSchema, quotas, ['quotas'], 'R27'),
    ...shapeIssues(z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 digest: 64 lowercase hex digits'), inputDigest, ['inputDigest'], 'R4'),
  ];
  if (shape.length > 0) return refuse(shape);
  const issues = [...quotasIssues(quotas), ...candidatesIssues(draws, quotas)];
  if (issues.length > 0) return refuse(issues);
  const candidates = new Map<string, Candidate[]>();
  const reported = new Map<string, number>();
  for (const draw of draws) {
    for (const s of draw.strata) {
      candidates.set(s.key, [...(candidates.get(s.key) ?? []), ...s.candidates]);
      reported.set(s.key, (reported.get(s.key) ?? 0) + s.population);
    }
  }
  // Every shard reports its eligible members per stratum: a shard left out shows as a shortfall.
  const short = quotas.strata.filter((s) => reported.get(s.key) !== s.population || (candidates.get(s.key)?.length ?? 0) < s.quota);
  if (short.length > 0) {
    return refuse(short.map((s) => issueAt('split/missing-candidates', ['draws'], `stratum ${s.key}: the shards report ${reported.get(s.key) ?? 0} of its ${s.population} eligible members and ${candidates.get(s.key)?.length ?? 0} candidates for a quota of ${s.quota}: a shard's draw is missing or extra`)));
  }
  const strata: RecordedStratum[] = quotas.strata.map((s) => ({
    key: s.key,
    population: s.population,
    quota: s.quota,
    drawn: (candidates.get(s.key) ?? []).sort(byRank).slice(0, s.quota).map((c) => c.uscc),
  }));
  const fullCoverage = draws.flatMap((d) => d.fullCoverage).sort(byText);
  const { algorithm, seed, policy, period, draws: specs } = quotas;
  return right({ algorithm, library: VERSION, seed, inputDigest, policy, period, draws: specs, strata, fullCoverage });
}

/** Quotas that {@link splitQuotas} cannot have given: a stratum twice or out of order, an unknown key, a quota above the population or below its regular part. */
function quotasIssues(quotas: SplitQuotas): InputIssue[] {
  const drawIds = new Map(quotas.draws.map((d) => [d.id, d]));
  const issues: InputIssue[] = [];
  quotas.strata.forEach((s, j) => {
    const previous = quotas.strata[j - 1];
    const problem = keyProblem(s.key, drawIds) ?? (previous !== undefined && byText(previous.key, s.key) >= 0 ? 'strata are listed once each, sorted by key' : undefined)
      ?? (s.quota > s.population || s.regular > s.quota ? 'a quota is at most the population, and its regular part at most the quota' : undefined);
    if (problem !== undefined) issues.push(issueAt('split/quotas', ['quotas', 'strata', j], problem));
  });
  return issues;
}

/**
 * Candidates that no shard's draw can have given: a stratum the quotas lack, a ticket that is not
 * the enterprise's under the seed (§2), an enterprise twice in one draw (each enterprise is in one
 * shard and one stratum of a draw), an enterprise in full coverage twice.
 */
function candidatesIssues(draws: readonly ShardDraw[], quotas: SplitQuotas): InputIssue[] {
  const quotaOf = new Map(quotas.strata.map((s) => [s.key, s.quota]));
  const inDraw = new Set<string>();
  const red = new Set<string>();
  const covered = new Set(draws.flatMap((d) => d.fullCoverage as readonly string[]));
  const issues: InputIssue[] = [];
  draws.forEach((draw, i) => {
    draw.strata.forEach((s, j) => {
      const quota = quotaOf.get(s.key);
      if (quota === undefined) issues.push(issueAt('split/unknown-stratum', ['draws', i, 'strata', j, 'key'], `stratum ${s.key} is not in the quotas`));
      else if (s.candidates.length > quota) issues.push(issueAt('split/too-many-candidates', ['draws', i, 'strata', j, 'candidates'], `${s.candidates.length} candidates for stratum ${s.key}, whose quota is ${quota}: a shard sends at most the quota`));
      const drawId = s.key.split('|')[0] as string;
      s.candidates.forEach((c, k) => {
        const at = ['draws', i, 'strata', j, 'candidates', k];
        if (c.ticket !== ticketOfUnchecked(quotas.seed, c.uscc)) issues.push(issueAt('split/forged-ticket', [...at, 'ticket'], `${c.ticket} is not the ticket of ${c.uscc} under the seed (docs/draw-algorithm.md §2)`));
        if (inDraw.has(`${drawId}|${c.uscc}`)) issues.push(issueAt('split/duplicate-candidate', at, `${c.uscc} is a candidate twice in draw ${drawId}: each enterprise belongs to one shard and one stratum`));
        if (covered.has(c.uscc)) issues.push(issueAt('split/duplicate-candidate', at, `${c.uscc} is a candidate and in full coverage: an enterprise in full coverage is never sampled (R10, R14)`));
        inDraw.add(`${drawId}|${c.uscc}`);
      });
    });
    draw.fullCoverage.forEach((uscc, k) => {
      if (red.has(uscc)) issues.push(issueAt('split/duplicate-candidate', ['draws', i, 'fullCoverage', k], `${uscc} is in full coverage in two shards: each enterprise belongs to one shard`));
      red.add(uscc);
    });
  });
  return issues;
}
