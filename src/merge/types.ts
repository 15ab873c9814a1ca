import type { RuleId } from '../model/rules.js';
import type { DepartmentId, InspectionReason, ItemId } from '../model/types.js';
import type { Uscc } from '../model/uscc.js';

/**
 * One department's intent to inspect one enterprise for some items this batch: from the draw, from
 * full coverage, or from a trigger (complaint, referral, case lead, campaign).
 * @example
 * ```ts
 * import type { DepartmentTask, DepartmentId, ItemId, Uscc } from 'double-random';
 * const task: DepartmentTask = {
 *   id: 'complaint-2024-0312', enterprise: '91350100M000100Y43' as Uscc, department: 'samr' as DepartmentId,
 *   items: ['samr/food-safety' as ItemId], reason: 'complaint',
 * };
 * ```
 * @category Merge
 * @since 0.1.0
 */
export interface DepartmentTask {
  /** Unique id among the tasks merged together. */
  readonly id: string;
  /** The enterprise. */
  readonly enterprise: Uscc;
  /** The department that wants the inspection. */
  readonly department: DepartmentId;
  /** The items it asks for. */
  readonly items: readonly ItemId[];
  /** Why: a random draw, full coverage (`random` too), or a trigger (R20, R24). */
  readonly reason: InspectionReason;
}

/**
 * One visit to one enterprise by every department that wants it, all items at once (进一次门、查多项事,
 * R15, R17), led by one department (R16).
 * @example
 * ```ts
 * import type { JointTask } from 'double-random';
 * const line = (t: JointTask): string => `${t.enterprise}: ${t.lead} leads ${t.departments.join(', ')}, ${t.items.length} items`;
 * ```
 * @category Merge
 * @since 0.1.0
 */
export interface JointTask {
  /** `joint:` and the enterprise's code: one joint task per enterprise and batch. */
  readonly id: string;
  /** The enterprise. */
  readonly enterprise: Uscc;
  /** The lead department. */
  readonly lead: DepartmentId;
  /** Why it leads: the 一业一查 list (`joint-list`), it initiated a triggered task (`initiator`), or it has the most items (`most-items`). */
  readonly leadBy: 'joint-list' | 'initiator' | 'most-items';
  /** Every department with an item to check, the lead first, then by id. */
  readonly departments: readonly DepartmentId[];
  /** Every item once, sorted. */
  readonly items: readonly ItemId[];
  /** The department tasks merged into it, sorted. */
  readonly tasks: readonly string[];
  /** The reasons of those tasks, sorted, without repeats. */
  readonly reasons: readonly InspectionReason[];
}

/**
 * Why an (enterprise, item) pair that a task asked for is not in any joint task.
 * @example
 * ```ts
 * import type { DroppedItem } from 'double-random';
 * const line = (d: DroppedItem): string => `${d.enterprise} ${d.item}: ${d.reason} (${d.rule})`;
 * ```
 * @category Merge
 * @since 0.1.0
 */
export interface DroppedItem {
  /** The task that asked for it. */
  readonly task: string;
  /** The enterprise. */
  readonly enterprise: Uscc;
  /** The item. */
  readonly item: ItemId;
  /**
   * `same-year-exempt`: a joint or unified inspection covered its kind this year (R20);
   * `checked-at-another-level`: the same kind is checked once, at the level kept (R18);
   * `out-of-random-scope`: a random task asked for a safety, environment, police or unlicensed item (R1);
   * `not-in-flying-subset`: a flying inspection of class B checks a seeded subset of the items the
   * random tasks asked for (R9, `Policy.flyingItemShare`; {@link planPeriod} only).
   * A pair asked for by several tasks is one pair: it is dropped only when no task keeps it.
   */
  readonly reason: 'same-year-exempt' | 'checked-at-another-level' | 'out-of-random-scope' | 'not-in-flying-subset';
  /** The rule behind it. */
  readonly rule: RuleId;
  /** The item that is checked instead, for `checked-at-another-level`. */
  readonly instead?: ItemId;
}

/**
 * An enterprise that is not visited although it has tasks or was drawn, and why: every item its
 * tasks asked for was dropped (`items-dropped`, each pair in `dropped` with its reason), or it was
 * drawn but no item of its draws' departments and kinds applies to its industry
 * (`no-applicable-item`, R1; {@link planPeriod} only).
 * @example
 * ```ts
 * import type { EmptyVisit } from 'double-random';
 * const line = (e: EmptyVisit): string => `${e.enterprise}: no visit, ${e.reason} (${e.rule}), tasks ${e.tasks.join(', ') || 'none'}`;
 * ```
 * @category Merge
 * @since 0.1.0
 */
export interface EmptyVisit {
  /** The enterprise. */
  readonly enterprise: Uscc;
  /** Its tasks, sorted (none for `no-applicable-item`). */
  readonly tasks: readonly string[];
  /** Why it is not visited. */
  readonly reason: 'items-dropped' | 'no-applicable-item';
  /** The rule of its first dropped item (R1, R9, R18 or R20), or R1 for `no-applicable-item`. */
  readonly rule: RuleId;
}

/**
 * The result of {@link mergeTasks}: the joint tasks, every dropped pair, and the enterprises whose
 * tasks were left with no item.
 * @example
 * ```ts
 * import type { MergeResult } from 'double-random';
 * const saved = (m: MergeResult, before: number): number => before - m.joint.length;
 * ```
 * @category Merge
 * @since 0.1.0
 */
export interface MergeResult {
  /** One joint task per enterprise with at least one item left, sorted by enterprise. */
  readonly joint: readonly JointTask[];
  /** Every (task, item) pair not in a joint task, with the reason. */
  readonly dropped: readonly DroppedItem[];
  /** Enterprises whose every item was dropped: no visit, and why. */
  readonly empty: readonly EmptyVisit[];
}
