import { dateHint, schemaIssues, workingDayOptionsSchema } from '../input/schemas.js';
import { quote } from '../internal/text.js';
import { countIssue, isRecord, issueAt, refusal, typeIssue } from '../internal/argumentIssues.js';
import { daysFromIsoDate, isIsoDate, isoDateFromDays, weekdayOf } from '../internal/date.js';
import { left, right } from '../internal/result.js';
import type { IsoDate } from '../model/date.js';
import type { InputError, InputIssue } from '../model/issues.js';
import type { Result } from '../model/result.js';
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
   * A year the calendar does not know: `error` (the default) refuses it (a `Left` with
   * `calendar/unknown-year`); `weekends` treats Monday to Friday as working days, a guess the
   * caller chose explicitly. No calendar counts past 9999-12-31.
   */
  readonly fallback?: 'error' | 'weekends';
}

/** The last day a date `YYYY-MM-DD` can name; no count goes past it, whatever the fallback. */
const LAST_DAY = daysFromIsoDate('9999-12-31' as IsoDate);

/**
 * Whether a day (its number since 1970-01-01) is a working day; a `RangeError` for a year the
 * calendar lacks without a fallback, or a day after 9999-12-31. Dates are counted as whole days,
 * never as instants, so neither the host's time zone nor its daylight saving time can move them,
 * and years 0000–0099 are themselves (a `Date` reads them as 1900–1999).
 */
function working(caller: string, day: number, options: WorkingDayOptions): boolean {
  if (day > LAST_DAY) throw new RangeError(`${caller}: dates end at 9999-12-31, so no working day can be counted after it`);
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

/** Why a date argument is not a calendar date (N3), at `name`, or `undefined`. */
function dateIssue(value: unknown, name: string): InputIssue | undefined {
  if (typeof value !== 'string') return typeIssue([name], 'string', 'a calendar date "YYYY-MM-DD" (a string)', value, 'N3');
  return isIsoDate(value) ? undefined : issueAt([name], 'date/invalid', `expected a calendar date "YYYY-MM-DD" that exists, got ${quote(value)}${dateHint(value)}`, 'N3');
}

/** The issues of the options: an object, strict (a misspelt option gets a suggestion), with a valid calendar. */
function optionsIssues(options: unknown): InputIssue[] {
  if (!isRecord(options)) return [typeIssue(['options'], 'object', 'an options object { calendar?, fallback? }', options, 'N3')];
  return schemaIssues(workingDayOptionsSchema, options, ['options'], 'N3', true);
}

/** The issues of the arguments, in argument order. */
function argumentIssues(dates: Readonly<Record<string, unknown>>, options: unknown, more: readonly InputIssue[] = []): InputIssue[] {
  const issues = Object.entries(dates).flatMap(([name, value]) => dateIssue(value, name) ?? []);
  return [...issues, ...more, ...optionsIssues(options)];
}

/** A count over checked arguments: a year the calendar lacks is a `Left` (`calendar/unknown-year`) at `path`. */
function counted<T>(path: string, count: () => T): Result<InputError, T> {
  try {
    return right(count());
  } catch (error) {
    // The only error a count over checked arguments raises: a year missing from the calendar.
    if (!(error instanceof RangeError)) throw error;
    return left({ code: 'invalid-input', issues: [issueAt([path], 'calendar/unknown-year', error.message.replace(/^\w+: /, ''), 'N3')] });
  }
}

/**
 * Whether a date is a working day in China (N3): not a statutory holiday or bridging day off, and
 * either a weekday or a weekend day that is an adjusted working day (调休).
 *
 * @param date - A calendar date `YYYY-MM-DD`.
 * @param options - The calendar and the fallback for unknown years.
 * @returns `Right(true)` on a working day; `Left` when `date` is not a calendar date (`date/invalid`,
 *   or `schema/invalid_type` for a value that is not a string), the options are malformed or
 *   misspelt, or the date's year is not in the calendar and no fallback was chosen
 *   (`calendar/unknown-year`).
 * @example
 * ```ts
 * import { isWorkingDay } from 'double-random';
 *
 * const holiday = isWorkingDay('2024-10-01'); // { _tag: 'Right', right: false }: National Day
 * const worked = isWorkingDay('2024-10-12');  // { _tag: 'Right', right: true }: a Saturday worked in exchange (调休)
 * if (holiday._tag === 'Right' && worked._tag === 'Right') console.log(holiday.right, worked.right); // false true
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function isWorkingDay(date: string, options: WorkingDayOptions = {}): Result<InputError, boolean> {
  return refusal(argumentIssues({ date }, options)) ?? counted('date', () => isWorkingDayUnchecked(date, options));
}

/** {@link isWorkingDay} of checked arguments; a `RangeError` for a year the calendar lacks (the library's own callers). */
export function isWorkingDayUnchecked(date: string, options: WorkingDayOptions = {}): boolean {
  return working('isWorkingDay', daysFromIsoDate(date as IsoDate), options);
}

/**
 * The date `n` working days after `date` (N3, R24, N4): counting starts the day after the event,
 * so the first working day after it is day 1. `n = 0` gives `date` itself.
 *
 * @param date - The event's date.
 * @param n - Working days, a whole number ≥ 0.
 * @param options - The calendar and the fallback for unknown years.
 * @returns `Right` with the due date; `Left` when `date` is not a calendar date, `n` is not a
 *   whole number ≥ 0, the options are malformed or misspelt, or a year on the way is not in the
 *   calendar (`calendar/unknown-year`, at `$.date`).
 * @example
 * ```ts
 * import { addWorkingDays } from 'double-random';
 *
 * const due = addWorkingDays('2024-09-27', 5);
 * if (due._tag === 'Right') console.log(due.right); // '2024-10-10': Sunday 29 Sep is worked (调休), 1–7 Oct are off
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function addWorkingDays(date: string, n: number, options: WorkingDayOptions = {}): Result<InputError, IsoDate> {
  const badCount = countIssue(['n'], n, 'a number of working days', 'N3');
  return refusal(argumentIssues({ date }, options, badCount === undefined ? [] : [badCount])) ?? counted('date', () => addWorkingDaysUnchecked(date, n, options));
}

/** {@link addWorkingDays} of checked arguments; a `RangeError` for a year the calendar lacks (the library's own callers). */
export function addWorkingDaysUnchecked(date: string, n: number, options: WorkingDayOptions = {}): IsoDate {
  let day = daysFromIsoDate(date as IsoDate);
  // Each working day takes at least one day: more than the days left before 9999-12-31 never fit.
  if (n > LAST_DAY - day) throw new RangeError(`addWorkingDays: ${n} working days after ${date} fall after 9999-12-31, where dates end`);
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
 * @returns `Right` with the working days from the day after `from` to `to`; `Left` when a date is
 *   not a calendar date, the options are malformed or misspelt, or a year on the way is not in
 *   the calendar (`calendar/unknown-year`, at the later of the two dates).
 * @example
 * ```ts
 * import { workingDaysBetween } from 'double-random';
 *
 * const days = workingDaysBetween('2025-01-24', '2025-02-10');
 * if (days._tag === 'Right') console.log(days.right); // 7: Sun 26 Jan and Sat 8 Feb worked, 28 Jan – 4 Feb off
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function workingDaysBetween(from: string, to: string, options: WorkingDayOptions = {}): Result<InputError, number> {
  return refusal(argumentIssues({ from, to }, options)) ?? counted(to < from ? 'from' : 'to', () => workingDaysBetweenUnchecked(from, to, options));
}

/** {@link workingDaysBetween} of checked arguments; a `RangeError` for a year the calendar lacks (the library's own callers). */
export function workingDaysBetweenUnchecked(from: string, to: string, options: WorkingDayOptions = {}): number {
  const start = daysFromIsoDate(from as IsoDate);
  const end = daysFromIsoDate(to as IsoDate);
  if (end < start) return -workingDaysBetweenUnchecked(to, from, options);
  let count = 0;
  for (let day = start + 1; day <= end; day++) if (working('workingDaysBetween', day, options)) count++;
  return count;
}
