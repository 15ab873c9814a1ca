import type { Outcome, UnplannableTask } from '../plan/types.js';
import type { Action } from '../escalation/types.js';
import { schemaIssues } from '../input/schemas.js';
import { kindOf } from '../internal/argumentIssues.js';
import type { InputError, InputIssue, IssueDetails, Warning } from '../model/issues.js';
import type { SkippedInspector, Unplannable } from '../staffing/types.js';
import { ISSUE_TEXTS, WARNING_TEXTS, ZH_VARIANTS, type Texts } from './issueTexts.js';
import { ACTION_TEXTS, REASON_TEXTS, SKIP_TEXTS, UNPLANNABLE_TEXTS } from './outcomeTexts.js';
import { kindZh, placeZh } from './places.js';
import { quotedZh } from './quoted.js';
import { actionText, ruleText, skippedText, unplannableText, type Fields } from './records.js';
import * as z from 'zod';

/**
 * A language the library's messages are written in: Simplified Chinese for the operators who read
 * them, English for the engineers who wire the library in.
 *
 * @example
 * ```ts
 * import type { Locale } from 'double-random';
 * const locale: Locale = 'zh-CN';
 * ```
 * @category Messages
 * @since 0.1.0
 */
export type Locale = 'zh-CN' | 'en';

/**
 * Options of {@link formatIssue}.
 *
 * @example
 * ```ts
 * import type { FormatOptions } from 'double-random';
 * const options: FormatOptions = { locale: 'zh-CN' };
 * ```
 * @category Messages
 * @since 0.1.0
 */
export interface FormatOptions {
  /** The language: `en` (the default) or `zh-CN`. */
  readonly locale?: Locale;
}

/**
 * Anything the library explains: an input issue or a whole input error, a warning, an enterprise's
 * outcome in a draw, a task that cannot be staffed (the `Unplannable` of staffing, or the
 * `UnplannableTask` of a plan), an inspector passed over, an action after an inspection.
 *
 * @example
 * ```ts
 * import type { Explainable } from 'double-random';
 * const all: Explainable[] = [];
 * ```
 * @category Messages
 * @since 0.1.0
 */
export type Explainable = InputIssue | InputError | Warning | Outcome | Unplannable | UnplannableTask | SkippedInspector | Action;

const optionsSchema = z.strictObject({ locale: z.enum(['zh-CN', 'en']).optional() });

const has = <T extends object>(table: T, key: unknown): key is keyof T => typeof key === 'string' && Object.hasOwn(table, key);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null;

/** The Chinese sentence of a zod bound: 不得小于 0, 至少 1 项, 不得为空… */
function boundZh(d: IssueDetails): string {
  const small = d.minimum !== undefined;
  const limit = small ? d.minimum : d.maximum;
  if (d.origin === 'string') return small && limit === 1 ? '不得为空' : `${small ? '至少' : '至多'} ${String(limit)} 个字符`;
  if (d.origin === 'array' || d.origin === 'set') return small && limit === 1 ? '不得为空列表' : `${small ? '至少' : '至多'} ${String(limit)} 项`;
  const word = small ? (d.inclusive === false ? '必须大于' : '不得小于') : d.inclusive === false ? '必须小于' : '不得大于';
  const share = !small && limit === 1 ? '（比例写作 0 到 1 之间的小数，例如 4% 写作 0.04）' : '';
  return `${word} ${String(limit)}${share}`;
}

/** The structured fields of an issue, in Chinese. */
function detailsZh(issue: Fields): string {
  const d = issue as IssueDetails;
  switch (issue['code']) {
    case 'schema/invalid_type':
      if (d.received === 'undefined') return d.expected === 'a value' ? '：缺少此项' : `：缺少此项（应为${kindZh(text(d.expected))}）`;
      return `：应为${kindZh(text(d.expected))}，实为${kindZh(text(d.received))}`;
    case 'schema/too_small':
    case 'schema/too_big':
      return `：${boundZh(d)}`;
    case 'schema/invalid_value':
      return Array.isArray(d.values) ? `：应为 ${d.values.map((v) => `“${String(v)}”`).join('、')} 之一` : '';
    case 'schema/unrecognized_keys':
      return `：“${text(d.key)}”${d.suggestion === undefined ? '' : `，是否应为“${text(d.suggestion)}”？`}`;
    case 'schema/misspelt-key':
      return `：“${text(d.key)}”应为“${text(d.suggestion)}”（“${text(d.suggestion)}”缺失）`;
    case 'date/invalid':
      return d.expected === undefined ? '' : `：应写作“${text(d.expected)}”`;
    default:
      return typeof d.position === 'number' ? `：第 ${d.position} 位${d.found === undefined ? '' : `为“${text(d.found)}”`}${d.expected === undefined ? '' : `，应为“${text(d.expected)}”`}` : '';
  }
}

/**
 * The Chinese text of an issue: the one for its rule or for the first key of its path when the
 * code is produced for several things ({@link ZH_VARIANTS}), else the code's own.
 */
function textZh(issue: Fields, texts: Texts, path: readonly (string | number)[]): string {
  const variants = has(ZH_VARIANTS, issue['code']) ? ZH_VARIANTS[issue['code']] : undefined;
  const byRule = typeof issue['rule'] === 'string' ? variants?.[issue['rule']] : undefined;
  const bySection = typeof path[0] === 'string' ? variants?.[path[0]] : undefined;
  return byRule ?? bySection ?? texts['zh-CN'];
}

/** An input issue or a warning: where, what (with the values its message quotes), and the rule. */
function issueText(issue: Fields, texts: Texts, locale: Locale): string {
  const path = Array.isArray(issue['path']) ? (issue['path'] as unknown[]).filter((k): k is string | number => typeof k === 'string' || typeof k === 'number') : [];
  const at = text(issue['at']);
  const rule = ruleText(issue['rule'], locale);
  if (locale === 'en') return `${at === '' ? '$' : at}: ${text(issue['message']) || texts.en}${rule}`;
  const what = `${textZh(issue, texts, path)}${quotedZh(issue['code'], issue['message'])}${detailsZh(issue)}`;
  return `${placeZh(path)}：${what}${rule}${at === '' ? '' : `（${at}）`}`;
}

/** A whole input error: one line per issue, and how many were left out. */
function errorText(error: Fields, locale: Locale): string {
  const issues = Array.isArray(error['issues']) ? (error['issues'] as unknown[]) : [];
  const lines = issues.map((issue) => explain(issue, locale));
  const omitted = typeof error['omitted'] === 'number' ? error['omitted'] : 0;
  if (omitted > 0) lines.push(locale === 'en' ? `… and at least ${omitted} more issues` : `……另有至少 ${omitted} 个问题未列出`);
  if (lines.length === 0) return locale === 'en' ? 'invalid input, but the error lists no issue' : '输入有误，但未列出具体问题';
  return lines.join('\n');
}

/** One explained thing in a locale; a value the library did not produce says so. */
function explain(value: unknown, locale: Locale): string {
  const item: Fields = isFields(value) ? value : {};
  const problem = item['problem'];
  if (item['code'] === 'invalid-input') return errorText(item, locale);
  if (has(ISSUE_TEXTS, item['code'])) return issueText(item, ISSUE_TEXTS[item['code']], locale);
  if (has(WARNING_TEXTS, item['code'])) return issueText(item, WARNING_TEXTS[item['code']], locale);
  // An UnplannableTask of a plan: its problem, naming the task.
  if (isFields(problem) && has(UNPLANNABLE_TEXTS, problem['reason'])) return unplannableText({ task: item['id'], ...problem }, UNPLANNABLE_TEXTS[problem['reason']], locale);
  if (has(UNPLANNABLE_TEXTS, item['reason'])) return unplannableText(item, UNPLANNABLE_TEXTS[item['reason']], locale);
  if (has(SKIP_TEXTS, item['reason'])) return skippedText(item, SKIP_TEXTS[item['reason']], locale);
  if (has(ACTION_TEXTS, item['kind'])) return actionText(item, ACTION_TEXTS[item['kind']], locale);
  if (has(REASON_TEXTS, item['reason'])) return `${REASON_TEXTS[item['reason']][locale]}${ruleText(item['rule'], locale)}`;
  return locale === 'en'
    ? `not an issue, warning, outcome, unplannable task, skipped inspector or action of double-random (${kindOf(value)})`
    : `不是本库给出的问题、警告、抽取结论、无法安排的任务、未选派人员或处置措施（${kindZh(kindOf(value))}）`;
}

/**
 * Renders anything the library explains, in Chinese for the operator or in English: an input issue
 * (where it is, in the operator's words, what is wrong with its structured fields and the values
 * its message quotes, the rule and the document it comes from, articles in Chinese), a whole
 * {@link InputError} (one line per issue), a {@link Warning}, an enterprise's {@link Outcome}, an
 * {@link Unplannable} task or a plan's {@link UnplannableTask} (the task, its enterprise, the
 * department and kind that could not be staffed), a {@link SkippedInspector} (the inspector, the
 * department, the place in the draw) or an {@link Action} (the department, items, recipients, due
 * date and working days). Every code has both texts.
 *
 * It never throws: a value the library did not produce is named as such, and unusable options
 * (an unknown locale, a misspelt key) give the English text of that problem instead.
 *
 * @param item - What to explain.
 * @param options - `locale`: `en` (the default) or `zh-CN`.
 * @returns The text: one line, or one line per issue for an input error.
 * @example
 * ```ts
 * import { formatIssue, parsePlanningInput } from 'double-random';
 *
 * const result = parsePlanningInput({ enterprises: [{ uscc: '91350100M000100Y44' }] });
 * if (result._tag === 'Left') {
 *   console.log(formatIssue(result.left, { locale: 'zh-CN' }));
 *   console.log(formatIssue(result.left.issues[0]));
 * }
 * ```
 * @category Messages
 * @since 0.1.0
 */
export function formatIssue(item: Explainable, options: FormatOptions = {}): string {
  const [bad, ...more] = schemaIssues(optionsSchema, options, ['options'], 'R4', true);
  if (bad !== undefined) return [bad, ...more].map((issue) => `formatIssue: ${issue.at}: ${issue.message}`).join('\n');
  return explain(item, options.locale ?? 'en');
}
