import { describe, expect, it } from 'vitest';
import { isValidUscc, nationalPolicy, parsePlanningInput } from '../../src/index.js';
import { generateDirectory, generateEnterprises } from '../../src/testing/index.js';

describe('generateEnterprises', () => {
  it('is deterministic: the same seed gives the same enterprises, another seed others', () => {
    const a = [...generateEnterprises({ size: 300, seed: 'same' })];
    expect([...generateEnterprises({ size: 300, seed: 'same' })]).toEqual(a);
    const b = [...generateEnterprises({ size: 300, seed: 'other' })];
    expect(b.filter((e, i) => e.uscc === a[i]?.uscc).length).toBeLessThan(3);
  });

  it('is prefix-stable: the first k enterprises do not depend on size', () => {
    const small = [...generateEnterprises({ size: 50, seed: 'prefix' })];
    const large = [...generateEnterprises({ size: 500, seed: 'prefix' })];
    expect(large.slice(0, 50)).toEqual(small);
  });

  it('makes valid, unique codes and plausible shares (N10, N5, R10)', () => {
    const rows = [...generateEnterprises({ size: 20_000, seed: 'shares' })];
    expect(rows.every((e) => isValidUscc(e.uscc))).toBe(true);
    expect(new Set(rows.map((e) => e.uscc)).size).toBe(rows.length);
    const share = (p: (e: (typeof rows)[number]) => boolean): number => rows.filter(p).length / rows.length;
    expect(share((e) => e.industry.startsWith('F'))).toBeGreaterThan(0.25); // retail and wholesale dominate
    expect(share((e) => e.industry.startsWith('T'))).toBeLessThan(0.01);
    expect(share((e) => e.creditClass === 'B')).toBeCloseTo(0.5, 1);
    expect(share((e) => e.colour === 'red')).toBeGreaterThan(0.01);
    expect(share((e) => e.colour === 'red')).toBeLessThan(0.05);
    expect(rows.every((e) => e.registeredOn < '2024-01-01' && e.registeredOn >= '1995-01-01')).toBe(true);
  });

  it('streams lazily: taking a few of ten million costs nothing', () => {
    const iterator = generateEnterprises({ size: 10_000_000, seed: 'lazy' });
    expect(iterator.next().done).toBe(false);
  });

  it('refuses bad options with a message that names the function', () => {
    expect(() => generateEnterprises({ size: -1, seed: 's' })).toThrow(/^generateEnterprises: size/);
    expect(() => generateEnterprises({ size: 1.5, seed: 's' })).toThrow(RangeError);
    expect(() => generateEnterprises({ size: 1, seed: '' })).toThrow(/seed must not be empty/);
    expect(() => generateEnterprises({ size: 1, seed: ' padded' })).toThrow(/white space/);
    expect(() => generateEnterprises({ size: 1, seed: 'a\nb' })).toThrow(/control characters/);
    // A 20-digit number has already lost digits as a JS number: that is why seeds are strings.
    // eslint-disable-next-line no-loss-of-precision
    expect(() => generateEnterprises({ size: 1, seed: 12345678901234567890 as unknown as string })).toThrow(TypeError);
  });
});

describe('generateDirectory', () => {
  it('gives a valid input with every part populated (R1, R16, R19, R20)', () => {
    const input = generateDirectory({ size: 2_000, seed: 'full', batch: 3 });
    expect(parsePlanningInput(input)._tag).toBe('Right');
    expect(input.period).toEqual({ year: 2024, batch: 3, start: '2024-07-01', end: '2024-09-30' });
    expect(input.departments).toHaveLength(8);
    expect(input.inspectors).toHaveLength(8 * 12);
    expect(input.inspectors.some((i) => !i.certified)).toBe(true);
    expect(input.inspectors.some((i) => i.conflicts.length > 0)).toBe(true);
    expect(input.items.some((i) => i.scope !== 'general')).toBe(true);
    expect(input.items.some((i) => i.level === 'city')).toBe(true);
    expect(input.jointLists.length).toBeGreaterThan(2);
    expect(input.history.some((r) => r.reason === 'random')).toBe(true);
    expect(input.history.some((r) => r.reason !== 'random')).toBe(true);
    expect(input.history.every((r) => r.date < input.period.start && r.date >= '2024-01-01')).toBe(true);
  });

  it('is deterministic and honours its options', () => {
    const options = { size: 300, seed: 'opts', departments: 40, inspectorsPerDepartment: 3, policy: nationalPolicy, year: 2025, batch: 4 };
    const input = generateDirectory(options);
    expect(generateDirectory(options)).toEqual(input);
    expect(input.departments).toHaveLength(40);
    expect(input.inspectors).toHaveLength(120);
    expect(input.policy).toBe(nationalPolicy);
    expect(input.period).toEqual({ year: 2025, batch: 4, start: '2025-10-01', end: '2025-12-31' });
    expect(parsePlanningInput(JSON.parse(JSON.stringify(input)))._tag).toBe('Right');
  });

  it('refuses a batch the policy does not have', () => {
    expect(() => generateDirectory({ size: 1, seed: 's', batch: 5 })).toThrow(/^generateDirectory: batch/);
    expect(() => generateDirectory({ size: 1, seed: 's', departments: 0 })).toThrow(RangeError);
  });
});
