/**
 * Public codes (R3; 004 §一(二)): the documented vectors (docs/public-codes.md), and as properties
 * that codes are unique within a directory, have their parts, and do not depend on row order.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanningInput, publicCodes, type PlanningInput } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { leftOf, rightOf } from '../result.js';

const sample = rightOf(parsePlanningInput(JSON.parse(readFileSync('examples/data/sample-input.json', 'utf8'))));

describe('publicCodes (R3)', () => {
  it('gives the documented vectors', () => {
    const codes = rightOf(publicCodes(sample, { seed: '2024 名录代码 8 1 5' }));
    const of = new Map(codes.enterprises.map((e) => [e.uscc, e.code]));
    expect([of.get('91500118MA5T9Q4E8K'), of.get('91500118MA5TGN3R2E'), of.get('91500118MA5U2LAG5X')]).toEqual(['001201403200124', '001201308259058', '001201509662726']);
    expect(codes.inspectors.slice(0, 3)).toEqual([{ inspector: 'health-01', code: '101475' }, { inspector: 'health-02', code: '101848' }, { inspector: 'health-03', code: '101398' }]);
    expect(codes.algorithm).toBe('double-random/public-code/v1');
  });

  it('refuses a raw input, an unusable seed, a bad pointer, a misspelt option', () => {
    expect(leftOf(publicCodes({} as never, { seed: 's' })).issues[0]?.code).toBe('input/not-validated');
    expect(leftOf(publicCodes(sample, { seed: ' s' })).issues.map((i) => i.at)).toEqual(['$.options.seed']);
    expect(leftOf(publicCodes(sample, { seed: 's', pointer: '12' })).issues.map((i) => i.at)).toEqual(['$.options.pointer']);
    expect(leftOf(publicCodes(sample, { sead: 's' } as never)).issues[0]).toMatchObject({ at: '$.options.sead' });
  });

  it('separates codes that would collide: a month of registrations past a group\'s values is refused, one below is coded without repeats', () => {
    const input = generateDirectory({ size: 3_000, seed: 'codes-dense' });
    // Every enterprise registered in one month, every inspector in one department: many random parts meet.
    const dense: PlanningInput = { ...input, enterprises: input.enterprises.map((e) => ({ ...e, registeredOn: '2020-05-01' as never })) };
    const codes = rightOf(publicCodes(dense, { seed: 's' }));
    expect(new Set(codes.enterprises.map((e) => e.code)).size).toBe(dense.enterprises.length);
    // The case is reached: some enterprises did not get their own hash mod 10^6, a smaller hash had taken it.
    const own = (uscc: string): string => String(parseInt(createHash('sha256').update(`double-random/public-code/v1\u001fs\u001fenterprise\u001f${uscc}`).digest('hex').slice(0, 12), 16) % 1_000_000).padStart(6, '0');
    expect(codes.enterprises.filter((e) => e.code.slice(9) !== own(e.uscc)).length).toBeGreaterThan(0);
    const crowded = { ...input, inspectors: Array.from({ length: 1_001 }, (_, k) => ({ ...input.inspectors[0]!, id: `x-${k}` })) } as unknown as PlanningInput;
    expect(leftOf(publicCodes(crowded, { seed: 's' })).issues.map((i) => i.code)).toEqual(['public-code/full']);
  });

  it('codes are unique, have their parts, and do not depend on the order of the rows (1 000 runs)', () => {
    const world = fc.record({ size: fc.integer({ min: 1, max: 400 }), seed: fc.stringMatching(/^[a-z0-9]{1,6}$/), salt: fc.integer(), pointer: fc.stringMatching(/^\d{3}$/) });
    fc.assert(fc.property(world, ({ size, seed, salt, pointer }) => {
      const input = generateDirectory({ size, seed: `codes-${seed}` });
      const codes = rightOf(publicCodes(input, { seed, pointer }));
      const shuffled = { ...input, enterprises: fc.sample(fc.shuffledSubarray([...input.enterprises], { minLength: size, maxLength: size }), { numRuns: 1, seed: salt })[0]!, inspectors: [...input.inspectors].reverse() };
      expect(rightOf(publicCodes(shuffled, { seed, pointer }))).toEqual(codes);
      expect(new Set(codes.enterprises.map((e) => e.code)).size).toBe(input.enterprises.length);
      const registered = new Map(input.enterprises.map((e) => [e.uscc as string, e.registeredOn.slice(0, 7).replace('-', '')]));
      for (const e of codes.enterprises) expect(e.code).toMatch(new RegExp(`^${pointer}${registered.get(e.uscc)}\\d{6}$`));
      const byDepartment = new Map<string, Set<string>>();
      for (const i of codes.inspectors) {
        expect(i.code).toMatch(/^1\d{5}$/);
        const department = input.inspectors.find((x) => x.id === i.inspector)!.department;
        const seen = byDepartment.get(department) ?? new Set();
        expect(seen.has(i.code)).toBe(false);
        seen.add(i.code);
        byDepartment.set(department, seen);
      }
    }), { numRuns: 1_000 });
  }, 300_000);
});
