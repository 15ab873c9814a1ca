import { yongchuanPolicy, type PlanningInput, type Policy } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';

/**
 * A directory where every enterprise is eligible (class B, no colour, no flags), spread over
 * industries: the setting of Yongchuan's worked figure (24 738 eligible enterprises, R5).
 */
export function allEligible(size: number, policy: Partial<Policy> = {}, seed = 'eligible'): PlanningInput {
  const input = generateDirectory({ size, seed, departments: 1, inspectorsPerDepartment: 0 });
  return {
    ...input,
    policy: { ...yongchuanPolicy, ...policy },
    jointLists: [],
    history: [],
    enterprises: input.enterprises.map((e) => ({ ...e, creditClass: 'B', colour: 'none', whiteList: false, trustExempt: false, blackList: false })),
  };
}
