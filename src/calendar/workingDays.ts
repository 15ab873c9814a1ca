import { daysFromIsoDate, isIsoDate, isoDateFromDays, weekdayOf } from '../internal/date.js';
import type { IsoDate } from '../model/date.js';
import { CHINA_HOLIDAYS, type HolidayCalendar } from './chinaCalendar.js';

/**
 * Options of the working-day functions: which calendar, and what to do with a year it does not
 * know.
 *
 * @example
 * ```ts
 * import type { WorkingDayOptions } from 'double-random';
 * const lenient: WorkingDayOptions = { fallback: 'weekends' };
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export interface WorkingDayOptions {
  /** The calendar (default {@link CHINA_HOLIDAYS}, 2024–2026). */
  readonly calendar?: HolidayCalendar;
  /**
   * A year the calendar does not know: `error` (the default) throws a `RangeError`; `weekends`
   * treats Monday to Friday as working days, a guess the caller chose explicitly.
   */
  readonly fallback?: 'error' | 'weekends';
}

/**
 * A calendar date as its day number since 1970-01-01: dates are counted as whole days, never
 * as instants, so neither the host's time zone nor its daylight saving time can move them, and
 * years 0000–0099 are themselves (a `Date` reads them as 1900–1999).
 */
function toDay(caller: string, date: string): number {
  if (!isIsoDate(date)) throw new TypeError(`${caller}: "${String(date)}" is not a calendar date YYYY-MM-DD`);
  return daysFromIsoDate(date);
}

function working(caller: string, day: number, options: WorkingDayOptions): boolean {
  const calendar = options.calendar ?? CHINA_HOLIDAYS;
  const iso = isoDateFromDays(day);
  const yearNumber = Number(iso.slice(0, 4));
  const year = calendar[yearNumber];
  const weekday = weekdayOf(day) !== 0 && weekdayOf(day) !== 6;
  if (year === undefined) {
    if (options.fallback === 'weekends') return weekday;
    throw new RangeError(
      `${caller}: the holiday calendar has no data for ${yearNumber} (${iso}); add the year's State Council notice to the calendar, or pass { fallback: 'weekends' } to count weekdays only`,
    );
  }
  if (year.workdays.includes(iso)) return true;
  if (year.off.includes(iso)) return false;
  return weekday;
}

/**
 * Whether a date is a working day in China (N3): not a statutory holiday or bridging day off, and
 * either a weekday or a weekend day that is an adjusted working day (调休).
 *
 * @param date - A calendar date `YYYY-MM-DD`.
 * @param options - The calendar and the fallback for unknown years.
 * @returns `true` on a working day.
 * @throws RangeError when the date's year is not in the calendar and no fallback was chosen.
 * @throws TypeError when `date` is not a calendar date.
 * @example
 * ```ts
 * import { isWorkingDay } from 'double-random';
 *
 * isWorkingDay('2024-10-01'); // false: National Day
 * isWorkingDay('2024-10-12'); // true: a Saturday worked in exchange (调休)
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function isWorkingDay(date: string, options: WorkingDayOptions = {}): boolean {
  return working('isWorkingDay', toDay('isWorkingDay', date), options);
}

/**
 * The date `n` working days after `date` (N3, R24, N4): counting starts the day after the event,
 * so the first working day after it is day 1. `n = 0` gives `date` itself.
 *
 * @param date - The event's date.
 * @param n - Working days, a whole number ≥ 0.
 * @param options - The calendar and the fallback for unknown years.
 * @returns The due date.
 * @throws RangeError when `n` is not a whole number ≥ 0, or a year on the way is not in the calendar.
 * @example
 * ```ts
 * import { addWorkingDays } from 'double-random';
 *
 * addWorkingDays('2024-09-27', 5); // '2024-10-10': Sunday 29 Sep is worked (调休), 1–7 Oct are off
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function addWorkingDays(date: string, n: number, options: WorkingDayOptions = {}): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n must be a whole number ≥ 0, got ${n}`);
  let day = toDay('addWorkingDays', date);
  for (let left = n; left > 0; ) {
    day++;
    if (working('addWorkingDays', day, options)) left--;
  }
  return isoDateFromDays(day);
}

/**
 * The number of working days after `from`, up to and including `to` (N3), so that
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n`. Negative when `to` is before `from`.
 *
 * @param from - The event's date.
 * @param to - The later date.
 * @param options - The calendar and the fallback for unknown years.
 * @returns Working days from the day after `from` to `to`.
 * @throws RangeError when a year on the way is not in the calendar and no fallback was chosen.
 * @example
 * ```ts
 * import { workingDaysBetween } from 'double-random';
 *
 * workingDaysBetween('2025-01-24', '2025-02-10'); // 7: Sun 26 Jan and Sat 8 Feb worked, 28 Jan – 4 Feb off
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function workingDaysBetween(from: string, to: string, options: WorkingDayOptions = {}): number {
  const start = toDay('workingDaysBetween', from);
  const end = toDay('workingDaysBetween', to);
  if (end < start) return -workingDaysBetween(to, from, options);
  let count = 0;
  for (let day = start + 1; day <= end; day++) if (working('workingDaysBetween', day, options)) count++;
  return count;
}
