import type { IsoDate } from '../model/date.js';

/**
 * A year of the official holiday calendar: the days off that fall on weekdays or weekends
 * (法定节假日 and the bridging days), and the weekend days that are working days (调休).
 *
 * @example
 * ```ts
 * import type { HolidayYear, IsoDate } from 'double-random';
 * const y2027: HolidayYear = { off: ['2027-01-01'] as IsoDate[], workdays: [] };
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export interface HolidayYear {
  /** Days off: every day of each holiday period, weekends inside it included. */
  readonly off: readonly IsoDate[];
  /** Weekend days that are working days (调休). */
  readonly workdays: readonly IsoDate[];
}

/**
 * A holiday calendar: the known years, each with its days off and adjusted working days (N3).
 *
 * @example
 * ```ts
 * import { CHINA_HOLIDAYS, type HolidayCalendar, type IsoDate } from 'double-random';
 * const extended: HolidayCalendar = { ...CHINA_HOLIDAYS, 2027: { off: ['2027-01-01'] as IsoDate[], workdays: [] } };
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export type HolidayCalendar = Readonly<Record<number, HolidayYear>>;

function span(year: number, month: number, first: number, last: number = first): IsoDate[] {
  const out: IsoDate[] = [];
  for (let day = first; day <= last; day++) out.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate);
  return out;
}

function days(year: number, ...monthDays: (readonly [number, number])[]): IsoDate[] {
  return monthDays.flatMap(([month, day]) => span(year, month, day));
}

/**
 * The State Council's official holiday arrangements for 2024, 2025 and 2026 (N3):
 * 国办发明电〔2023〕7号, 〔2024〕12号 and 〔2025〕7号. Extend it with later years as they are
 * announced: `{ ...CHINA_HOLIDAYS, 2027: { off, workdays } }`.
 *
 * @example
 * ```ts
 * import { CHINA_HOLIDAYS } from 'double-random';
 * console.log(CHINA_HOLIDAYS[2025]?.workdays); // [ '2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11' ]
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export const CHINA_HOLIDAYS: HolidayCalendar = Object.freeze({
  2024: Object.freeze({
    off: [
      ...span(2024, 1, 1), ...span(2024, 2, 10, 17), ...span(2024, 4, 4, 6), ...span(2024, 5, 1, 5),
      ...span(2024, 6, 10), ...span(2024, 9, 15, 17), ...span(2024, 10, 1, 7),
    ],
    workdays: days(2024, [2, 4], [2, 18], [4, 7], [4, 28], [5, 11], [9, 14], [9, 29], [10, 12]),
  }),
  2025: Object.freeze({
    off: [
      ...span(2025, 1, 1), ...span(2025, 1, 28, 31), ...span(2025, 2, 1, 4), ...span(2025, 4, 4, 6),
      ...span(2025, 5, 1, 5), ...span(2025, 5, 31), ...span(2025, 6, 1, 2), ...span(2025, 10, 1, 8),
    ],
    workdays: days(2025, [1, 26], [2, 8], [4, 27], [9, 28], [10, 11]),
  }),
  2026: Object.freeze({
    off: [
      ...span(2026, 1, 1, 3), ...span(2026, 2, 15, 23), ...span(2026, 4, 4, 6), ...span(2026, 5, 1, 5),
      ...span(2026, 6, 19, 21), ...span(2026, 9, 25, 27), ...span(2026, 10, 1, 7),
    ],
    workdays: days(2026, [1, 4], [2, 14], [2, 28], [5, 9], [9, 20], [10, 10]),
  }),
});
