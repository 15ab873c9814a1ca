import { RULES, type RuleId } from '../model/rules.js';
import { citationZh } from './citations.js';
import type { Locale } from './formatIssue.js';
import type { Texts } from './issueTexts.js';

/** A record as `formatIssue` receives it: any object, read field by field. */
export type Fields = Readonly<Record<string, unknown>>;

const has = <T extends object>(table: T, key: unknown): key is keyof T => typeof key === 'string' && Object.hasOwn(table, key);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * The rule behind a decision, as an operator reads it: in English its id and title, in Chinese its
 * id and the document it comes from, articles in Chinese (`〔依据 N1：行政处罚法（2021 年）第四十二条〕`).
 * Nothing for a value that is not a rule id.
 *
 * @example
 * ```ts
 * ruleText('N1', 'zh-CN'); // '〔依据 N1：行政处罚法（2021 年）第四十二条〕'
 * ruleText('N1', 'en'); // ' [N1: At least two certified inspectors]'
 * ```
 */
export function ruleText(rule: unknown, locale: Locale): string {
  if (!has(RULES, rule)) return '';
  const id: RuleId = rule;
  return locale === 'en' ? ` [${id}: ${RULES[id].title}]` : `〔依据 ${id}：${citationZh(RULES[id].source)}〕`;
}

/** `label value` for each value that is a non-empty string or a number, joined: the identifying fields of a record. */
function labelled(pairs: readonly (readonly [string, unknown])[], separator: string): string {
  return pairs
    .filter(([, value]) => (typeof value === 'string' && value !== '') || typeof value === 'number')
    .map(([label, value]) => `${label} ${String(value)}`)
    .join(separator);
}

/** `head (about): ` in English, `head（about）：` in Chinese; nothing when both are empty. */
function subjectOf(head: string, about: string, en: boolean): string {
  if (head === '' && about === '') return '';
  const bracket = about === '' ? '' : en ? `${head === '' ? '' : ' '}(${about})` : `（${about}）`;
  return `${head}${bracket}${en ? ': ' : '：'}`;
}

/**
 * A task that cannot be staffed (an `Unplannable`), naming the task, its enterprise, and the
 * department and kind of check that could not be staffed, then the reason and the rule; the
 * English text keeps the library's own sentence.
 *
 * @example
 * ```ts
 * unplannableText({ task: 't1', enterprise: '91350100M000100Y43', reason: 'all-recused', rule: 'N2', department: 'samr', message: '…' },
 *   { en: 'every qualified inspector is recused', 'zh-CN': '具备资格的执法人员均需回避' }, 'zh-CN');
 * // '检查任务 t1（企业 91350100M000100Y43，部门 samr）：具备资格的执法人员均需回避〔依据 N2：…〕'
 * ```
 */
export function unplannableText(item: Fields, texts: Texts, locale: Locale): string {
  const en = locale === 'en';
  const task = text(item['task']);
  const about = labelled([[en ? 'enterprise' : '企业', item['enterprise']], [en ? 'department' : '部门', item['department']], [en ? 'kind' : '事项类别', item['kind']]], en ? ', ' : '，');
  const subject = subjectOf(task === '' ? '' : `${en ? 'task' : '检查任务'} ${task}`, about, en);
  const message = text(item['message']);
  const body = en ? `${texts.en}${message === '' ? '' : `: ${message}`}` : texts['zh-CN'];
  return `${subject}${body}${ruleText(item['rule'], locale)}`;
}

/**
 * A drawn inspector passed over (a `SkippedInspector`): who, of which department, at which place
 * in the department's random order, and why.
 *
 * @example
 * ```ts
 * skippedText({ inspector: 'insp-7', department: 'samr', draw: 3, reason: 'recused', rule: 'N2' },
 *   { en: 'recused: declared a conflict with the enterprise', 'zh-CN': '与检查对象有利害关系，回避' }, 'zh-CN');
 * // '执法检查人员 insp-7（部门 samr，随机顺序第 3 位）：与检查对象有利害关系，回避〔依据 N2：…〕'
 * ```
 */
export function skippedText(item: Fields, texts: Texts, locale: Locale): string {
  const en = locale === 'en';
  const inspector = text(item['inspector']);
  const draw = typeof item['draw'] === 'number' ? (en ? `drawn #${item['draw']}` : `随机顺序第 ${item['draw']} 位`) : '';
  const about = [labelled([[en ? 'department' : '部门', item['department']]], ''), draw].filter((s) => s !== '').join(en ? ', ' : '，');
  const subject = subjectOf(inspector === '' ? '' : `${en ? 'inspector' : '执法检查人员'} ${inspector}`, about, en);
  return `${subject}${texts[locale]}${ruleText(item['rule'], locale)}`;
}

const MODES_ZH: Readonly<Record<string, string>> = { 'no-penalty': '免罚', reduced: '减罚', lighter: '轻罚' };

/** The deadline of an action: its due date and its working days after the inspection. */
function dueText(item: Fields, en: boolean): string {
  const due = text(item['due']);
  const days = typeof item['workingDays'] === 'number' ? item['workingDays'] : undefined;
  if (en) return [due === '' ? '' : `due ${due}`, days === undefined ? '' : `${days} working days after the inspection`].filter((s) => s !== '').join(', ');
  const by = days === undefined ? '' : `检查后 ${days} 个工作日内`;
  const before = due === '' ? '' : `${due} 前`;
  return by === '' && before === '' ? '' : `期限：${[by, before].filter((s) => s !== '').join('，即 ')}`;
}

/**
 * An action after an inspection (an `Action`): what to do, and in brackets the department that
 * does it, the items it concerns, the flexible-enforcement mode, the departments notified (or that
 * adopt lab results), the due date and the deadline in working days; the English text keeps the
 * library's own sentence.
 *
 * @example
 * ```ts
 * actionText({ kind: 'publish', rule: 'N4', department: 'samr', due: '2024-10-28', workingDays: 20, description: '…' },
 *   { en: 'publish on the enterprise credit information publicity system', 'zh-CN': '在国家企业信用信息公示系统公示' }, 'zh-CN');
 * // '在国家企业信用信息公示系统公示（承办部门 samr；期限：检查后 20 个工作日内，即 2024-10-28 前）〔依据 N4：…〕'
 * ```
 */
export function actionText(item: Fields, texts: Texts, locale: Locale): string {
  const en = locale === 'en';
  const adopt = item['kind'] === 'adopt-lab-results';
  const mode = text(item['mode']);
  const parts = [
    labelled([[en ? 'department' : '承办部门', item['department']]], ''),
    list(item['items']).length === 0 ? '' : `${en ? 'items' : '抽查事项'} ${list(item['items']).join(en ? ', ' : '、')}`,
    mode === '' ? '' : en ? `mode ${mode}` : `适用${MODES_ZH[mode] ?? mode}`,
    list(item['recipients']).length === 0 ? '' : `${en ? 'recipients' : adopt ? '互认部门' : '通报部门'} ${list(item['recipients']).join(en ? ', ' : '、')}`,
    dueText(item, en),
  ].filter((s) => s !== '');
  const description = text(item['description']);
  const head = en ? `${texts.en}${description === '' ? '' : `: ${description}`}` : texts['zh-CN'];
  const details = parts.length === 0 ? '' : en ? ` (${parts.join('; ')})` : `（${parts.join('；')}）`;
  return `${head}${details}${ruleText(item['rule'], locale)}`;
}
