import type { IssueCode, Warning } from '../model/issues.js';

/** One text in each locale the library speaks. */
export interface Texts {
  readonly en: string;
  readonly 'zh-CN': string;
}

/**
 * What each issue code means, in the operator's words (抽查事项, 检查对象名录库, 统一社会信用代码…)
 * and in English. The structured fields of an issue (what was expected, the bound, the key that was
 * meant) are added by `formatIssue`; the English rendering also keeps the issue's own message.
 */
export const ISSUE_TEXTS: Readonly<Record<IssueCode, Texts>> = {
  'schema/invalid_type': { en: 'wrong type of value', 'zh-CN': '数据类型不对' },
  'schema/too_small': { en: 'too small', 'zh-CN': '数值过小或内容过少' },
  'schema/too_big': { en: 'too big', 'zh-CN': '数值过大或内容过多' },
  'schema/invalid_value': { en: 'not one of the allowed values', 'zh-CN': '取值不在允许范围内' },
  'schema/invalid_format': { en: 'wrong format', 'zh-CN': '格式不对' },
  'schema/not_multiple_of': { en: 'not a multiple of the step', 'zh-CN': '数值不是规定步长的整数倍' },
  'schema/unrecognized_keys': { en: 'unknown key', 'zh-CN': '存在无法识别的字段' },
  'schema/misspelt-key': { en: 'misspelt key', 'zh-CN': '字段名拼写有误' },
  'schema/invalid': { en: 'invalid value', 'zh-CN': '数据无效' },
  'schema/invalid_union': { en: 'matches none of the allowed forms', 'zh-CN': '不符合任何一种允许的格式' },
  'schema/invalid_key': { en: 'invalid key', 'zh-CN': '键名无效' },
  'schema/invalid_element': { en: 'invalid element', 'zh-CN': '列表中有无效的元素' },
  'schema/custom': { en: 'invalid value', 'zh-CN': '数据不符合要求' },
  'input/not-validated': { en: 'not a validated planning input: pass it through parsePlanningInput first', 'zh-CN': '不是经过校验的规划输入：请先用 parsePlanningInput 校验平台导出的数据，再使用其结果' },
  'seed/invalid': { en: 'unusable public seed', 'zh-CN': '随机种子不可用：种子须为非空文本，首尾无空格，不含控制字符或不可见字符，并采用 Unicode NFC 规范形式（数字种子请写成文本，以免丢失位数）' },
  'id/empty': { en: 'empty id', 'zh-CN': '编号为空或首尾有空格' },
  'id/invisible-character': { en: 'id with an invisible or control character, or a space other than U+0020', 'zh-CN': '编号中含有不可见字符、控制字符或普通空格以外的空格（如零宽空格、不间断空格），会与看起来相同的编号被当作两个不同的编号' },
  'id/not-nfc': { en: 'id not in Unicode NFC', 'zh-CN': '编号未采用 Unicode NFC 规范形式，同一文字有两种写法' },
  'date/invalid': { en: 'not a calendar date YYYY-MM-DD', 'zh-CN': '日期应写作 YYYY-MM-DD（如 2024-05-01），且须为实际存在的日期' },
  'industry/invalid': { en: 'not a GB/T 4754 industry code', 'zh-CN': '行业代码不符合《国民经济行业分类》（GB/T 4754）' },
  'region/invalid': { en: 'not a six-digit administrative division code', 'zh-CN': '行政区划代码应为六位数字（GB/T 2260）' },
  'uscc/type': { en: 'unified social credit code is not a string', 'zh-CN': '统一社会信用代码应为文本' },
  'uscc/length': { en: 'unified social credit code of the wrong length', 'zh-CN': '统一社会信用代码应为 18 位' },
  'uscc/lowercase': { en: 'lower-case letter in a unified social credit code', 'zh-CN': '统一社会信用代码中的字母应为大写' },
  'uscc/forbidden-character': { en: 'character not allowed in a unified social credit code', 'zh-CN': '统一社会信用代码含有不允许的字符（不使用 I、O、Z、S、V，也不使用全角字符或空格）' },
  'uscc/division': { en: 'administrative division code (positions 3–8) not all digits', 'zh-CN': '统一社会信用代码第 3–8 位（登记管理机关行政区划码）应为数字' },
  'uscc/check-character': { en: 'wrong check character', 'zh-CN': '统一社会信用代码校验位错误（可能有错字或抄错）' },
  'duplicate/uscc': { en: 'enterprise listed twice', 'zh-CN': '同一统一社会信用代码出现了两次（每个企业只列一次）' },
  'duplicate/department': { en: 'department listed twice', 'zh-CN': '部门编号重复' },
  'duplicate/inspector': { en: 'inspector listed twice', 'zh-CN': '执法检查人员编号重复' },
  'duplicate/item': { en: 'item listed twice', 'zh-CN': '同一抽查事项出现了两次（事项编号不得重复，同一次检查中每个事项只查一次）' },
  'duplicate/joint-list': { en: 'joint list listed twice', 'zh-CN': '联合抽查事项清单编号重复' },
  'duplicate/draw': { en: 'draw id used twice', 'zh-CN': '抽查任务编号重复' },
  'duplicate/task': { en: 'task id used twice', 'zh-CN': '检查任务编号重复' },
  'duplicate/field': { en: 'field given twice', 'zh-CN': '同一领域列了两次（每个领域只列一次）' },
  'reference/department': { en: 'unknown department', 'zh-CN': '引用的部门不在部门名单中' },
  'reference/item': { en: 'unknown item', 'zh-CN': '引用的抽查事项不在抽查事项清单中' },
  'reference/enterprise': { en: 'unknown enterprise', 'zh-CN': '引用的企业不在检查对象名录库中' },
  'joint-list/lead-not-member': { en: 'lead department not on its joint list', 'zh-CN': '牵头部门不在该联合抽查事项清单的部门之中' },
  'joint-list/item-department': { en: 'item of a department not on the joint list', 'zh-CN': '清单中的抽查事项属于未参加该联合抽查的部门' },
  'joint-list/department-without-item': { en: 'department with no item for the field', 'zh-CN': '该部门在此重点领域的行业中没有可随机抽查的事项' },
  'joint-list/lead-without-item': { en: 'lead department with no item for the field', 'zh-CN': '牵头部门在此重点领域的部分行业中没有可随机抽查的事项，无法牵头这些行业的检查' },
  'joint-list/overlap': { en: 'industry already covered by another joint list', 'zh-CN': '该行业已有联合抽查事项清单（一业一查：每个行业只有一张清单，请删去其中一张）' },
  'period/empty-window': { en: 'empty batch window', 'zh-CN': '批次时间为空：结束日期早于开始日期' },
  'period/outside-year': { en: 'date outside the period’s year', 'zh-CN': '日期不在抽查年度之内' },
  'period/batch': { en: 'batch beyond the policy’s batches', 'zh-CN': '批次超出抽查政策规定的每年批次数' },
  'policy/team-size': { en: 'team below two certified officers, or an escalated team below the minimum team', 'zh-CN': '检查组人数不足：每次检查至少由两名持证执法人员进行' },
  'calendar/unknown-year': { en: 'year without a holiday calendar', 'zh-CN': '缺少该年度的节假日安排，无法计算工作日（请提供该年度的节假日安排，或按周末计算）' },
  'draw/department-without-item': { en: 'drawing department with no item in random scope', 'zh-CN': '参加抽查的部门在此高风险领域的行业中没有可随机抽查的事项：抽中的企业将无人检查' },
  'draw/kind-without-item': { en: 'draw kind with no item in random scope', 'zh-CN': '抽查任务的事项类别中没有可随机抽查的事项' },
  'draw/single-department': { en: 'single-department random task not allowed', 'zh-CN': '抽查政策不允许单个部门单独发起随机抽查：该高风险领域至少需要两个部门' },
  'task/foreign-item': { en: 'item of a department not on the task', 'zh-CN': '检查任务中的抽查事项属于未参加该任务的部门' },
  'task/lead': { en: 'lead department not first', 'zh-CN': '牵头部门应列在任务部门的第一位' },
  'task/no-items': { en: 'task without items', 'zh-CN': '检查任务没有抽查事项' },
  'task/reason': { en: 'unknown reason of a visit', 'zh-CN': '检查原因无法识别（应为随机抽查、投诉举报、转办交办、案件线索或专项行动）' },
  'task/triggered-random': { en: 'triggered task with the random reason', 'zh-CN': '触发检查任务的原因不能是随机抽查：随机任务只来自抽取' },
  'split/counts': { en: 'shard counts that cannot come from a classification', 'zh-CN': '分片报送的分层计数有误（分层重复、分层键无法识别或不可能出现、没有成员，或可抽取数、已抽数多于成员数）' },
  'split/duplicate-candidate': { en: 'enterprise sent twice by the shards', 'zh-CN': '同一企业被重复报送（在同一抽查任务中出现两次，或既是候选企业又属于全覆盖检查）' },
  'split/forged-ticket': { en: 'ticket that is not the enterprise’s under the seed', 'zh-CN': '报送的随机号与该企业在此种子下的随机号不符（可能被篡改）' },
  'split/missing-candidates': { en: 'shards that sent fewer candidates than needed', 'zh-CN': '分片报送的候选企业少于应抽数量' },
  'split/no-shards': { en: 'split draw without shards', 'zh-CN': '分片抽取至少需要一个分片' },
  'split/quotas': { en: 'quotas that splitQuotas cannot have given', 'zh-CN': '抽查名额表有误（分层重复或未按分层键排序、分层键无法识别，或名额多于该层企业数）' },
  'split/shards-disagree': { en: 'shards that disagree', 'zh-CN': '各分片的数据相互矛盾' },
  'split/too-many-candidates': { en: 'more candidates than the quota', 'zh-CN': '报送的候选企业多于该层的名额' },
  'split/unknown-stratum': { en: 'stratum not in the quotas', 'zh-CN': '报送的分层不在抽查名额之中' },
  'escalation/no-recipients': { en: 'nobody to notify', 'zh-CN': '发现行业性、区域性严重违法或重大隐患须通报相关部门，但本次由一个部门单独检查，没有可通报的部门：请在通报部门（notify）中列出该行业联合抽查的部门' },
  'result/no-findings': { en: 'an operating enterprise inspected without findings', 'zh-CN': '正常经营的企业接受检查后，每个检查的抽查事项都应填写检查结果，至少一项' },
  'result/publicity-mismatch': { en: 'publicity category the result contradicts', 'zh-CN': '所填公示结果类型与检查结果不符（检查发现、联系情况或重大隐患不支持该类型）' },
  'result/unreachable-with-findings': { en: 'findings on an enterprise that could not be reached', 'zh-CN': '通过登记的住所无法联系的企业未实际检查，不应填写检查发现（应为空）' },
  'sheet/blank-rows': { en: 'blank rows on a filled sheet', 'zh-CN': '检查表中有未填写检查结果的行' },
  'sheet/duplicate-row': { en: 'row filled twice', 'zh-CN': '检查表中同一事项填写了两次' },
  'sheet/no-date': { en: 'sheet without a date', 'zh-CN': '检查表没有计划检查日期：请填写实际检查日期' },
  'sheet/no-item': { en: 'a visit checks at least one item', 'zh-CN': '检查任务没有抽查事项：每次检查至少要有一个抽查事项' },
  'sheet/unknown-item': { en: 'row not on the sheet', 'zh-CN': '填写的事项不在该检查表上' },
  'sheet/unreachable-findings': { en: 'findings on an enterprise that could not be reached', 'zh-CN': '通过登记的住所无法联系的企业未实际检查，检查表各行应保持空白' },
  'annual-plan/window': { en: 'unusable batch window', 'zh-CN': '年度计划的批次时间不合理（批次不得超出每年批次数，每个批次只有一段时间，须在该年度内、开始不晚于结束，且与其他批次不重叠）' },
  'public-code/full': { en: 'too many for a public code', 'zh-CN': '随机代码位数不够：同一注册月份的企业超过 100 万家、同一部门的执法人员超过 1000 人，或部门超过 99 个' },
  'publication/before-period': { en: 'visit before its batch', 'zh-CN': '检查日期早于本批次开始日期' },
  'publication/duplicate': { en: 'second result of a task', 'zh-CN': '同一检查任务公示了两个结果' },
  'publication/no-task': { en: 'result of no task of the plan', 'zh-CN': '该检查结果在抽查计划中没有对应的检查任务' },
  'publication/other-input': { en: 'input other than the plan’s', 'zh-CN': '所给的规划输入不是生成该抽查计划时的输入（摘要不符）' },
  'publication/plan-differs': { en: 'plan that does not verify', 'zh-CN': '该抽查计划与公布的随机种子、抽取方案和登记的触发检查任务重新安排的结果不一致，不予公示' },
  'publication/unplannable': { en: 'result of a task never staffed', 'zh-CN': '该检查任务未能安排（没有随机抽取的执法人员），不应有检查结果' },
  'publication/future-result': { en: 'result dated after the day of publication', 'zh-CN': '检查日期晚于公示发布日期：尚未进行的检查没有结果，公示其日期会泄露不事先告知的检查时间' },
  'publication/predictable-visits': { en: 'unannounced visits whose dates the public seed gives', 'zh-CN': '计划未使用检查保密码（secret），不事先告知的检查日期可由公开的随机种子推算，检查前不得公示：请用 secret 重新安排，或在检查后公示' },
  'publication/task-mismatch': { en: 'result that contradicts its task', 'zh-CN': '检查结果与检查任务不一致（牵头部门、检查原因或参加部门不同）' },
};

/**
 * Chinese texts of a code that is produced for more than one thing, by the issue's rule
 * (`policy/team-size`: the law's two officers, N1, or the escalated team of classes C and D, R9)
 * or by the first key of its path (`joint-list/lead-not-member` on a joint list, a check sheet's
 * task or an inspection result). The text of {@link ISSUE_TEXTS} serves every other case.
 */
export const ZH_VARIANTS: Readonly<Partial<Record<IssueCode, Readonly<Record<string, string>>>>> = {
  'policy/team-size': {
    R9: '加强检查组人数小于检查组人数：对 C 类、D 类企业加强检查时，检查组人数不得少于一般检查',
  },
  'joint-list/lead-not-member': {
    fields: '牵头部门不在该重点领域的部门之中',
    task: '牵头部门应列在检查任务部门的第一位',
    lead: '牵头部门不在参加检查的部门之中',
  },
  'reference/item': {
    findings: '该抽查事项不属于本次检查任务',
    labResults: '检验检测结果所属的抽查事项不属于本次检查任务',
  },
  'duplicate/item': {
    task: '检查任务中同一抽查事项列了两次（每个事项只查一次）',
    findings: '同一抽查事项有两条检查发现（每个事项只查一次）',
  },
  'duplicate/uscc': {
    enterprises: '检查对象名录库中同一统一社会信用代码出现了两次（每个企业只列一次）',
    codes: '同一统一社会信用代码在该层中列了两次（每个企业只列一次）',
  },
  'sheet/unknown-item': {
    labResults: '检验检测结果所属的事项不在该检查表上',
  },
};

/** What each warning means (a plan with warnings is still a plan). */
export const WARNING_TEXTS: Readonly<Record<Warning['code'], Texts>> = {
  'directory/empty': { en: 'the directory has no enterprise: nothing is drawn', 'zh-CN': '检查对象名录库为空：本次没有抽取任何企业' },
  'period/no-working-day': { en: 'the batch window has no working day: every visit is unplannable', 'zh-CN': '本批次检查时间内没有工作日：所有检查都无法安排' },
  'policy/joint-share-unreachable': { en: 'the joint lists cannot meet the joint-share target', 'zh-CN': '联合抽查占比未达目标：抽中的企业中属于有两个及以上部门的联合抽查清单（一业一查）的太少，请增加或扩大联合抽查清单' },
  'draw/empty-population': { en: 'no enterprise is a member of this draw', 'zh-CN': '没有企业属于该抽查任务的范围：其抽查范围或名录使其为空' },
  'plan/predictable-visits': { en: 'unannounced visits dated from the public seed alone', 'zh-CN': '未使用检查保密码（secret）：不事先告知的检查日期可由公开的随机种子推算，检查前不能公示本计划' },
};
