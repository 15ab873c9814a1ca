import type { Policy } from '../model/types.js';
import { nationalPolicy } from './national.js';
import type { HighRiskField } from './shenyang.js';

/**
 * Minhang's key industries for cross-department supervision (闵府办发〔2024〕15号, seed 003 §三(一)):
 * "对食品、药品、医疗器械、危险化学品、燃气、特种设备、建筑工程质量、非法金融活动等直接关系人民群众生命财产安全、
 * 公共安全和潜在风险大、社会风险高的重点行业领域". The seed's attachment (the 2024 list itself) is not in
 * the document, and the seed names fields, not codes; the GB/T 4754-2017 codes are the library's
 * reading, chosen so that no code is in two fields (one joint list per industry): food C13, C14,
 * C15 (agricultural food processing, food manufacturing, beverages) and H62 (catering); drugs C27;
 * medical devices C35 (special-purpose equipment, which holds medical instruments); hazardous
 * chemicals C26; gas D45; special equipment C34; construction quality E; illegal financial
 * activities J. Pass them with their lead and cooperating departments to {@link keyIndustryLists}.
 *
 * @example
 * ```ts
 * import { minhangKeyIndustries } from 'double-random';
 *
 * console.log(minhangKeyIndustries.map((f) => f.name).join('、'));
 * ```
 * @category Policy
 * @since 0.1.0
 */
export const minhangKeyIndustries: readonly HighRiskField[] = Object.freeze([
  { id: 'food', name: '食品', industries: ['C13', 'C14', 'C15', 'H62'] },
  { id: 'drugs', name: '药品', industries: ['C27'] },
  { id: 'medical-devices', name: '医疗器械', industries: ['C35'] },
  { id: 'hazardous-chemicals', name: '危险化学品', industries: ['C26'] },
  { id: 'gas', name: '燃气', industries: ['D45'] },
  { id: 'special-equipment', name: '特种设备', industries: ['C34'] },
  { id: 'construction-quality', name: '建筑工程质量', industries: ['E'] },
  { id: 'illegal-finance', name: '非法金融活动', industries: ['J'] },
].map((f) => Object.freeze({ ...f, industries: Object.freeze(f.industries) })));

/**
 * Minhang district's policy (闵府办发〔2024〕15号, seed 003): joint inspection is the basic way, with
 * one comprehensive check sheet per visit (§三(三)1; the merge makes one joint task per enterprise,
 * R15); key industries are inspected jointly under a lead department ({@link minhangKeyIndustries},
 * {@link keyIndustryLists}, R16); ratio and frequency follow credit and risk (§三(三)4, R11: the
 * national ratios, rising from A to D, since Minhang publishes none); and "非现场监管能够实现预期
 * 监管目的和效果的, 不再开展现场检查" (§三(五)2): `nonSiteWhereSufficient` makes a random-plan visit
 * of ordinary risk (class B, no colour code) whose items are all general online rather than on
 * site ({@link inspectionMode}); triggered visits stay on site.
 *
 * @example
 * ```ts
 * import { minhangPolicy } from 'double-random';
 *
 * console.log(minhangPolicy.nonSiteWhereSufficient); // true
 * ```
 * @category Policy
 * @since 0.1.0
 */
export const minhangPolicy: Policy = Object.freeze({
  ...nationalPolicy,
  id: 'minhang-2024',
  nonSiteWhereSufficient: true,
});
