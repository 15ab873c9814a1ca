import type { Policy } from '../model/types.js';
import { nationalPolicy } from './national.js';

/**
 * A high-risk industry or field that gets directed draws with a higher frequency and ratio (R11,
 * N7; Shenyang 002 §四(十二)): its name in the seed's words and the GB/T 4754 industries (sections
 * or divisions) it is drawn from.
 * @example
 * ```ts
 * import type { HighRiskField } from 'double-random';
 * const label = (f: HighRiskField): string => `${f.name} (${f.industries.join(', ')})`;
 * ```
 * @category Policy
 * @since 0.1.0
 */
export interface HighRiskField {
  /** A short id, used in the draw's id `high-risk/<id>`. */
  readonly id: string;
  /** The field's name as the seed writes it. */
  readonly name: string;
  /** GB/T 4754 sections or divisions whose enterprises the field's directed draw samples. */
  readonly industries: readonly string[];
}

/**
 * The high-risk industries and fields of Shenyang 002 §四(十二), in its order: 建筑施工, 危险品生产销售,
 * 道路交通运输 (high-risk industries), and 消防, 食品药品, 特种设备, 环境保护, 金融投资 (fields touching
 * personal, property, public and health safety), "将高风险市场主体作为监管重点, 实行'双随机'定向抽查,
 * 增加抽查频次, 加大抽查比例". The seed names fields, not codes; the GB/T 4754-2017 codes are the
 * library's reading (the library draws by section or division, so a field defined by finer
 * classes, such as the sale of hazardous chemicals, is drawn from the divisions that contain it):
 * construction E; hazardous goods C25, C26 (fuel processing, chemical raw materials and products);
 * road transport G54; fire safety in crowded places H61, H62, R90 (hotels, catering,
 * entertainment); food and drugs C13, C14, C15, C27, H62; special equipment C34; environment N77;
 * finance J. Pass the fields with the departments that inspect them to {@link highRiskDraws}.
 *
 * @example
 * ```ts
 * import { shenyangHighRiskFields } from 'double-random';
 *
 * console.log(shenyangHighRiskFields.map((f) => f.name).join('、'));
 * ```
 * @category Policy
 * @since 0.1.0
 */
export const shenyangHighRiskFields: readonly HighRiskField[] = Object.freeze([
  { id: 'construction', name: '建筑施工', industries: ['E'] },
  { id: 'hazardous-goods', name: '危险品生产销售', industries: ['C25', 'C26'] },
  { id: 'road-transport', name: '道路交通运输', industries: ['G54'] },
  { id: 'fire', name: '消防', industries: ['H61', 'H62', 'R90'] },
  { id: 'food-drugs', name: '食品药品', industries: ['C13', 'C14', 'C15', 'C27', 'H62'] },
  { id: 'special-equipment', name: '特种设备', industries: ['C34'] },
  { id: 'environment', name: '环境保护', industries: ['N77'] },
  { id: 'finance', name: '金融投资', industries: ['J'] },
].map((f) => Object.freeze({ ...f, industries: Object.freeze(f.industries) })));

/**
 * Shenyang's policy (沈政发〔2017〕59号, seed 002): black-listed entities are supervision priorities
 * (R14, §二(六)-(七)), drawn in strata of their own at the class D ratio; high-risk industries and
 * fields get directed draws at a raised ratio ({@link shenyangHighRiskFields}, {@link highRiskDraws},
 * §四(十二)); several departments planning the same unit inspect it once, jointly, under one lead
 * department (R15, §三(九): the merge does this for every policy); departments submit their annual
 * plans by 10 January (R25, §三(九)). Shenyang sets no ratios or batches, so these are the national
 * defaults (N5): quarterly batches, A 1 %, B 2 %, C 10 %, D 30 %, rounding up.
 *
 * @example
 * ```ts
 * import { shenyangPolicy } from 'double-random';
 *
 * console.log(shenyangPolicy.blackList); // { coverage: 'raised', ratio: 0.3 }
 * ```
 * @category Policy
 * @since 0.1.0
 */
export const shenyangPolicy: Policy = Object.freeze({
  ...nationalPolicy,
  id: 'shenyang-2017',
  blackList: Object.freeze({ coverage: 'raised' as const, ratio: nationalPolicy.ratios.D }),
  annualPlanDue: '01-10',
  publicIdentity: 'names',
});
