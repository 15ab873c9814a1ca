import { describe, expect, it } from 'vitest';
import { inspectionMode, nationalPolicy, type Enterprise } from '../../src/index.js';
import { generateEnterprises } from '../../src/testing/index.js';
import { rightOf } from '../result.js';

const [sample] = generateEnterprises({ size: 1, seed: 'modes' });
const enterprise = (patch: Partial<Enterprise>): Enterprise => ({ ...(sample as Enterprise), colour: 'none', ...patch });

describe('inspectionMode (R9, R10, R26)', () => {
  it.each([
    [{ creditClass: 'A' }, { mode: 'online', rule: 'R9', advanceNotice: true, teamSize: 2, ratingReferral: false }],
    [{ creditClass: 'B' }, { mode: 'flying', rule: 'R9', advanceNotice: false, teamSize: 2, ratingReferral: false }],
    [{ creditClass: 'C' }, { mode: 'escalated', rule: 'R9', advanceNotice: true, teamSize: 3, ratingReferral: false }],
    [{ creditClass: 'D' }, { mode: 'escalated', rule: 'R9', advanceNotice: true, teamSize: 3, ratingReferral: false }],
    [{ creditClass: 'unrated' }, { mode: 'offline', rule: 'R9', advanceNotice: true, teamSize: 2, ratingReferral: true }],
    [{ creditClass: 'B', colour: 'red' }, { mode: 'full-coverage', rule: 'R10', advanceNotice: true, teamSize: 2, ratingReferral: false }],
  ] as const)('%o → %o', (patch, expected) => {
    expect(rightOf(inspectionMode(enterprise(patch), nationalPolicy))).toEqual(expected);
  });

  it('a flying inspection is never announced (R26), and escalated teams follow the policy', () => {
    expect(rightOf(inspectionMode(enterprise({ creditClass: 'B' }), nationalPolicy)).advanceNotice).toBe(false);
    expect(rightOf(inspectionMode(enterprise({ creditClass: 'D' }), { ...nationalPolicy, escalatedTeamSize: 4 })).teamSize).toBe(4);
  });
});
