import type { ItemScope, Level } from '../model/types.js';

/** Realistic departments of a district, with the topics of their items. */
export interface DepartmentTemplate {
  readonly id: string;
  readonly name: string;
  readonly topics: readonly { readonly topic: string; readonly name: string; readonly scope: ItemScope; readonly key: boolean; readonly industries?: readonly string[] }[];
}

/** Realistic departments of a district; the first eight cover five 一业一查 lists. */
export const DEPARTMENT_TEMPLATES: readonly DepartmentTemplate[] = [
  { id: 'samr', name: '市场监督管理局', topics: [
    // Market entities only (sections A–R): public bodies and social organisations (S) and
    // international organisations (T) are registered elsewhere, so a drawn one has no item (R1).
    { topic: 'registration', name: '登记事项检查', scope: 'general', key: false, industries: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R'] },
    { topic: 'product-quality', name: '产品质量检查', scope: 'general', key: true , industries: ['C', 'F'] },
    { topic: 'food-safety', name: '食品经营检查', scope: 'general', key: true , industries: ['F', 'H'] },
    { topic: 'unlicensed', name: '无证无照经营查处', scope: 'unlicensed', key: false },
  ] },
  { id: 'health', name: '卫生健康委员会', topics: [
    { topic: 'public-hygiene', name: '公共场所卫生检查', scope: 'general', key: true , industries: ['H', 'O', 'R'] },
    { topic: 'medical', name: '医疗机构执业检查', scope: 'general', key: false , industries: ['Q'] },
  ] },
  { id: 'fire', name: '消防救援支队', topics: [
    { topic: 'fire-safety', name: '消防安全检查', scope: 'safety', key: true },
  ] },
  { id: 'culture', name: '文化和旅游委员会', topics: [
    { topic: 'venues', name: '文化娱乐场所检查', scope: 'general', key: false , industries: ['R'] },
    { topic: 'travel-agency', name: '旅行社经营检查', scope: 'general', key: false , industries: ['L', 'R'] },
  ] },
  { id: 'transport', name: '交通运输局', topics: [
    { topic: 'road-transport', name: '道路运输经营检查', scope: 'general', key: true , industries: ['G'] },
  ] },
  { id: 'education', name: '教育委员会', topics: [
    { topic: 'training', name: '校外培训机构检查', scope: 'general', key: false , industries: ['P'] },
  ] },
  { id: 'commerce', name: '商务委员会', topics: [
    { topic: 'prepaid-cards', name: '单用途预付卡检查', scope: 'general', key: false , industries: ['F', 'H', 'O', 'R'] },
  ] },
  { id: 'emergency', name: '应急管理局', topics: [
    { topic: 'work-safety', name: '安全生产检查', scope: 'safety', key: true },
    { topic: 'hazardous', name: '危险化学品经营检查', scope: 'general', key: true , industries: ['C', 'F', 'G'] },
  ] },
  { id: 'ecology', name: '生态环境局', topics: [
    { topic: 'emissions', name: '排污许可检查', scope: 'environment', key: true },
    { topic: 'eia', name: '环评文件执行检查', scope: 'general', key: false , industries: ['B', 'C', 'D'] },
  ] },
  { id: 'housing', name: '住房和城乡建设委员会', topics: [
    { topic: 'construction', name: '建筑市场行为检查', scope: 'general', key: true , industries: ['E'] },
    { topic: 'property', name: '物业服务检查', scope: 'general', key: false , industries: ['K'] },
  ] },
  { id: 'human-resources', name: '人力资源和社会保障局', topics: [
    { topic: 'labour', name: '劳动用工检查', scope: 'general', key: false },
  ] },
  { id: 'agriculture', name: '农业农村委员会', topics: [
    { topic: 'agri-inputs', name: '农资经营检查', scope: 'general', key: true , industries: ['A', 'F'] },
  ] },
];

/** 一业一查 joint lists: industry, lead and cooperating departments (R16). */
export const JOINT_LIST_TEMPLATES: readonly { readonly industry: string; readonly departments: readonly string[] }[] = [
  { industry: 'H', departments: ['samr', 'health', 'fire'] },
  { industry: 'P', departments: ['education', 'samr', 'health', 'fire'] },
  { industry: 'R', departments: ['culture', 'samr', 'fire', 'health'] },
  { industry: 'G54', departments: ['transport', 'samr'] },
  { industry: 'E', departments: ['housing', 'human-resources', 'samr'] },
  { industry: 'F52', departments: ['samr', 'commerce'] },
  { industry: 'A', departments: ['agriculture', 'samr'] },
];

/** Industry sections with weights, skewed as in a real district (retail and wholesale dominate). */
export const INDUSTRY_WEIGHTS: readonly (readonly [string, number])[] = [
  ['F', 340], ['C', 110], ['H', 95], ['M', 60], ['O', 55], ['L', 35], ['I', 45], ['N', 30],
  ['E', 40], ['G', 40], ['R', 25], ['A', 30], ['K', 20], ['P', 15], ['S', 15], ['Q', 10],
  ['J', 10], ['B', 5], ['D', 5], ['T', 1],
];

/** District and town codes (Yongchuan district, Chongqing, 500118). */
export const REGIONS: readonly string[] = ['500118', '500118', '500118', '500151', '500152', '500153'];

export const LEVEL_WEIGHTS: readonly (readonly [Level, number])[] = [['town', 50], ['district', 45], ['city', 5]];

export const NAME_PARTS: readonly string[] = [
  '鑫', '华', '盛', '泰', '兴', '瑞', '达', '源', '恒', '福', '祥', '康', '宏', '嘉', '永', '川', '渝', '利', '新', '金',
];

export const NAME_SUFFIXES: Readonly<Record<string, string>> = {
  A: '农业', B: '矿业', C: '制造', D: '能源', E: '建设', F: '商贸', G: '物流', H: '餐饮', I: '科技', J: '金融服务',
  K: '置业', L: '商务咨询', M: '技术', N: '环境工程', O: '家政服务', P: '教育咨询', Q: '医疗', R: '文化传媒', S: '社会服务', T: '国际组织',
};
