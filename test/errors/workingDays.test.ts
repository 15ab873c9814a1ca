import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../src/index.js';
import { leftOf, rightOf } from '../result.js';

describe('the working-day functions return a Left on bad arguments, never throw (#14)', () => {
  it.each([undefined, null, 42, 20240101n, {}, new Date(0)])('refuse a date %o that is not a string: a programming error', (date) => {
    const cases = [[isWorkingDay(date as never), 'date'], [addWorkingDays(date as never, 1), 'date'], [workingDaysBetween(date as never, '2024-01-01'), 'from'], [workingDaysBetween('2024-01-01', date as never), 'to']] as const;
    for (const [result, at] of cases) {
      const [issue] = leftOf(result).issues;
      expect(issue).toMatchObject({ code: 'schema/invalid_type', path: [at], at: `$.${at}`, rule: 'N3' });
      expect(issue.message).toMatch(/^expected a calendar date "YYYY-MM-DD" \(a string\), received .*: a programming error in the caller$/);
    }
  });

  it.each(['2024-02-30', '2024/10/01', '', '24-10-01'])('refuse a string %o that is not a calendar date (date/invalid)', (date) => {
    expect(leftOf(isWorkingDay(date)).issues).toEqual([expect.objectContaining({ code: 'date/invalid', path: ['date'], at: '$.date', rule: 'N3' })]);
    expect(leftOf(addWorkingDays(date, 1)).issues).toEqual([expect.objectContaining({ code: 'date/invalid', path: ['date'] })]);
    expect(leftOf(workingDaysBetween('2024-01-01', date)).issues).toEqual([expect.objectContaining({ code: 'date/invalid', path: ['to'] })]);
    expect(leftOf(workingDaysBetween(date, '2024-01-01')).issues).toEqual([expect.objectContaining({ code: 'date/invalid', path: ['from'] })]);
  });

  it('suggests the right spelling of a date written with slashes', () => {
    expect(leftOf(isWorkingDay('2024/10/01')).issues[0].message).toMatch(/"2024-10-01"/);
  });

  it.each([
    [-1, 'schema/too_small'], [1.5, 'schema/invalid_type'], [Number.NaN, 'schema/invalid_type'], [Infinity, 'schema/invalid_type'],
    [2 ** 53, 'schema/too_big'], ['5', 'schema/invalid_type'], [5n, 'schema/invalid_type'], [undefined, 'schema/invalid_type'],
  ])('addWorkingDays refuses n = %o (%s)', (n, code) => {
    expect(leftOf(addWorkingDays('2024-01-01', n as never)).issues).toEqual([expect.objectContaining({ code, path: ['n'], at: '$.n', rule: 'N3' })]);
  });

  it('refuses a year the calendar does not know (calendar/unknown-year), unless weekends-only was chosen', () => {
    expect(leftOf(isWorkingDay('2027-03-01')).issues).toEqual([expect.objectContaining({ code: 'calendar/unknown-year', path: ['date'], rule: 'N3' })]);
    expect(leftOf(isWorkingDay('2027-03-01')).issues[0].message).toMatch(/^the holiday calendar has no data for 2027 .*fallback: 'weekends'/);
    expect(leftOf(addWorkingDays('2026-12-30', 5)).issues).toEqual([expect.objectContaining({ code: 'calendar/unknown-year', path: ['date'] })]);
    expect(leftOf(workingDaysBetween('2026-12-01', '2027-01-10')).issues).toEqual([expect.objectContaining({ code: 'calendar/unknown-year', path: ['to'] })]);
    expect(leftOf(workingDaysBetween('2027-01-10', '2026-12-01')).issues).toEqual([expect.objectContaining({ code: 'calendar/unknown-year', path: ['from'] })]);
    expect(rightOf(isWorkingDay('2027-03-01', { fallback: 'weekends' }))).toBe(true);
  });

  it('never counts past 9999-12-31, even with weekends only', () => {
    expect(leftOf(addWorkingDays('9999-12-30', 5, { fallback: 'weekends' })).issues).toEqual([expect.objectContaining({ code: 'calendar/unknown-year', path: ['date'] })]);
    expect(leftOf(addWorkingDays('2024-01-01', Number.MAX_SAFE_INTEGER, { fallback: 'weekends' })).issues[0]).toMatchObject({ code: 'calendar/unknown-year' });
    expect(rightOf(addWorkingDays('9999-12-29', 2, { fallback: 'weekends', calendar: {} }))).toBe('9999-12-31');
  });

  it('refuses options that are not an object, a misspelt option with a suggestion, and a bad calendar', () => {
    for (const options of [null, 42, 'weekends', []]) {
      expect(leftOf(isWorkingDay('2024-10-01', options as never)).issues).toEqual([expect.objectContaining({ code: 'schema/invalid_type', path: ['options'], rule: 'N3' })]);
    }
    expect(leftOf(isWorkingDay('2024-10-01', { calender: {} } as never)).issues).toEqual([
      expect.objectContaining({ code: 'schema/unrecognized_keys', path: ['options', 'calender'], at: '$.options.calender', suggestion: 'calendar', rule: 'N3' }),
    ]);
    expect(leftOf(addWorkingDays('2024-10-01', 1, { fallback: 'weekend' } as never)).issues).toEqual([expect.objectContaining({ code: 'schema/invalid_value', path: ['options', 'fallback'] })]);
    expect(leftOf(workingDaysBetween('2024-10-01', '2024-10-09', { calendar: { 2024: { off: ['2024-13-01'], workdays: [] } } } as never)).issues).toEqual([
      expect.objectContaining({ code: 'date/invalid', path: ['options', 'calendar', '2024', 'off', 0], rule: 'N3' }),
    ]);
  });

  it('reports every bad argument at once', () => {
    expect(leftOf(addWorkingDays(undefined as never, -1, { fallbak: 'weekends' } as never)).issues.map((i) => i.at)).toEqual(['$.date', '$.n', '$.options.fallbak']);
  });

  it('gives the same answers as before', () => {
    expect(rightOf(isWorkingDay('2024-10-01'))).toBe(false);
    expect(rightOf(isWorkingDay('2024-10-12'))).toBe(true);
    expect(rightOf(addWorkingDays('2024-09-27', 5))).toBe('2024-10-10');
    expect(rightOf(addWorkingDays('2024-03-05', 0))).toBe('2024-03-05');
    expect(rightOf(workingDaysBetween('2025-01-24', '2025-02-10'))).toBe(7);
    expect(rightOf(workingDaysBetween('2024-10-10', '2024-09-27'))).toBe(-5);
  });
});
