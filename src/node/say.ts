import type { Locale } from '../messages/formatIssue.js';
import { InputFileError } from './inputScanner.js';

/** The command-line tool's own sentences, in both locales (the library's issues go through formatIssue). */
type Key = 'refused' | 'valid' | 'validPlan' | 'differs' | 'forgedPlan' | 'unchecked' | 'cannotRead' | 'cannotWrite' | 'truncated' | 'noSuchFile' | 'folder' | 'bothStdin' | 'notRecord' | 'badSeed' | 'badDate' | 'codesUnused' | 'codeSeedMissing' | 'noAuthority' | 'codeSeedIsSeed' | 'badShape' | 'calendarYears';
const TEXTS: Readonly<Record<Key, Readonly<Record<Locale, string>>>> = {
  refused: { en: 'the input is refused:', 'zh-CN': '输入未通过校验：' },
  valid: { en: 'valid: the record is what the seed and the input give', 'zh-CN': '核验通过：记录与种子和输入重新抽取的结果一致' },
  validPlan: { en: 'valid: the plan is what the seed and the input give', 'zh-CN': '核验通过：计划与种子和输入重新安排的结果一致' },
  differs: { en: 'NOT valid: the record differs from the replay in', 'zh-CN': '核验未通过：记录与重新抽取的结果不一致，差异处：' },
  forgedPlan: { en: 'the plan is not what its seed and the input give, so it is not published; it differs in', 'zh-CN': '该计划与其种子和输入重新安排的结果不一致，不予公示。差异处：' },
  unchecked: { en: 'note: the triggered tasks were read from the plan itself, not checked against a register: pass --triggered <file> to check them', 'zh-CN': '注意：触发检查任务取自计划本身，未与登记的任务核对；请用 --triggered <文件> 核对' },
  cannotRead: { en: 'cannot read', 'zh-CN': '无法读取' },
  cannotWrite: { en: 'cannot write', 'zh-CN': '无法写入' },
  truncated: { en: '… more differences not listed', 'zh-CN': '……更多差异未列出' },
  noSuchFile: { en: 'no such file', 'zh-CN': '文件不存在' },
  folder: { en: 'a folder, not a file', 'zh-CN': '这是文件夹，不是文件' },
  bothStdin: { en: 'the input and the record cannot both come from standard input (-)', 'zh-CN': '输入和记录不能都来自标准输入（-）' },
  notRecord: { en: 'is not a draw record or a plan (no "algorithm" and no "draw"): is it the input?', 'zh-CN': '不是抽取记录或抽查计划（没有 "algorithm" 或 "draw"）：是否给成了输入文件？' },
  badSeed: { en: 'the announced seed is not usable:', 'zh-CN': '公布的随机种子不可用：' },
  codesUnused: { en: '--code-seed and --pointer are for a policy whose publicIdentity is codes or both; this policy shows names', 'zh-CN': '--code-seed 和 --pointer 仅用于公示代码的方案（publicIdentity 为 codes 或 both）；本方案公示名称' },
  codeSeedMissing: { en: '--code-seed is required: the policy\'s notice shows public codes (R3), publicIdentity', 'zh-CN': '缺少 --code-seed：本方案的公示显示企业公示代码（R3），publicIdentity 为' },
  noAuthority: { en: '--authority is the issuing authority shown in the title: it must not be blank', 'zh-CN': '--authority 为发布单位，显示在标题中，不能为空' },
  codeSeedIsSeed: { en: '--code-seed must not be the draw\'s seed: the codes would then follow from the public seed', 'zh-CN': '--code-seed 不能与抽取的随机种子相同，否则公示代码可由公开的种子推算' },
  calendarYears: { en: 'the holiday calendar that plan counts working days with (N3) has the years', 'zh-CN': 'plan 计算工作日所用的节假日安排（N3）只有以下年份：' },
  badShape: { en: 'cannot generate that input:', 'zh-CN': '无法生成该输入：' },
  badDate: { en: '--date is the day of publication, a calendar date YYYY-MM-DD that exists, not', 'zh-CN': '--date 应为发布日期，格式 YYYY-MM-DD 且确有该日，而不是' },
};

/** One of the tool's sentences in a locale. */
export function say(key: Key, locale: Locale): string {
  return TEXTS[key][locale];
}

/** What to do when the command ran out of memory (`limitMb`: the heap it had). */
export function outOfMemory(locale: Locale, limitMb: number): string {
  const raised = Math.max(8192, 2 ** Math.ceil(Math.log2(2 * limitMb)));
  return locale === 'en'
    ? `out of memory: the command needed more heap than this Node.js allows (${limitMb} MB in all, set by --max-old-space-size or Node's default). Run it with more, for instance NODE_OPTIONS=--max-old-space-size=${raised} double-random …; for a big directory given as JSON, NDJSON reads faster (the input without its enterprises on the first line, then one enterprise per line: see \`double-random generate --format ndjson\`)`
    : `内存不足：该命令所需堆内存超过了本 Node.js 的上限（共 ${limitMb} MB，由 --max-old-space-size 或 Node 默认值决定）。请加大堆内存后重试，例如 NODE_OPTIONS=--max-old-space-size=${raised} double-random …；目录很大且为 JSON 时，NDJSON 读取更快（第一行为不含企业的输入，其后每行一家企业，格式见 \`double-random generate --format ndjson\`）`;
}

/** A difference line of a verification: `path: expected …, found …`, or in Chinese `path：应为 …，实为 …`. */
export function differenceLine(d: { readonly path: string; readonly expected: string; readonly found: string }, locale: Locale): string {
  return locale === 'en' ? `${d.path}: expected ${d.expected}, found ${d.found}` : `${d.path}：应为 ${d.expected}，实为 ${d.found}`;
}

/** Why a file could not be read or written, in a line: no such file, a folder, not JSON at line n, not UTF-8… */
export function fileProblem(file: string, error: unknown, locale: Locale): string {
  if (error instanceof InputFileError) return locale === 'en' ? error.message : `${error.file}${error.line === undefined ? '' : `:${error.line}`}：${error.detailZh}`;
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return `${file}: ${say('noSuchFile', locale)}`;
  if (code === 'EISDIR') return `${file}: ${say('folder', locale)}`;
  return `${file}: ${(error as Error).message}`;
}
