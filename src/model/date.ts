import type { Brand } from './brand.js';

/**
 * A plain calendar date written `YYYY-MM-DD` (ISO 8601, proleptic Gregorian), already checked to
 * exist (no 2023-02-30). Dates are never instants: they do not shift with the machine's time zone.
 *
 * @example
 * ```ts
 * import type { IsoDate, PlanningInput } from 'double-random';
 *
 * function windowStart(input: PlanningInput): IsoDate {
 *   return input.period.start;
 * }
 * ```
 * @category Model
 * @since 0.1.0
 */
export type IsoDate = Brand<string, 'IsoDate'>;
