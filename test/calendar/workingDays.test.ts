import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { addWorkingDays, CHINA_HOLIDAYS, isWorkingDay, workingDaysBetween, type IsoDate } from '../../src/index.js';
import { isoDateFromDays, daysFromIsoDate } from '../../src/internal/date.js';
import { leftOf, rightOf } from '../result.js';

const FIRST = daysFromIsoDate('2024-01-01' as IsoDate);
const LAST = daysFromIsoDate('2026-12-31' as IsoDate);
/** A date of 2024–2026, early enough that 60 working days later is still in 2026. */
const knownDate = fc.integer({ min: FIRST, max: LAST - 100 }).map(isoDateFromDays);

describe('working days (N3): the State Council calendars', () => {
  it.each([
    // 2024: Spring Festival 10–17 Feb, worked Sun 4 Feb and Sun 18 Feb; National Day 1–7 Oct, worked Sun 29 Sep and Sat 12 Oct.
    ['2024-02-09', true], ['2024-02-10', false], ['2024-02-17', false], ['2024-02-04', true], ['2024-02-18', true], ['2024-02-19', true],
    ['2024-09-29', true], ['2024-10-01', false], ['2024-10-07', false], ['2024-10-08', true], ['2024-10-12', true], ['2024-10-13', false],
    // 2025: Spring Festival 28 Jan – 4 Feb, worked Sun 26 Jan and Sat 8 Feb; National Day 1–8 Oct, worked Sun 28 Sep and Sat 11 Oct.
    ['2025-01-26', true], ['2025-01-28', false], ['2025-02-04', false], ['2025-02-05', true], ['2025-02-08', true],
    ['2025-09-28', true], ['2025-10-08', false], ['2025-10-09', true], ['2025-10-11', true], ['2025-05-31', false], ['2025-06-02', false],
    // 2026: 1–3 Jan off, worked Sun 4 Jan; Spring Festival 15–23 Feb, worked Sat 14 Feb and Sat 28 Feb; National Day 1–7 Oct, worked Sat 10 Oct.
    ['2026-01-02', false], ['2026-01-04', true], ['2026-02-14', true], ['2026-02-23', false], ['2026-02-24', true], ['2026-02-28', true],
    ['2026-09-20', true], ['2026-09-25', false], ['2026-10-07', false], ['2026-10-08', true], ['2026-10-10', true],
    // Ordinary days.
    ['2024-03-04', true], ['2024-03-09', false], ['2025-07-06', false], ['2026-11-23', true],
  ] as const)('%s is %s', (date, expected) => {
    expect(rightOf(isWorkingDay(date))).toBe(expected);
  });

  it('counts from the day after the event, across holidays and adjusted weekends', () => {
    expect(rightOf(addWorkingDays('2024-09-27', 5))).toBe('2024-10-10');
    expect(rightOf(addWorkingDays('2024-02-08', 1))).toBe('2024-02-09'); // 除夕 2024 was not an official day off
    expect(rightOf(addWorkingDays('2024-02-09', 1))).toBe('2024-02-18'); // 10–17 Feb off, then the worked Sunday
    expect(rightOf(addWorkingDays('2025-01-24', 7))).toBe('2025-02-10');
    expect(rightOf(workingDaysBetween('2025-01-24', '2025-02-10'))).toBe(7);
    expect(rightOf(addWorkingDays('2026-09-30', 5))).toBe('2026-10-13'); // 1–7 Oct off; 8, 9, Sat 10 (worked), 12, 13 Oct
    expect(rightOf(addWorkingDays('2024-03-05', 0))).toBe('2024-03-05');
    expect(rightOf(workingDaysBetween('2024-10-10', '2024-09-27'))).toBe(-5);
  });

  it('gives N4’s 20 working days and R24’s 5 working days around National Day 2025', () => {
    expect(rightOf(addWorkingDays('2025-09-26', 5))).toBe('2025-10-10'); // Sun 28 Sep worked; 1–8 Oct off
    // 28, 29, 30 Sep; 9, 10, 11 (worked Sat) Oct; 13–17, 20–24, 27–30 Oct.
    expect(rightOf(addWorkingDays('2025-09-26', 20))).toBe('2025-10-30');
  });

  it('refuses a year the calendar does not know, unless weekends-only was chosen', () => {
    expect(leftOf(isWorkingDay('2027-03-01')).issues[0]).toMatchObject({ code: 'calendar/unknown-year', rule: 'N3', message: expect.stringMatching(/^the holiday calendar has no data for 2027/) });
    expect(leftOf(addWorkingDays('2026-12-30', 5)).issues[0]).toMatchObject({ code: 'calendar/unknown-year', message: expect.stringMatching(/2027/) });
    expect(rightOf(isWorkingDay('2027-03-01', { fallback: 'weekends' }))).toBe(true);
    expect(rightOf(addWorkingDays('2026-12-30', 5, { fallback: 'weekends' }))).toBe('2027-01-06');
    const extended = { ...CHINA_HOLIDAYS, 2027: { off: ['2027-01-01' as IsoDate], workdays: [] } };
    expect(rightOf(isWorkingDay('2027-01-01', { calendar: extended }))).toBe(false);
    expect(leftOf(isWorkingDay('2024-02-30')).issues[0]).toMatchObject({ code: 'date/invalid' });
    expect(leftOf(addWorkingDays('2024-01-01', -1)).issues[0]).toMatchObject({ code: 'schema/too_small' });
  });

  it('gives the same answers in every time zone', () => {
    const original = process.env['TZ'];
    const answers = (): unknown => [rightOf(isWorkingDay('2024-10-12')), rightOf(addWorkingDays('2024-09-27', 5)), rightOf(workingDaysBetween('2025-01-01', '2025-12-31')), rightOf(addWorkingDays('2026-02-13', 3))];
    const expected = answers();
    try {
      for (const zone of ['UTC', 'Asia/Shanghai', 'America/Santiago', 'Pacific/Kiritimati', 'America/St_Johns', 'Asia/Kathmandu']) {
        process.env['TZ'] = zone;
        expect(answers()).toEqual(expected);
      }
    } finally {
      if (original === undefined) delete process.env['TZ'];
      else process.env['TZ'] = original;
    }
  });

  test.prop([knownDate, fc.integer({ min: 1, max: 60 })], { numRuns: 1000 })('adding n ≥ 1 working days lands on a working day, n after', (date, n) => {
    const due = rightOf(addWorkingDays(date, n));
    expect(rightOf(isWorkingDay(due))).toBe(true);
    expect(rightOf(workingDaysBetween(date, due))).toBe(n);
    expect(due > date).toBe(true);
  });

  test.prop([knownDate, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 })], { numRuns: 1000 })('adding is monotone', (date, a, b) => {
    const [small, large] = a <= b ? [a, b] : [b, a];
    expect(rightOf(addWorkingDays(date, small)) <= rightOf(addWorkingDays(date, large))).toBe(true);
  });

  it('counts each year’s working days as the notices imply', () => {
    // weekdays − holidays on weekdays + worked weekend days:
    // 2024: 262 − 19 + 8; 2025: 261 − 18 + 5; 2026: 261 − 19 + 6.
    expect(rightOf(workingDaysBetween('2023-12-31', '2024-12-31'))).toBe(251);
    expect(rightOf(workingDaysBetween('2024-12-31', '2025-12-31'))).toBe(248);
    expect(rightOf(workingDaysBetween('2025-12-31', '2026-12-31'))).toBe(248);
  });
});

describe('working days never touch the host time zone (N3)', () => {
  /** Runs test/calendar/zoneProbe.ts in a fresh Node process whose time zone is `zone`. */
  function probe(zone: string): { santiago: number; answers: unknown[] } {
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./zoneProbe.ts', import.meta.url))], { env: { ...process.env, TZ: zone }, encoding: 'utf8' });
    return JSON.parse(out) as { santiago: number; answers: unknown[] };
  }

  it('gives the same answers in zones where daylight saving time starts or ends at midnight as in UTC', () => {
    const utc = probe('UTC');
    expect(utc.santiago).toBe(2);
    expect(utc.answers.length).toBeGreaterThan(2_500);
    for (const zone of ['America/Santiago', 'America/Sao_Paulo', 'Asia/Tehran', 'Australia/Lord_Howe', 'Pacific/Apia']) {
      const there = probe(zone);
      expect(there.santiago, zone).toBe(2);
      expect(there.answers, zone).toEqual(utc.answers);
    }
  }, 120_000);

  it('reads years 0000–0099 as themselves, not as 1900–1999', () => {
    const options = { fallback: 'weekends' as const, calendar: {} };
    // 0050-01-01 was a Saturday in the proleptic Gregorian calendar; 1950-01-01 a Sunday.
    expect(rightOf(isWorkingDay('0050-01-01', options))).toBe(false);
    expect(rightOf(addWorkingDays('0050-01-01', 1, options))).toBe('0050-01-03');
    expect(rightOf(addWorkingDays('0099-12-31', 1, options))).toBe('0100-01-01'); // a Thursday, then a Friday
    expect(rightOf(workingDaysBetween('0000-02-25', '0000-03-01', options))).toBe(3);
  });
});
