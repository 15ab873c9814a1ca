import type { ReasonCode } from '../eligibility/reasons.js';
import type { ActionKind } from '../escalation/types.js';
import type { SkipReason, UnplannableReason } from '../staffing/types.js';
import type { Texts } from './issueTexts.js';

/** Why an enterprise has its outcome in a draw (R1, R5–R14, R20, R27, N5, N7, N8). */
export const REASON_TEXTS: Readonly<Record<ReasonCode, Texts>> = {
  drawn: { en: 'drawn at random', 'zh-CN': '随机抽中' },
  'drawn-catch-up': { en: 'drawn by the last batch’s catch-up for an industry with nothing drawn this year', 'zh-CN': '本年度该行业尚未抽取，在最后一批补抽中被抽中' },
  'not-drawn': { en: 'eligible, not drawn', 'zh-CN': '纳入抽取范围，未被抽中' },
  'recently-drawn': { en: 'already drawn or jointly inspected this year, so drawn last, and not reached', 'zh-CN': '本年度已被抽中或已接受联合检查，排在最后，未被抽中' },
  'same-year-joint-inspection': { en: 'exempt: a joint or unified inspection of the same kinds this year', 'zh-CN': '本年度已接受同类事项的联合检查或统一检查，同年免检' },
  'over-cap': { en: 'at every drawing department’s yearly cap', 'zh-CN': '已达各抽查部门的年度检查次数上限' },
  'green-code': { en: 'green code: inspected only on a trigger', 'zh-CN': '绿码企业：无投诉举报、转办交办或案件线索不主动检查' },
  'trust-exempt': { en: 'trust-exempt (守信免查)', 'zh-CN': '守信免查：新兴行业低风险企业，无触发不检查' },
  'white-list': { en: 'on the flexible-supervision white list', 'zh-CN': '列入包容审慎监管白名单，无触发不检查' },
  'class-a-trigger-only': { en: 'class A: no proactive on-site check without a trigger', 'zh-CN': 'A 类企业：无触发不主动实施现场检查' },
  'red-code': { en: 'red code: inspected in full coverage', 'zh-CN': '红码企业：全覆盖检查，不参与抽取' },
  'black-list': { en: 'black list: inspected in full coverage', 'zh-CN': '列入黑名单：全覆盖检查，不参与抽取' },
  'no-random-items': { en: 'out of scope: no item in random scope for its industry', 'zh-CN': '不在抽查范围：其行业没有可随机抽查的事项' },
  'no-joint-list': { en: 'out of scope: no joint list covers its industry', 'zh-CN': '不在抽查范围：其行业没有联合抽查事项清单（一业一查），且不允许单部门随机抽查' },
  'outside-directed-draws': { en: 'out of scope: outside every directed draw', 'zh-CN': '不在本批次任何定向抽查任务的范围之内' },
};

/** Why a task cannot be staffed (R19, N1, N2, N3). */
export const UNPLANNABLE_TEXTS: Readonly<Record<UnplannableReason, Texts>> = {
  'no-qualified-inspector': { en: 'no certified inspector qualified for an item', 'zh-CN': '没有具备相应检查资格的持证执法人员' },
  'all-recused': { en: 'every qualified inspector is recused', 'zh-CN': '具备资格的执法人员均需回避' },
  'too-few-inspectors': { en: 'too few inspectors for the team', 'zh-CN': '可派执法人员不足，无法组成检查组' },
  'no-working-day': { en: 'the window has no working day', 'zh-CN': '检查时间段内没有工作日' },
  'no-available-date': { en: 'no working day on which every department can be staffed', 'zh-CN': '检查时间段内没有各部门都能派出人员的工作日' },
};

/** Why a drawn inspector was passed over (R19, N2). */
export const SKIP_TEXTS: Readonly<Record<SkipReason, Texts>> = {
  recused: { en: 'recused: declared a conflict with the enterprise', 'zh-CN': '与检查对象有利害关系，回避' },
  unavailable: { en: 'unavailable that day', 'zh-CN': '当日不能参加检查' },
  'at-capacity': { en: 'at capacity that day', 'zh-CN': '当日检查任务已满' },
  'not-needed': { en: 'not needed: the team was complete', 'zh-CN': '检查组人员已满，未选派' },
};

/** What follows an inspection's outcome (R9, R17, R21–R24, N4, N9). */
export const ACTION_TEXTS: Readonly<Record<ActionKind, Texts>> = {
  archive: { en: 'archive the result', 'zh-CN': '未发现问题，结果归档' },
  'penalty-procedure': { en: 'administrative penalty by legal procedure', 'zh-CN': '发现违法行为，依法立案处罚' },
  'flexible-enforcement': { en: 'flexible enforcement (no, reduced or lighter penalty)', 'zh-CN': '适用免罚、减罚、轻罚清单，实施柔性执法' },
  'report-to-government': { en: 'report to the local government', 'zh-CN': '行业性、区域性严重违法或重大隐患：牵头部门报告政府，由政府组织专项整治' },
  'notify-departments': { en: 'notify the other departments', 'zh-CN': '牵头部门通报相关部门' },
  'abnormal-operation-listing': { en: 'list in the abnormal-operation directory', 'zh-CN': '通过登记的住所无法联系：列入经营异常名录' },
  'support-resumption': { en: 'help it resume operating', 'zh-CN': '未正常经营但能联系：行业主管部门帮助恢复经营' },
  'rating-referral': { en: 'refer for a credit rating', 'zh-CN': '未评级企业：将检查情况移送信用评级' },
  'adopt-lab-results': { en: 'adopt the lab results', 'zh-CN': '检验检测结果各部门互认，不重复检测' },
  'credit-record': { en: 'record under the enterprise’s credit', 'zh-CN': '检查结果记于企业名下，作为信用评价依据' },
  publish: { en: 'publish on the enterprise credit information publicity system', 'zh-CN': '在国家企业信用信息公示系统公示' },
  'file-with-district-bureau': { en: 'file with the district market-supervision bureau', 'zh-CN': '非随机抽查的检查报区市场监管局备案' },
};
