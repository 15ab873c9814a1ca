import { parseEnterprises } from '../input/parseEnterprises.js';
import { parseSections } from '../input/schemas.js';
import { BoundedIssues, MAX_ISSUES } from '../input/boundedIssues.js';
import { under } from '../input/zodDetails.js';
import { isRecord, refusal, typeIssue } from '../internal/argumentIssues.js';
import { right } from '../internal/result.js';
import type { InputError, InputIssue } from '../model/issues.js';
import type { Result } from '../model/result.js';
import type { RuleId } from '../model/rules.js';
import type { Enterprise, InspectionItem, Policy } from '../model/types.js';

/**
 * How a joint task is carried out (R9, R10, R26).
 * @example
 * ```ts
 * import type { InspectionMode } from 'double-random';
 * const onSite = (m: InspectionMode): boolean => m !== 'online';
 * ```
 * @category Merge
 * @since 0.1.0
 */
export type InspectionMode = 'online' | 'flying' | 'escalated' | 'offline' | 'full-coverage';

/**
 * The mode of a joint task and what follows from it.
 * @example
 * ```ts
 * import type { ModeDecision } from 'double-random';
 * const brief = (d: ModeDecision): string => `${d.mode} (${d.rule}), team of ${d.teamSize}${d.advanceNotice ? ', announced' : ', unannounced'}`;
 * ```
 * @category Merge
 * @since 0.1.0
 */
export interface ModeDecision {
  /** The mode. */
  readonly mode: InspectionMode;
  /** The rule behind it. */
  readonly rule: RuleId;
  /** Whether time, basis and method may be told in advance (R26): never for a flying inspection, nor for a visit with an item that may not be told in advance (R32). */
  readonly advanceNotice: boolean;
  /** The minimum team: the policy's, or its escalated team for classes C and D (N1, R9). */
  readonly teamSize: number;
  /** Whether the findings must be referred so that a class can be assigned (unrated, R9). */
  readonly ratingReferral: boolean;
}

/** Whether non-site supervision achieves a visit's purpose under the policy: it says so, the enterprise has no colour code (yellow is raised risk, R10), and no item is a key item (N6). */
function nonSiteSuffices(enterprise: Enterprise, policy: Policy, items: readonly InspectionItem[] | undefined): boolean {
  return policy.nonSiteWhereSufficient && enterprise.colour === 'none' && items !== undefined && items.length > 0 && items.every((i) => i.importance === 'general');
}

/**
 * The mode of an enterprise's joint task (R9, R10, R11, R14, R26): red-coded → full coverage on
 * site (R10); black-listed under a policy with a black-list rule → escalated, with the larger team
 * (R14); class A → online, non-site supervision; B → a flying inspection, unannounced, or online
 * when the policy lets non-site supervision replace a visit where it suffices, the enterprise has
 * no colour code and every item is a general one, not key (Minhang 003, R11, N6); C and D → escalated, with the policy's larger team;
 * unrated → an offline joint inspection, then a rating referral. Advance notice is allowed unless
 * the inspection is a flying one (R26) or one of `items` may not be told in advance
 * (`noAdvanceNotice`, R32), whatever the class.
 *
 * @param enterprise - The inspected enterprise, a row of the directory.
 * @param policy - The locality's policy (team sizes, `nonSiteWhereSufficient`).
 * @param items - The task's items (objects, not ids); without them no visit is replaced by
 *   non-site supervision. Pass none for a visit a trigger asked for: a complaint or a referral is
 *   inspected on site ({@link planPeriod} does so).
 * @returns `Right` with the mode, its rule, notice, team size and whether to refer for rating;
 *   `Left` with every issue of the arguments, each checked as {@link parsePlanningInput} checks a
 *   directory row, the policy and the items (a misspelt key gets a suggestion; ids instead of item
 *   objects are refused).
 * @example
 * ```ts
 * import { inspectionMode, yongchuanPolicy } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const classB = generateDirectory({ size: 50, seed: 'mode' }).enterprises.find((e) => e.creditClass === 'B' && e.colour === 'none' && !e.blackList);
 * const mode = classB === undefined ? undefined : inspectionMode(classB, yongchuanPolicy);
 * if (mode?._tag === 'Right') console.log(mode.right); // { mode: 'flying', rule: 'R9', advanceNotice: false, … }
 * ```
 * @category Merge
 * @since 0.1.0
 */
export function inspectionMode(enterprise: Enterprise, policy: Policy, items?: readonly InspectionItem[]): Result<InputError, ModeDecision> {
  // The policy and the items are checked as the sections of a planning input are.
  const found = new BoundedIssues(MAX_ISSUES);
  const checked = parseSections({ policy, ...(items === undefined ? {} : { items }) }, found);
  const issues = [
    ...enterpriseIssues(enterprise),
    ...(isRecord(policy) ? found.filter((i) => i.path[0] === 'policy') : [typeIssue(['policy'], 'object', 'a policy', policy, 'R9')]),
    ...(items === undefined ? [] : Array.isArray(items) ? found.filter((i) => i.path[0] === 'items') : [typeIssue(['items'], 'array', 'an array of inspection items (objects, not ids)', items, 'R9')]),
  ];
  return refusal(issues) ?? right(inspectionModeUnchecked(enterprise, checked.sections.policy as Policy, items));
}

/** The issues of an enterprise, checked as a row of the directory is, at paths under `enterprise`. */
function enterpriseIssues(enterprise: unknown): InputIssue[] {
  if (!isRecord(enterprise)) return [typeIssue(['enterprise'], 'object', 'an enterprise (a row of the directory)', enterprise, 'R9')];
  const issues: InputIssue[] = [];
  parseEnterprises([enterprise], issues, (code, path, message, rule, details) => void issues.push({ code, path, at: '', message, rule, ...details } as InputIssue));
  // From $.enterprises[0] to $.enterprise.
  return issues.map((issue) => under(['enterprise'], { ...issue, path: issue.path.slice(2) }));
}

/** {@link inspectionMode} of checked arguments, with the policy's defaults filled in (the library's own callers). */
export function inspectionModeUnchecked(enterprise: Enterprise, policy: Policy, items?: readonly InspectionItem[]): ModeDecision {
  return keepSecret(modeOfClass(enterprise, policy, items), items);
}

/** The mode of an enterprise's class and codes (R9, R10, R11, R14), before any item's secrecy. */
function modeOfClass(enterprise: Enterprise, policy: Policy, items: readonly InspectionItem[] | undefined): ModeDecision {
  const decision = (mode: InspectionMode, rule: RuleId, teamSize = policy.teamSize): ModeDecision =>
    ({ mode, rule, advanceNotice: mode !== 'flying', teamSize, ratingReferral: mode === 'offline' });
  if (enterprise.colour === 'red') return decision('full-coverage', 'R10');
  if (enterprise.blackList && policy.blackList !== null) return decision('escalated', 'R14', policy.escalatedTeamSize);
  switch (enterprise.creditClass) {
    case 'A':
      return decision('online', 'R9');
    case 'B':
      return nonSiteSuffices(enterprise, policy, items) ? decision('online', 'R11') : decision('flying', 'R9');
    case 'C':
    case 'D':
      return decision('escalated', 'R9', policy.escalatedTeamSize);
    case 'unrated':
      return decision('offline', 'R9');
  }
}

/**
 * The mode with no advance notice when one of `items` may not be told in advance (R32; 001 §二(三)
 * "除依法不予公开和上级机关明确要求不能事先通知的检查事项外"): the visit is then unannounced,
 * whatever its class; the mode and its rule stay. `secret`, when given, names more such items (their
 * twins at other levels, R18: see `secretItems`).
 */
export function keepSecret(mode: ModeDecision, items: readonly InspectionItem[] | undefined, secret?: ReadonlySet<string>): ModeDecision {
  const told = (i: InspectionItem): boolean => i.noAdvanceNotice !== true && secret?.has(i.id) !== true;
  return mode.advanceNotice && items !== undefined && !items.every(told) ? { ...mode, advanceNotice: false } : mode;
}
