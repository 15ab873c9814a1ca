import { describe, expect, it } from 'vitest';
import { inspectionMode, yongchuanPolicy, type Enterprise } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { leftOf, rightOf } from '../result.js';
import { fingerprint } from './golden.js';

const input = generateDirectory({ size: 2_000, seed: 'merge' });
const enterprise = input.enterprises[0] as Enterprise;

describe('inspectionMode returns a Left on bad arguments, never throws (#14)', () => {
  it.each([undefined, null, 42, 'A', []])('refuses an enterprise %o that is not an object: a programming error', (value) => {
    const [issue] = leftOf(inspectionMode(value as never, yongchuanPolicy)).issues;
    expect(issue).toMatchObject({ code: 'schema/invalid_type', path: ['enterprise'], at: '$.enterprise', rule: 'R9' });
    expect(issue.message).toMatch(/programming error/);
  });

  it('checks the enterprise as parsePlanningInput checks a row, at paths under enterprise', () => {
    expect(leftOf(inspectionMode({ ...enterprise, creditClass: 'E' } as never, yongchuanPolicy)).issues).toEqual([
      expect.objectContaining({ code: 'schema/invalid_value', path: ['enterprise', 'creditClass'], at: '$.enterprise.creditClass', rule: 'N5' }),
    ]);
    const { colour, ...rest } = enterprise;
    expect(leftOf(inspectionMode({ ...rest, colur: colour } as never, yongchuanPolicy)).issues).toEqual([
      expect.objectContaining({ code: 'schema/misspelt-key', path: ['enterprise', 'colur'], suggestion: 'colour' }),
    ]);
    expect(leftOf(inspectionMode({ ...enterprise, uscc: '91350100M000100Y44' } as never, yongchuanPolicy)).issues).toEqual([
      expect.objectContaining({ code: 'uscc/check-character', path: ['enterprise', 'uscc'], rule: 'N10' }),
    ]);
  });

  it('checks the policy as parsePlanningInput checks it', () => {
    expect(leftOf(inspectionMode(enterprise, 42 as never)).issues).toEqual([expect.objectContaining({ code: 'schema/invalid_type', path: ['policy'], rule: 'R9' })]);
    expect(leftOf(inspectionMode(enterprise, { ...yongchuanPolicy, teamSize: 1 })).issues).toEqual([expect.objectContaining({ code: 'policy/team-size', path: ['policy', 'teamSize'], rule: 'N1' })]);
    const { escalatedTeamSize, ...rest } = yongchuanPolicy;
    expect(leftOf(inspectionMode(enterprise, { ...rest, escalatedTeamSise: escalatedTeamSize } as never)).issues).toEqual([
      expect.objectContaining({ code: 'schema/misspelt-key', path: ['policy', 'escalatedTeamSise'], suggestion: 'escalatedTeamSize' }),
    ]);
  });

  it('checks that items are item objects, not ids', () => {
    expect(leftOf(inspectionMode(enterprise, yongchuanPolicy, 'samr/food-safety' as never)).issues).toEqual([expect.objectContaining({ code: 'schema/invalid_type', path: ['items'] })]);
    expect(leftOf(inspectionMode(enterprise, yongchuanPolicy, ['samr/food-safety'] as never)).issues).toEqual([expect.objectContaining({ code: 'schema/invalid_type', path: ['items', 0] })]);
  });

  it('reports every bad argument at once', () => {
    expect(leftOf(inspectionMode(null as never, null as never, null as never)).issues.map((i) => i.at)).toEqual(['$.enterprise', '$.policy', '$.items']);
  });

  it('gives the same modes as before, and reads a policy written before the fields with defaults existed', () => {
    expect(fingerprint(input.enterprises.slice(0, 50).map((e) => rightOf(inspectionMode(e, yongchuanPolicy))))).toBe('61269b86ef2540cf');
    const { blackList: _b, flyingItemShare: _f, nonSiteWhereSufficient: _n, annualPlanDue: _a, ...older } = yongchuanPolicy;
    const listed = { ...enterprise, colour: 'none', blackList: true, creditClass: 'A' } as const;
    expect(rightOf(inspectionMode(listed, older as never))).toMatchObject({ mode: 'online', rule: 'R9' });
    expect(rightOf(inspectionMode(enterprise, yongchuanPolicy, input.items))).toEqual(rightOf(inspectionMode(enterprise, yongchuanPolicy)));
  });
});
