import type { IsoDate } from '../model/date.js';

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number written by the ASCII digits of `text` from `start` to `end`, or −1. */
export function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A `YYYY-MM-DD` string naming a day that exists as the number YYYYMMDD, or −1 for anything else
 * (no regex: it runs per row; the draw packs the number into its digest lines).
 */
export function isoDateNumber(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? year * 10_000 + month * 100 + day : -1;
}

/** Whether `value` is a `YYYY-MM-DD` string naming a day that exists. */
export function isIsoDate(value: unknown): value is IsoDate {
  return isoDateNumber(value) >= 0;
}

/** The calendar year of a valid ISO date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/**
 * The date `days` days after 1970-01-01, computed arithmetically (H. Hinnant's civil-from-days),
 * so that no `Date` object and no time zone is involved.
 */
export function isoDateFromDays(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

/** Days from 1970-01-01 to a valid ISO date (the inverse of {@link isoDateFromDays}). */
export function daysFromIsoDate(date: IsoDate): number {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const year = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day of the week of a day number since 1970-01-01 (a Thursday): 0 Sunday … 6 Saturday. */
export function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}
