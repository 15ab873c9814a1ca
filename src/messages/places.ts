/**
 * Where an issue is, in the operator's words: `$.enterprises[3].uscc` is 检查对象名录库第 4 条的
 * 统一社会信用代码. Names not listed here are shown as they are.
 */
const NAMES_ZH: Readonly<Record<string, string>> = {
  // Sections of the planning input and the arguments of the library's functions.
  enterprises: '检查对象名录库', departments: '部门', inspectors: '执法检查人员名录库', items: '抽查事项',
  jointLists: '联合抽查事项清单', history: '检查记录', policy: '抽查政策', period: '抽查期间', versions: '名录版本',
  input: '规划输入', options: '选项', seed: '随机种子', draws: '抽查任务', triggered: '触发检查任务', calendar: '节假日安排',
  results: '检查结果', result: '检查结果', context: '处置依据', tasks: '检查任务', task: '检查任务', plan: '抽查计划',
  shards: '分片', quotas: '抽查名额', record: '抽取记录', sheet: '检查表', filled: '已填检查表', rows: '检查表行',
  fields: '重点领域清单', field: '领域', assignments: '重点领域分工', windows: '批次时间', query: '查询条件',
  rule: '同年免检规则', codes: '统一社会信用代码列表', k: '抽取数量', n: '工作日数', from: '起始日期', to: '截止日期',
  target: '联合抽查占比目标', counts: '分片计数', members: '抽查对象表名', maxIssues: '问题条数上限', onProgress: '进度回调',
  limit: '列出差异的上限', fallback: '无节假日安排年度的处理方式', inputDigest: '输入摘要', strata: '分层', candidates: '候选企业',
  fullCoverage: '全覆盖检查企业', targets: '抽中企业', placements: '所属抽查任务', library: '本库版本', algorithm: '算法',
  setup: '设置摘要', notify: '通报部门', flexibleLists: '免罚轻罚清单', noPenalty: '免罚清单', reduced: '减罚清单',
  lighter: '轻罚清单', off: '放假日期', workdays: '调休上班日期',
  // Fields.
  uscc: '统一社会信用代码', enterprise: '企业', name: '名称', industry: '行业代码', industries: '行业代码',
  region: '行政区划代码', regions: '行政区划代码', creditClass: '信用等级', creditClasses: '信用等级', colour: '风险码色',
  operatingStatus: '经营状态', registeredOn: '成立日期', jurisdiction: '管辖层级', whiteList: '白名单', trustExempt: '守信免查',
  blackList: '黑名单', id: '编号', department: '部门', lead: '牵头部门', kind: '事项类别', kinds: '事项类别', level: '层级',
  importance: '重要程度', scope: '抽查范围', basis: '检查依据', certified: '执法资格', qualifications: '检查资格',
  unavailable: '不可用日期', capacityPerDay: '每日检查量', conflicts: '回避对象', date: '日期', itemKinds: '事项类别',
  joint: '联合检查', unified: '统一检查', reason: '检查原因', reasons: '检查原因', year: '年度', batch: '批次', start: '开始日期',
  end: '结束日期', ratios: '抽查比例', ratio: '抽查比例', batchesPerYear: '每年批次数', batchMinimumRatio: '每批最低比例',
  rounding: '取整方式', minimumPerStratum: '每层最少抽取数', catchUp: '补抽规则', excludedScopes: '不纳入随机抽查的范围',
  classATriggerOnly: 'A 类仅触发检查', avoidRepeatDraws: '避免重复抽取', caps: '年度检查次数上限', teamSize: '检查组人数',
  escalatedTeamSize: '加强检查组人数', sameYearExemption: '同年免检', jointShareTarget: '联合抽查占比目标',
  singleDepartmentTasks: '单部门抽查', flyingItemShare: '飞行检查事项比例', nonSiteWhereSufficient: '非现场检查',
  annualPlanDue: '年度计划公示日期', filter: '抽查范围', findings: '检查发现', labResults: '检验检测结果', outcome: '检查结论', publicity: '公示结果类型', noAdvanceNotice: '不得事先告知', secret: '检查保密码', secretDigest: '检查保密码摘要',
  majorHazard: '重大隐患', summary: '检查情况', directory: '检查对象名录', coverage: '覆盖方式', minimum: '最少数量',
  item: '抽查事项', mode: '检查方式', enabled: '是否启用', exceptions: '不免检的检查原因', line: '系统', perYear: '每年上限',
  excludeIndustries: '排除的行业', A: 'A 类', B: 'B 类', C: 'C 类', D: 'D 类', unrated: '未评级', yellow: '黄码', status: '抽取状态', draw: '抽查任务', key: '分层键',
  base: '成员数', eligible: '可抽取数', alreadyDrawn: '本年已抽数', population: '可抽取企业数', quota: '名额',
  regular: '常规名额', late: '排在最后', ticket: '随机号', contact: '联系情况', severity: '严重程度', spread: '影响范围',
};

/** The Chinese name of one key of a path: a calendar year is 2025 年; another key is shown as it is. */
function nameZh(key: string): string {
  if (Object.hasOwn(NAMES_ZH, key)) return NAMES_ZH[key] as string;
  return /^\d{4}$/.test(key) ? `${key} 年` : key;
}

/**
 * A path in Chinese: section and field names, and 第 n 条 for the n-th row (1-based, as an operator
 * counts), after a space when the name before it is not Chinese (`somethingNew 第 3 条`). `[]` is 输入本身.
 *
 * @example
 * ```ts
 * placeZh(['enterprises', 3, 'uscc']); // '检查对象名录库第 4 条 · 统一社会信用代码'
 * placeZh(['enterprise', 'creditClass']); // '企业 · 信用等级'
 * ```
 */
export function placeZh(path: readonly (string | number)[]): string {
  if (path.length === 0) return '输入本身';
  const parts: string[] = [];
  for (const key of path) {
    if (typeof key === 'string') parts.push(nameZh(key));
    else {
      const before = parts.pop() ?? '';
      parts.push(`${before}${/[\u3000-\u9fff]$/.test(before) || before === '' ? '' : ' '}第 ${key + 1} 条`);
    }
  }
  return parts.join(' · ');
}

/**
 * The Chinese name of a kind of value, as zod reports it (`string`, `number`…).
 *
 * @example
 * ```ts
 * kindZh('boolean'); // '是/否（布尔值）'
 * ```
 */
export function kindZh(kind: string): string {
  const KINDS: Readonly<Record<string, string>> = {
    string: '文本', number: '数字', boolean: '是/否（布尔值）', object: '对象', array: '列表（数组）', null: '空值（null）',
    undefined: '无（缺少此项）', bigint: '大整数（BigInt）', NaN: '非数字（NaN）', Infinity: '无穷大（超出范围的数字）', date: '日期对象', symbol: '符号', function: '函数',
    int: '整数', integer: '整数', map: '映射（Map）', set: '集合（Set）',
  };
  return Object.hasOwn(KINDS, kind) ? (KINDS[kind] as string) : kind;
}
