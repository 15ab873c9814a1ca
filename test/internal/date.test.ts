import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { daysFromIsoDate, isIsoDate, isoDateFromDays, isoDateNumber } from '../../src/internal/date.js';
import type { IsoDate } from '../../src/index.js';

describe('calendar dates without time zones', () => {
  it('knows leap years and month lengths', () => {
    expect(['2024-02-29', '2000-02-29', '2023-12-31', '2023-04-30'].every(isIsoDate)).toBe(true);
    expect(['2023-02-29', '1900-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-1-01', '20230101', ' 2023-01-01'].some(isIsoDate)).toBe(false);
    expect(isIsoDate(20230101)).toBe(false);
  });

  it('counts days from 1970-01-01', () => {
    expect(daysFromIsoDate('1970-01-01' as IsoDate)).toBe(0);
    expect(isoDateFromDays(19_723)).toBe('2024-01-01');
  });

  test.prop([fc.integer({ min: -700_000, max: 2_900_000 })], { numRuns: 1000 })('agrees with Date.UTC and round-trips', (days) => {
    const date = isoDateFromDays(days);
    expect(date).toBe(new Date(days * 86_400_000).toISOString().slice(0, 10));
    expect(isIsoDate(date)).toBe(true);
    expect(daysFromIsoDate(date)).toBe(days);
    // The draw packs this number into its digest lines (YYYYMMDD), and checks the row with it.
    expect(isoDateNumber(date)).toBe(Number(date.replaceAll('-', '')));
  });

  it('gives −1 as the number of anything that is not a real YYYY-MM-DD day', () => {
    for (const bad of ['2023-02-29', '1900-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-1-01', '20230101', ' 2023-01-01', '2023-01-00', '２０２３-01-01', 20230101, null, undefined, {}]) {
      expect(isoDateNumber(bad)).toBe(-1);
    }
    expect(isoDateNumber('0000-01-01')).toBe(101);
    expect(isoDateNumber('9999-12-31')).toBe(99_991_231);
  });
});
