/**
 * Prints, as JSON, the working-day answers for dates from year 0000 to 9999 and for every day of
 * 2024–2026; test/calendar/workingDays.test.ts runs it under several TZ settings and compares.
 */
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../src/index.js';
import { isoDateFromDays } from '../../src/internal/date.js';
import { rightOf } from '../result.js';

const guess = { fallback: 'weekends' as const, calendar: {} };
const answers: unknown[] = [];
const first2024 = 19_723; // 2024-01-01
for (let days = first2024; days < first2024 + 3 * 365 - 12; days++) {
  const date = isoDateFromDays(days);
  answers.push([date, rightOf(isWorkingDay(date)), rightOf(addWorkingDays(date, 3)), rightOf(workingDaysBetween(date, isoDateFromDays(days + 9)))].join(' '));
}
for (let days = -719_468; days < 2_932_896; days += 1_999) {
  const date = isoDateFromDays(days);
  answers.push([date, rightOf(isWorkingDay(date, guess)), rightOf(addWorkingDays(date, 2, guess)), rightOf(workingDaysBetween(date, isoDateFromDays(days + 5), guess))].join(' '));
}
process.stdout.write(JSON.stringify({ santiago: rightOf(workingDaysBetween('2024-09-06', '2024-09-10', guess)), answers }));
