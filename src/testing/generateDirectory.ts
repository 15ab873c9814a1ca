import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { INDUSTRY_SECTIONS } from '../model/industry.js';
import { daysFromIsoDate, isoDateFromDays } from '../internal/date.js';
import { assertSeed, streamFromSeed } from '../random/seed.js';
import type { IsoDate } from '../model/date.js';
import type {
  Department,
  DepartmentId,
  Enterprise,
  IndustryCode,
  InspectionItem,
  InspectionReason,
  InspectionRecord,
  Inspector,
  InspectorId,
  ItemId,
  JointList,
  Period,
  PlanningInput,
  Policy,
} from '../model/types.js';
import { yongchuanPolicy } from '../presets/yongchuan.js';
import type { Uscc } from '../model/uscc.js';
import { defaultDrawsUnchecked } from '../plan/draws.js';
import { DEPARTMENT_TEMPLATES, JOINT_LIST_TEMPLATES, type DepartmentTemplate } from './catalogue.js';
import { generateEnterprises } from './generateEnterprises.js';
import { demandOf, historyDrawnShare, inspectorsNeeded, INSPECTOR_SHARES, workingDaysOf, type DepartmentDemand } from './roster.js';
import { below, chance, pick, weighted } from './random.js';

/**
 * Options of {@link generateDirectory}.
 * @example
 * ```ts
 * import type { GenerateDirectoryOptions } from 'double-random/testing';
 * const options: GenerateDirectoryOptions = { size: 5000, seed: 'example', year: 2024, batch: 2 };
 * ```
 * @category Testing
 * @since 0.1.0
 */
export interface GenerateDirectoryOptions {
  /** How many enterprises. */
  readonly size: number;
  /** Public seed string: the same seed gives the same input. */
  readonly seed: string;
  /** Year planned (default 2024). */
  readonly year?: number;
  /** Batch planned, 1-based (default 1). */
  readonly batch?: number;
  /** How many departments (default 8); beyond the 12 realistic ones, numbered departments are added. */
  readonly departments?: number;
  /**
   * Inspectors per department, the same for every department: a fixed roster, such as a thin one
   * whose plan reports the visits it cannot staff as `unplannable` (R19). By default the roster
   * scales with the directory instead, department by department, so that a default plan
   * (`planPeriod` without directed draws) staffs its visits; see {@link generateDirectory}.
   */
  readonly inspectorsPerDepartment?: number;
  /** Policy (default {@link yongchuanPolicy}); its batches per year must divide 12. */
  readonly policy?: Policy;
}

function period(year: number, batch: number, batches: number): Period {
  const months = 12 / batches;
  const startMonth = (batch - 1) * months + 1;
  const start = `${year}-${String(startMonth).padStart(2, '0')}-01` as IsoDate;
  const next = startMonth + months > 12 ? `${year + 1}-01-01` : `${year}-${String(startMonth + months).padStart(2, '0')}-01`;
  return { year, batch, start, end: isoDateFromDays(daysFromIsoDate(next as IsoDate) - 1) };
}

function templates(count: number): DepartmentTemplate[] {
  const out = DEPARTMENT_TEMPLATES.slice(0, count);
  for (let n = out.length + 1; out.length < count; n++) {
    out.push({
      id: `dept-${String(n).padStart(2, '0')}`,
      name: `第${n}执法部门`,
      // Each numbered department supervises one industry section, as real line departments do.
      topics: [{ topic: 'general', name: `第${n}部门综合检查`, scope: 'general', key: false, industries: [INDUSTRY_SECTIONS[(7 * n) % INDUSTRY_SECTIONS.length] as string] }],
    });
  }
  return out;
}

const reasonOf = weighted<InspectionReason>([['complaint', 60], ['referral', 15], ['case-lead', 15], ['campaign', 10]]);

/**
 * Builds a deterministic, realistic planning input for examples, demos, tests and benchmarks:
 * the enterprises of {@link generateEnterprises}, departments with their items (some out of random
 * scope, R1, most restricted to the industries they concern), certified and uncertified inspectors
 * with qualifications, unavailable dates and declared conflicts (N1, N2), 一业一查 joint lists
 * (R16), a history of this year's earlier draws and triggered inspections (R8, R20), a policy and
 * the period of the batch. The same options give the same input, byte for byte.
 *
 * **Roster.** Unless `inspectorsPerDepartment` fixes it, each department gets the inspectors a
 * default plan of the batch needs:
 *
 *     n = max(12, ⌈ max(S, maxₖ Vₖ / qₖ) / (W · c̄ · κ · α · u) ⌉)
 *
 * - S: the department's expected team members over the batch, Σ over enterprises of (chance of
 *   a visit × its members). The chance is 1 in full coverage (red code, R10; black list under a
 *   `full` rule, R14), 0 when trigger-only (R10, R12, R13), else the stratum's year-to-date ratio
 *   r · b / B less the share the history drew, at least the policy's batch minimum (R5, R11). A
 *   visit takes the departments of the default draws covering the industry that have an item
 *   applying to it; the lead (joint list's, R16, else the one with most kinds) takes the team
 *   size's extra seats (N1, R9), the others one; and a kind after a department's first, missing
 *   from its s members with chance 0.3^s, costs one more member (R19).
 * - Vₖ / qₖ: the expected visits needing kind k over the share of inspectors holding it (1 for a
 *   department's first kind, 0.7 for the others): enough holders of every kind.
 * - W: the working days of the window (N3); c̄ = 1.2 inspections a day on average (one in five
 *   takes two); κ = 0.92 certified; α the share of days present (0.43 days away on average);
 *   u = 0.8 the share of that capacity a plan may fill, the rest for the draw's variance, the
 *   last batch's catch-up (R6) and the days a first-fit staffing cannot use.
 * - 12 at least: a team of three (escalated, R9), recusals, and holders of every kind.
 *
 * Measured (seed `measure`, batch 2): 96 inspectors at 10³ and 10⁴, 217 at 10⁵, 1 755 at 10⁶ (the
 * market regulator's roster growing most); the default plan staffs every visit at each size.
 *
 * **Conflicts and items.** One inspector in three declares conflicts of interest with one to five
 * enterprises its department visits every batch (full coverage), so a default plan has recusals
 * to make (N2, `skipped` with reason `recused`). Items apply to the industries they concern; the
 * market regulator's registration item only to market entities (sections A–R), so a drawn public
 * body or social organisation (S) with no other department's item is `no-applicable-item` (R1).
 *
 * The result passes `parsePlanningInput` unchanged, also after a JSON round trip. For ten
 * million enterprises, stream {@link generateEnterprises} instead of holding one array.
 *
 * @param options - Size, seed and shape of the input.
 * @returns A valid planning input.
 * @throws RangeError on a size, department count, inspector count or batch out of range.
 * @throws TypeError when the seed is not a non-empty string without padding or control characters.
 * @example
 * ```ts
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 2_000, seed: 'example', batch: 3 });
 * console.log(input.enterprises.length, input.period.start); // 2000 '2024-07-01'
 *
 * // A thin roster: three inspectors per department, whatever the size.
 * const thin = generateDirectory({ size: 50_000, seed: 'example', inspectorsPerDepartment: 3 });
 * console.log(thin.inspectors.length); // 24
 * ```
 * @category Testing
 * @since 0.1.0
 */
export function generateDirectory(options: GenerateDirectoryOptions): PlanningInput {
  const { size, seed, year = 2024, batch = 1, departments: departmentCount = 8, inspectorsPerDepartment } = options;
  const policy = options.policy ?? yongchuanPolicy;
  checkOptions(seed, departmentCount, inspectorsPerDepartment, policy, batch, year);
  const enterprises: Enterprise[] = Array.from(generateEnterprises({ size, seed, registeredBefore: year }));
  const window = period(year, batch, policy.batchesPerYear);
  const chosen = templates(departmentCount);
  const departments: Department[] = chosen.map((t) => ({ id: t.id as DepartmentId, name: t.name, level: 'district' }));
  const items = itemsOf(chosen);
  const jointLists = jointListsOf(chosen, items);
  const versions = { directory: `synthetic/${seed}/${size}`, inspectors: `synthetic/${seed}`, items: `synthetic/${seed}` };
  const draws = defaultDrawsUnchecked({ versions, enterprises, departments, inspectors: [], items, jointLists, history: [], policy, period: window });
  const firstKinds = new Map(chosen.map((t) => [t.id, kindsOf(t)[0] as string]));
  const demand = demandOf(enterprises, departments.map((d) => d.id), { draws, items, jointLists, policy, period: window, firstKinds });
  const workingDays = workingDaysOf(window);
  const windowDays = daysFromIsoDate(window.end) - daysFromIsoDate(window.start) + 1;
  const roster = chosen.map((t) => {
    const own = demand.get(t.id as DepartmentId) as DepartmentDemand;
    const count = inspectorsPerDepartment ?? inspectorsNeeded(own, firstKinds.get(t.id), workingDays, windowDays);
    return { template: t, count, likely: own.likely };
  });
  // Two streams, so that the roster's size does not move the history (nor the draw it feeds).
  const inspectors = inspectorsOf(roster, enterprises, window, streamFromSeed(seed, 'testing/directory/inspectors'));
  const history = historyOf(enterprises, departments, items, jointLists, policy, year, batch, window, streamFromSeed(seed, 'testing/directory/history'));
  return { versions, enterprises, departments, inspectors, items, jointLists, history, policy, period: window };
}

/** A template's kinds of check, its first one first. */
function kindsOf(t: DepartmentTemplate): string[] {
  return t.topics.map((topic) => `${t.id}:${topic.topic}`);
}

/** Refuses options the generator cannot honour, with a RangeError naming them. */
function checkOptions(seed: string, departmentCount: number, inspectorsPerDepartment: number | undefined, policy: Policy, batch: number, year: number): void {
  assertSeed('generateDirectory', seed);
  if (!Number.isInteger(departmentCount) || departmentCount < 1 || departmentCount > 1000) {
    throw new RangeError(`generateDirectory: departments must be an integer from 1 to 1000, got ${departmentCount}`);
  }
  if (inspectorsPerDepartment !== undefined && (!Number.isInteger(inspectorsPerDepartment) || inspectorsPerDepartment < 0)) {
    throw new RangeError(`generateDirectory: inspectorsPerDepartment must be a non-negative integer, got ${inspectorsPerDepartment}`);
  }
  if (12 % policy.batchesPerYear !== 0) {
    throw new RangeError(`generateDirectory: the policy's batches per year (${policy.batchesPerYear}) must divide 12`);
  }
  if (!Number.isInteger(batch) || batch < 1 || batch > policy.batchesPerYear) {
    throw new RangeError(`generateDirectory: batch must be an integer from 1 to ${policy.batchesPerYear}, got ${batch}`);
  }
  if (!Number.isInteger(year) || year < 1996 || year > 9998) {
    throw new RangeError(`generateDirectory: year must be an integer from 1996 to 9998, got ${year}`);
  }
}

/** The departments' items, one per topic, and a city-level copy of the first, so that cross-level duplicates exist (R18). */
function itemsOf(chosen: ReturnType<typeof templates>): InspectionItem[] {
  const items: InspectionItem[] = chosen.flatMap((t) =>
    t.topics.map((topic) => ({
      id: `${t.id}/${topic.topic}` as ItemId,
      name: topic.name,
      department: t.id as DepartmentId,
      kind: `${t.id}:${topic.topic}`,
      level: 'district' as const,
      importance: topic.key ? ('key' as const) : ('general' as const),
      scope: topic.scope,
      industries: (topic.industries ?? []) as IndustryCode[],
    })),
  );
  const firstItem = items[0];
  if (firstItem !== undefined) items.push({ ...firstItem, id: `${firstItem.id}@city` as ItemId, level: 'city' });
  return items;
}

/** The 一业一查 lists whose departments were all chosen (R16). */
function jointListsOf(chosen: ReturnType<typeof templates>, items: readonly InspectionItem[]): JointList[] {
  const present = new Set(chosen.map((t) => t.id));
  return JOINT_LIST_TEMPLATES.filter((t) => t.departments.every((d) => present.has(d))).map((t) => ({
    id: `joint/${t.industry}`,
    industry: t.industry as IndustryCode,
    lead: t.departments[0] as DepartmentId,
    departments: t.departments as DepartmentId[],
    items: items.filter((i) => t.departments.includes(i.department) && i.scope === 'general' && i.level === 'district').map((i) => i.id),
  }));
}

/**
 * Each department's inspectors: mostly certified, some days away, some with a second daily
 * inspection, qualified for the department's first kind and most of the others, and one in three
 * with declared conflicts (N1, N2, R19) with enterprises the department visits every batch (full
 * coverage), so that a default plan has recusals to make. Shares in {@link INSPECTOR_SHARES}.
 */
function inspectorsOf(roster: readonly { readonly template: DepartmentTemplate; readonly count: number; readonly likely: readonly number[] }[], enterprises: readonly Enterprise[], window: Period, rng: RandomGenerator): Inspector[] {
  const shares = INSPECTOR_SHARES;
  const windowStart = daysFromIsoDate(window.start);
  const windowDays = daysFromIsoDate(window.end) - windowStart + 1;
  const inspectors: Inspector[] = [];
  for (const { template: t, count, likely } of roster) {
    const kinds = kindsOf(t);
    for (let n = 1; n <= count; n++) {
      const unavailable = new Set<IsoDate>();
      while (chance(rng, shares.away)) unavailable.add(isoDateFromDays(windowStart + below(rng, windowDays)));
      inspectors.push({
        id: `${t.id}-${String(n).padStart(3, '0')}` as InspectorId,
        name: `${t.name}执法员${n}号`,
        department: t.id as DepartmentId,
        certified: chance(rng, shares.certified),
        qualifications: kinds.filter((_, k) => k === 0 || chance(rng, shares.extraKind)),
        unavailable: [...unavailable].sort(),
        capacityPerDay: chance(rng, shares.doubleCapacity) ? 2 : 1,
        conflicts: conflictsOf(likely, enterprises, rng),
      });
    }
  }
  return inspectors;
}

/** One inspector's declared conflicts (N2): none, or 1 to 5 enterprises its department visits for sure (any enterprise when it has none). */
function conflictsOf(likely: readonly number[], enterprises: readonly Enterprise[], rng: RandomGenerator): Uscc[] {
  if (enterprises.length === 0 || !chance(rng, INSPECTOR_SHARES.conflicted)) return [];
  const count = 1 + below(rng, 5);
  const chosen = new Set<Uscc>();
  for (let k = 0; k < count; k++) {
    const index = likely.length > 0 ? (likely[below(rng, likely.length)] as number) : below(rng, enterprises.length);
    chosen.add((enterprises[index] as Enterprise).uscc);
  }
  return [...chosen].sort();
}

/** This year's inspections before the window: random draws at the policy's pace, some joint, a few triggered (R5, R8, R20). */
function historyOf(enterprises: readonly Enterprise[], departments: readonly Department[], items: readonly InspectionItem[], jointLists: readonly JointList[], policy: Policy, year: number, batch: number, window: Period, rng: RandomGenerator): InspectionRecord[] {
  const history: InspectionRecord[] = [];
  const yearStart = daysFromIsoDate(`${year}-01-01` as IsoDate);
  const daysBefore = daysFromIsoDate(window.start) - yearStart;
  if (daysBefore <= 0 || enterprises.length === 0) return history;
  const drawnShare = Math.round(1000 * historyDrawnShare(policy, batch));
  for (const enterprise of enterprises) {
    const random = chance(rng, drawnShare);
    if (!random && !chance(rng, 5)) continue;
    const joint = chance(rng, 400);
    // A joint inspection of an industry on a 一业一查 list is done by the list's departments (R16).
    const list = joint ? jointLists.find((l) => enterprise.industry === l.industry || (l.industry.length === 1 && enterprise.industry.startsWith(l.industry))) : undefined;
    const departmentsOf = list !== undefined ? [...list.departments] : joint ? [pick(rng, departments).id, pick(rng, departments).id] : [pick(rng, departments).id];
    const ids = [...new Set(departmentsOf)].sort();
    history.push({
      enterprise: enterprise.uscc,
      date: isoDateFromDays(yearStart + below(rng, daysBefore)),
      departments: ids,
      itemKinds: [...new Set(items.filter((i) => ids.includes(i.department) && i.scope === 'general').map((i) => i.kind))],
      joint: ids.length > 1,
      unified: !joint && chance(rng, 200),
      reason: random ? 'random' : reasonOf(rng),
    });
  }
  return history;
}
