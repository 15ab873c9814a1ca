/**
 * The id of a rule of the domain rule book (local rules R1–R28 and R32, national rules N1–N10).
 * Every issue, status and action the library reports names the rule behind it.
 *
 * @example
 * ```ts
 * import { RULES, type RuleId } from 'double-random';
 *
 * const rule: RuleId = 'R20';
 * console.log(RULES[rule].title); // 'Same-year exemption'
 * ```
 * @category Rules
 * @since 0.1.0
 */
export type RuleId =
  | 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9' | 'R10'
  | 'R11' | 'R12' | 'R13' | 'R14' | 'R15' | 'R16' | 'R17' | 'R18' | 'R19' | 'R20'
  | 'R21' | 'R22' | 'R23' | 'R24' | 'R25' | 'R26' | 'R27' | 'R28' | 'R32'
  | 'N1' | 'N2' | 'N3' | 'N4' | 'N5' | 'N6' | 'N7' | 'N8' | 'N9' | 'N10';

/**
 * A rule of the domain rule book: a short title and where it comes from.
 *
 * @example
 * ```ts
 * import { RULES, type Rule } from 'double-random';
 *
 * const rule: Rule = RULES.N1;
 * console.log(rule.source); // '行政处罚法 (2021) art. 42'
 * ```
 * @category Rules
 * @since 0.1.0
 */
export interface Rule {
  /** A short English title. */
  readonly title: string;
  /** The document and section the rule comes from. */
  readonly source: string;
}

/**
 * Every rule of the domain rule book, by id, so a platform can show an enterprise or an auditor
 * the rule behind a decision.
 *
 * @example
 * ```ts
 * import { RULES } from 'double-random';
 *
 * console.log(`${RULES.R6.title} (${RULES.R6.source})`);
 * // 'Fourth-quarter catch-up for unsampled industries (永川市监函〔2024〕48号 §一(四))'
 * ```
 * @category Rules
 * @since 0.1.0
 */
export const RULES: Readonly<Record<RuleId, Rule>> = Object.freeze({
  R1: { title: 'Scope of random inspection', source: '永川市监函〔2024〕48号 §一; 庆阳一业一查 §一(二)' },
  R2: { title: 'Directory keyed by unified social credit code', source: '沈政发〔2017〕59号 §三(十)' },
  R3: { title: 'Public random codes for enterprises and inspectors', source: '永川市监函〔2024〕48号 §一(二)' },
  R4: { title: 'Directories are versioned', source: '永川市监函〔2024〕48号 §一(二); 庆阳一业一查 §二(二)' },
  R5: { title: 'Annual and per-batch ratios', source: '永川市监函〔2024〕48号 §一(四)' },
  R6: { title: 'Fourth-quarter catch-up for unsampled industries', source: '永川市监函〔2024〕48号 §一(四)' },
  R7: { title: 'Joint share of at least 25 %', source: '錫政辦發〔2024〕24號 §二(二)' },
  R8: { title: 'Fewer repeat draws', source: '錫政辦發〔2024〕24號 §二(二)' },
  R9: { title: 'Credit classes A/B/C/D and unrated', source: '永川市监函〔2024〕48号 §三(一)' },
  R10: { title: 'Colour codes red/yellow/green', source: '永川市监函〔2024〕48号 §一(五)' },
  R11: { title: 'Ratio and frequency follow risk', source: '庆阳一业一查 §一(二); 闵府办发〔2024〕15号 §三(三)4, §三(五)2; 錫政辦發〔2024〕24號 §二(五); 沈政发〔2017〕59号 §四(十二)' },
  R12: { title: 'Exempt by trust (守信免查)', source: '庆阳一业一查 §一(二)' },
  R13: { title: 'Flexible-supervision white list', source: '錫政辦發〔2024〕24號 §二(五)' },
  R14: { title: 'Red and black lists', source: '沈政发〔2017〕59号 §二(六)-(七)' },
  R15: { title: 'Merge duplicate targets into joint tasks', source: '錫政辦發〔2024〕24號 §二(二); 沈政发〔2017〕59号 §三(九)' },
  R16: { title: 'One lead department', source: '庆阳一业一查 §二(一); 錫政辦發〔2024〕24號 §二(一)' },
  R17: { title: 'Once for everything', source: '庆阳一业一查 §二(三); 錫政辦發〔2024〕24號 §二(二)' },
  R18: { title: 'Checked once across levels', source: '錫政辦發〔2024〕24號 §二(四)' },
  R19: { title: 'Inspectors drawn at random (second random)', source: '永川市监函〔2024〕48号 §一(三); 沈政发〔2017〕59号 §三(十)' },
  R20: { title: 'Same-year exemption', source: '錫政辦發〔2024〕24號 §二(二), §二(三)' },
  R21: { title: 'Outcomes of an inspection', source: '庆阳一业一查 §二(四); 永川市监函〔2024〕48号 §一(五), §三(二)' },
  R22: { title: 'Abnormal operation', source: '永川市监函〔2024〕48号 §一(五), §三(二)' },
  R23: { title: 'Publication (一公开)', source: '沈政发〔2017〕59号 §三(九); 永川市监函〔2024〕48号 §一(五)' },
  R24: { title: 'Non-random inspections are filed within 5 working days', source: '永川市监函〔2024〕48号 §二(二)' },
  R25: { title: 'Timetable', source: '沈政发〔2017〕59号 §三(九); 庆阳一业一查 §三; 永川市监函〔2024〕48号 §一(四)' },
  R26: { title: 'Advance notice', source: '庆阳一业一查 §二(三)' },
  R27: { title: 'A draw anyone can check', source: '永川市监函〔2024〕48号 §一(一), §一(三); 沈政发〔2017〕59号 §四(十三)' },
  R28: { title: 'Measures of success', source: '永川市监函〔2024〕48号 §二; 錫政辦發〔2024〕24號 §三(二)' },
  R32: { title: 'Items not told in advance; an unannounced visit is public only after it', source: '庆阳一业一查 §二(三)' },
  N1: { title: 'At least two certified inspectors', source: '行政处罚法 (2021) art. 42' },
  N2: { title: 'Recusal on conflict of interest', source: '行政处罚法 (2021) art. 43' },
  N3: { title: 'Deadlines in working days', source: '行政处罚法 (2021) art. 85; 国务院办公厅节假日安排通知' },
  N4: { title: 'Publication within 20 working days', source: '企业信息公示暂行条例 (2024) art. 6, art. 14' },
  N5: { title: 'Credit-risk classes A–D', source: '国市监信发〔2022〕6号' },
  N6: { title: 'Key and general items', source: '国市监信〔2019〕38号' },
  N7: { title: 'Directed and undirected draws', source: '国市监信〔2019〕38号; 市场监管总局令第101号 (2025)' },
  N8: { title: 'Yearly caps on inspections per enterprise', source: '国办发〔2024〕54号' },
  N9: { title: 'Abnormal-operation list', source: '企业信息公示暂行条例; 经营异常名录管理办法' },
  N10: { title: 'Unified social credit code', source: 'GB 32100-2015' },
});
