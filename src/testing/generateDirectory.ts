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
import { DEPARTMENT_TEMPLATES, JOINT_LIST_TEMPLATES, type DepartmentTemplate } from './catalogue.js';
import { generateEnterprises } from './generateEnterprises.js';
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
  /** Inspectors per department (default 12). */
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
 * scope, R1), certified and uncertified inspectors with qualifications, unavailable dates and
 * declared conflicts (N1, N2), 一业一查 joint lists (R16), a history of this year's earlier draws
 * and triggered inspections (R8, R20), a policy and the period of the batch.
 *
 * The result passes `parsePlanningInput` unchanged, also after a JSON round trip. For ten
 * million enterprises, stream {@link generateEnterprises} instead of holding one array.
 *
 * @param options - Size, seed and shape of the input.
 * @returns A valid planning input.
 * @throws RangeError on a size, department count or batch out of range.
 * @throws TypeError when the seed is not a non-empty string without padding or control characters.
 * @example
 * ```ts
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 2_000, seed: 'example', batch: 3 });
 * console.log(input.enterprises.length, input.period.start); // 2000 '2024-07-01'
 * ```
 * @category Testing
 * @since 0.1.0
 */
export function generateDirectory(options: GenerateDirectoryOptions): PlanningInput {
  const { size, seed, year = 2024, batch = 1, departments: departmentCount = 8, inspectorsPerDepartment = 12 } = options;
  const policy = options.policy ?? yongchuanPolicy;
  checkOptions(seed, departmentCount, inspectorsPerDepartment, policy, batch, year);
  const enterprises: Enterprise[] = Array.from(generateEnterprises({ size, seed, registeredBefore: year }));
  const rng = streamFromSeed(seed, 'testing/directory');
  const window = period(year, batch, policy.batchesPerYear);
  const chosen = templates(departmentCount);
  const departments: Department[] = chosen.map((t) => ({ id: t.id as DepartmentId, name: t.name, level: 'district' }));
  const items = itemsOf(chosen);
  const jointLists = jointListsOf(chosen, items);
  // The stream is read in this order: inspectors, then history.
  const inspectors = inspectorsOf(chosen, inspectorsPerDepartment, enterprises, window, rng);
  const history = historyOf(enterprises, departments, items, jointLists, policy, year, batch, window, rng);
  return {
    versions: { directory: `synthetic/${seed}/${size}`, inspectors: `synthetic/${seed}`, items: `synthetic/${seed}` },
    enterprises,
    departments,
    inspectors,
    items,
    jointLists,
    history,
    policy,
    period: window,
  };
}

/** Refuses options the generator cannot honour, with a RangeError naming them. */
function checkOptions(seed: string, departmentCount: number, inspectorsPerDepartment: number, policy: Policy, batch: number, year: number): void {
  assertSeed('generateDirectory', seed);
  if (!Number.isInteger(departmentCount) || departmentCount < 1 || departmentCount > 1000) {
    throw new RangeError(`generateDirectory: departments must be an integer from 1 to 1000, got ${departmentCount}`);
  }
  if (!Number.isInteger(inspectorsPerDepartment) || inspectorsPerDepartment < 0) {
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

/** Each department's inspectors: mostly certified, some days away, a few with a declared conflict (N1, N2, R19). */
function inspectorsOf(chosen: ReturnType<typeof templates>, perDepartment: number, enterprises: readonly Enterprise[], window: Period, rng: RandomGenerator): Inspector[] {
  const windowStart = daysFromIsoDate(window.start);
  const windowDays = daysFromIsoDate(window.end) - windowStart + 1;
  const inspectors: Inspector[] = [];
  for (const t of chosen) {
    const kinds = t.topics.map((topic) => `${t.id}:${topic.topic}`);
    for (let n = 1; n <= perDepartment; n++) {
      const unavailable = new Set<IsoDate>();
      while (chance(rng, 300)) unavailable.add(isoDateFromDays(windowStart + below(rng, windowDays)));
      const conflicts = enterprises.length > 0 && chance(rng, 150) ? [pick(rng, enterprises).uscc] : [];
      inspectors.push({
        id: `${t.id}-${String(n).padStart(3, '0')}` as InspectorId,
        name: `${t.name}执法员${n}号`,
        department: t.id as DepartmentId,
        certified: chance(rng, 920),
        qualifications: kinds.filter((_, k) => k === 0 || chance(rng, 700)),
        unavailable: [...unavailable].sort(),
        capacityPerDay: chance(rng, 200) ? 2 : 1,
        conflicts,
      });
    }
  }
  return inspectors;
}

/** This year's inspections before the window: random draws at the policy's pace, some joint, a few triggered (R5, R8, R20). */
function historyOf(enterprises: readonly Enterprise[], departments: readonly Department[], items: readonly InspectionItem[], jointLists: readonly JointList[], policy: Policy, year: number, batch: number, window: Period, rng: RandomGenerator): InspectionRecord[] {
  const history: InspectionRecord[] = [];
  const yearStart = daysFromIsoDate(`${year}-01-01` as IsoDate);
  const daysBefore = daysFromIsoDate(window.start) - yearStart;
  if (daysBefore <= 0 || enterprises.length === 0) return history;
  const drawnShare = Math.round(1000 * Math.min(1, policy.ratios.B * (batch - 1) / policy.batchesPerYear));
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
