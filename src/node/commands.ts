import { formatIssue, type Locale } from '../messages/formatIssue.js';
import type { InputError } from '../model/issues.js';
import { parsePlanningInput } from '../input/parsePlanningInput.js';
import type { PlanningInput } from '../model/types.js';
import { planDraw } from '../plan/planDraw.js';
import { planPeriod } from '../plan/planPeriod.js';
import { verifyDraw } from '../plan/verifyDraw.js';
import { verifyPlan } from '../plan/verifyPlan.js';
import { generateDirectory } from '../testing/generateDirectory.js';
import { writeAll, type CliIo } from './io.js';
import { InputFileError, readInput } from './readInput.js';
import { progressBar } from './progressBar.js';
import { publicationRecords } from '../publication/publicationRecords.js';
import type { InspectionResult } from '../escalation/types.js';
import type { Plan } from '../plan/types.js';
import { noticeOf } from './notice/notice.js';
import { noticeHtml } from './notice/html.js';
import { noticeCsv } from './notice/csv.js';
import type { OnProgress } from '../model/progress.js';

/** Exit codes: done (or a valid record), a record that does not verify, unusable input. */
export const EXIT = { ok: 0, differs: 1, unusable: 2 } as const;

/** What every command shares. */
export interface Context {
  readonly io: CliIo;
  readonly locale: Locale;
}

const SAY: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  refused: { en: 'the input is refused:', 'zh-CN': '输入未通过校验：' },
  valid: { en: 'valid: the record is what the seed and the input give', 'zh-CN': '核验通过：记录与种子和输入重新抽取的结果一致' },
  differs: { en: 'NOT valid: the record differs from the replay in', 'zh-CN': '核验未通过：记录与重新抽取的结果不一致，差异处：' },
  notJson: { en: 'cannot read', 'zh-CN': '无法读取' },
  truncated: { en: '… more differences not listed', 'zh-CN': '……更多差异未列出' },
};

/** Prints an input error in the locale and gives the exit code for unusable input. */
function refuse(ctx: Context, error: InputError): number {
  ctx.io.err(`${SAY['refused']?.[ctx.locale] ?? ''}\n${formatIssue(error, { locale: ctx.locale })}\n`);
  return EXIT.unusable;
}

/** The `onProgress` option of a bar, when it shows one. */
const withProgress = (bar: ReturnType<typeof progressBar>): { onProgress?: OnProgress } => (bar.onProgress === undefined ? {} : { onProgress: bar.onProgress });

/** Why a file could not be read, in a line: no such file, not JSON at line n… */
function fileProblem(file: string, error: unknown): string {
  if (error instanceof InputFileError) return error.message;
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EISDIR') return `${file}: a folder, not a file`;
  return `${file}: ${(error as Error).message}`;
}

/** Reads and validates a planning input, or says why not (exit 2). */
export async function loadInput(ctx: Context, file: string): Promise<PlanningInput | number> {
  let raw: unknown;
  try {
    raw = await readInput(file, ctx.io);
  } catch (error) {
    ctx.io.err(`${SAY['notJson']?.[ctx.locale] ?? ''} ${fileProblem(file, error)}\n`);
    return EXIT.unusable;
  }
  const bar = progressBar(ctx.io);
  const parsed = parsePlanningInput(raw, bar.onProgress === undefined ? {} : { onProgress: bar.onProgress });
  bar.done();
  return parsed._tag === 'Left' ? refuse(ctx, parsed.left) : parsed.right;
}

/** Writes a value as JSON to `--out` or standard output. */
export async function emit(ctx: Context, value: unknown, out: string | undefined): Promise<number> {
  await writeAll(ctx.io.sink(out), [`${JSON.stringify(value, null, 2)}\n`]);
  return EXIT.ok;
}

/** `double-random plan`: the whole batch (planPeriod) as JSON. */
export async function planCommand(ctx: Context, file: string, options: { readonly seed: string; readonly triggered?: string; readonly out?: string }): Promise<number> {
  const input = await loadInput(ctx, file);
  if (typeof input === 'number') return input;
  const triggered = options.triggered === undefined ? undefined : await readJson(ctx, options.triggered);
  if (typeof triggered === 'number') return triggered;
  const bar = progressBar(ctx.io);
  const plan = planPeriod(input, { seed: options.seed, ...(triggered === undefined ? {} : { triggered: triggered as never }), ...withProgress(bar) });
  bar.done();
  return plan._tag === 'Left' ? refuse(ctx, plan.left) : emit(ctx, plan.right, options.out);
}

/** `double-random draw`: the draw record (planDraw's `record`) as JSON. */
export async function drawCommand(ctx: Context, file: string, options: { readonly seed: string; readonly out?: string }): Promise<number> {
  const input = await loadInput(ctx, file);
  if (typeof input === 'number') return input;
  const bar = progressBar(ctx.io);
  const plan = planDraw(input, { seed: options.seed, ...withProgress(bar) });
  bar.done();
  return plan._tag === 'Left' ? refuse(ctx, plan.left) : emit(ctx, plan.right.record, options.out);
}

/** A JSON file, or the exit code after saying why it cannot be read. */
async function readJson(ctx: Context, file: string): Promise<unknown> {
  try {
    return await readInput(file, ctx.io);
  } catch (error) {
    ctx.io.err(`${SAY['notJson']?.[ctx.locale] ?? ''} ${fileProblem(file, error)}\n`);
    return EXIT.unusable;
  }
}

/**
 * `double-random verify`: replays a published draw record, or a whole plan, from the seed and the
 * input; exit 0 when it is what they give, 1 with each difference on its own line, 2 when the
 * input or the record cannot be used.
 */
export async function verifyCommand(ctx: Context, file: string, recordFile: string, options: { readonly seed: string }): Promise<number> {
  const input = await loadInput(ctx, file);
  if (typeof input === 'number') return input;
  const published = await readJson(ctx, recordFile);
  if (published === EXIT.unusable) return EXIT.unusable;
  const isPlan = typeof published === 'object' && published !== null && 'draw' in published && 'tasks' in published;
  const bar = progressBar(ctx.io);
  const verdict = isPlan ? verifyPlan(published, input, { seed: options.seed, ...withProgress(bar) }) : verifyDraw(published, input, { seed: options.seed, ...withProgress(bar) });
  bar.done();
  if (verdict.valid) {
    ctx.io.out(`${SAY['valid']?.[ctx.locale] ?? ''}\n`);
    return EXIT.ok;
  }
  ctx.io.out(`${SAY['differs']?.[ctx.locale] ?? ''}\n`);
  for (const d of verdict.differences) ctx.io.out(`${d.path}: expected ${d.expected}, found ${d.found}\n`);
  if (verdict.truncated) ctx.io.out(`${SAY['truncated']?.[ctx.locale] ?? ''}\n`);
  return EXIT.differs;
}

/** `double-random generate`: a synthetic input, as JSON or NDJSON (the head, then one enterprise per line). */
export async function generateCommand(ctx: Context, options: { readonly size: number; readonly seed: string; readonly format: 'json' | 'ndjson'; readonly out?: string }): Promise<number> {
  const input = generateDirectory({ size: options.size, seed: options.seed });
  if (options.format === 'json') return emit(ctx, input, options.out);
  const { enterprises, ...head } = input;
  function* lines(): Generator<string> {
    yield `${JSON.stringify(head)}\n`;
    for (const e of enterprises) yield `${JSON.stringify(e)}\n`;
  }
  await writeAll(ctx.io.sink(options.out), lines());
  return EXIT.ok;
}

/**
 * `double-random notice`: the public notice of a plan (and the results published so far) as one
 * self-contained HTML page or as CSV for Excel (UTF-8 with a BOM). The input gives the names.
 */
export async function noticeCommand(ctx: Context, planFile: string, resultsFile: string | undefined, options: { readonly input: string; readonly format: 'html' | 'csv'; readonly out?: string }): Promise<number> {
  const input = await loadInput(ctx, options.input);
  if (typeof input === 'number') return input;
  const plan = await readJson(ctx, planFile);
  if (plan === EXIT.unusable) return EXIT.unusable;
  const results = resultsFile === undefined ? [] : await readJson(ctx, resultsFile);
  if (results === EXIT.unusable) return EXIT.unusable;
  const published = publicationRecords(plan as Plan, results as InspectionResult[], { input });
  if (published._tag === 'Left') return refuse(ctx, published.left);
  const names = new Map(input.enterprises.map((e) => [e.uscc as string, e.name]));
  const notice = noticeOf(plan as Plan, published.right, (uscc) => names.get(uscc) ?? '');
  await writeAll(ctx.io.sink(options.out), [options.format === 'html' ? noticeHtml(notice) : noticeCsv(notice)]);
  return EXIT.ok;
}
