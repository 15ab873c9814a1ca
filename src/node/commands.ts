import { formatIssue, type Locale } from '../messages/formatIssue.js';
import type { DrawSpec } from '../model/draws.js';
import type { InputError } from '../model/issues.js';
import type { OnProgress } from '../model/progress.js';
import type { PlanningInput } from '../model/types.js';
import { parsePlanningInput } from '../input/parsePlanningInput.js';
import type { InspectionResult } from '../escalation/types.js';
import type { DepartmentTask } from '../merge/types.js';
import { planDraw } from '../plan/planDraw.js';
import { planPeriod } from '../plan/planPeriod.js';
import type { Plan } from '../plan/types.js';
import { publicationRecords } from '../publication/publicationRecords.js';
import { publicCodes, type PublicCodes } from '../publication/publicCodes.js';
import { generateDirectory } from '../testing/generateDirectory.js';
import { writeAll, type CliIo } from './io.js';
import { noticeCsv } from './notice/csv.js';
import { noticeHtml } from './notice/html.js';
import { noticeOf } from './notice/notice.js';
import { isIsoDate } from '../internal/date.js';
import { CHINA_HOLIDAYS } from '../calendar/chinaCalendar.js';
import { progressBar } from './progressBar.js';
import { readInput } from './readInput.js';
import { differenceLine, fileProblem, say } from './say.js';

/** Exit codes: done (or a valid record), a record that does not verify, unusable input. */
export const EXIT = { ok: 0, differs: 1, unusable: 2 } as const;

/** What every command shares. */
export interface Context {
  readonly io: CliIo;
  readonly locale: Locale;
}

/** A failure that has been explained to the user: the command ends with `code`. */
export class Explained extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** Prints an input error in the locale and ends the command (exit 2). */
export function refuse(ctx: Context, error: InputError): never {
  ctx.io.err(`${say('refused', ctx.locale)}\n${formatIssue(error, { locale: ctx.locale })}\n`);
  throw new Explained(EXIT.unusable);
}

/** The `onProgress` option of a progress bar, when it shows one. */
export const withProgress = (bar: ReturnType<typeof progressBar>): { onProgress?: OnProgress } => (bar.onProgress === undefined ? {} : { onProgress: bar.onProgress });

/** A JSON (or NDJSON) file's value, or exit 2 after saying why it cannot be read. */
export async function readJson(ctx: Context, file: string): Promise<unknown> {
  try {
    return await readInput(file, ctx.io);
  } catch (error) {
    ctx.io.err(`${say('cannotRead', ctx.locale)} ${fileProblem(file, error, ctx.locale)}\n`);
    throw new Explained(EXIT.unusable);
  }
}

/** Reads and validates a planning input, or exits 2 saying why not. */
export async function loadInput(ctx: Context, file: string): Promise<PlanningInput> {
  const raw = await readJson(ctx, file);
  const bar = progressBar(ctx.io);
  const parsed = parsePlanningInput(raw, withProgress(bar));
  bar.done();
  return parsed._tag === 'Left' ? refuse(ctx, parsed.left) : parsed.right;
}

/** Writes text to `--out` or standard output; a file that cannot be written is exit 2, said in a line. */
export async function emitText(ctx: Context, chunks: Iterable<string>, out: string | undefined): Promise<number> {
  try {
    await writeAll(ctx.io.sink(out), chunks);
  } catch (error) {
    ctx.io.err(`${say('cannotWrite', ctx.locale)} ${fileProblem(out ?? '-', error, ctx.locale)}\n`);
    throw new Explained(EXIT.unusable);
  }
  return EXIT.ok;
}

/** Writes a value as JSON to `--out` or standard output. */
export const emit = (ctx: Context, value: unknown, out: string | undefined): Promise<number> => emitText(ctx, [`${JSON.stringify(value, null, 2)}\n`], out);

/** The announced draws of `--draws` (a JSON array of draw specs), or none. */
export const drawsOf = async (ctx: Context, file: string | undefined): Promise<{ draws?: readonly DrawSpec[] }> =>
  (file === undefined ? {} : { draws: (await readJson(ctx, file)) as readonly DrawSpec[] });

/** `double-random plan`: the whole batch (planPeriod) as JSON. */
export async function planCommand(ctx: Context, file: string, options: { readonly seed: string; readonly secret?: string; readonly draws?: string; readonly triggered?: string; readonly out?: string }): Promise<number> {
  const input = await loadInput(ctx, file);
  const triggered = options.triggered === undefined ? {} : { triggered: (await readJson(ctx, options.triggered)) as never };
  const bar = progressBar(ctx.io);
  const plan = planPeriod(input, { seed: options.seed, ...(options.secret === undefined ? {} : { secret: options.secret }), ...(await drawsOf(ctx, options.draws)), ...triggered, ...withProgress(bar) });
  bar.done();
  return plan._tag === 'Left' ? refuse(ctx, plan.left) : emit(ctx, plan.right, options.out);
}

/** `double-random draw`: the draw record (planDraw's `record`) as JSON. */
export async function drawCommand(ctx: Context, file: string, options: { readonly seed: string; readonly draws?: string; readonly out?: string }): Promise<number> {
  const input = await loadInput(ctx, file);
  const bar = progressBar(ctx.io);
  const plan = planDraw(input, { seed: options.seed, ...(await drawsOf(ctx, options.draws)), ...withProgress(bar) });
  bar.done();
  return plan._tag === 'Left' ? refuse(ctx, plan.left) : emit(ctx, plan.right.record, options.out);
}

/** The largest directory `generate` makes: beyond it, generate NDJSON in parts. */
export const MAX_GENERATED = 100_000_000;

/** `double-random generate`: a synthetic input, as JSON or NDJSON (the head, then one enterprise per line). */
/** The options of `generate`. */
export interface GenerateOptions {
  readonly size: number;
  readonly seed: string;
  readonly format: 'json' | 'ndjson';
  readonly year?: number;
  readonly batch?: number;
  readonly inspectors?: number;
  readonly out?: string;
}

/** `generate`: a synthetic input (generateDirectory), or exit 2 naming the option out of range. */
export async function generateCommand(ctx: Context, options: GenerateOptions): Promise<number> {
  const years = Object.keys(CHINA_HOLIDAYS).map(Number);
  if (options.year !== undefined && !years.includes(options.year)) {
    // `plan` counts working days from the holiday calendar (N3): an input of another year could not be planned.
    ctx.io.err(`${say('badShape', ctx.locale)} --year ${options.year}: ${say('calendarYears', ctx.locale)} ${years.join(', ')}\n`);
    throw new Explained(EXIT.unusable);
  }
  let input: PlanningInput;
  try {
    const { size, seed, year, batch, inspectors } = options;
    input = generateDirectory({ size, seed, ...(year === undefined ? {} : { year }), ...(batch === undefined ? {} : { batch }), ...(inspectors === undefined ? {} : { inspectorsPerDepartment: inspectors }) });
  } catch (error) {
    ctx.io.err(`${say('badShape', ctx.locale)} ${(error as Error).message}\n`);
    throw new Explained(EXIT.unusable);
  }
  if (options.format === 'json') return emit(ctx, input, options.out);
  const { enterprises, ...head } = input;
  function* lines(): Generator<string> {
    yield `${JSON.stringify(head)}\n`;
    for (const e of enterprises) yield `${JSON.stringify(e)}\n`;
  }
  return emitText(ctx, lines(), options.out);
}

/** The public codes the policy's notice shows (R3), from `--code-seed` and `--pointer`; exit 2 when they are missing, unusable or given for a policy that shows names. */
function codesFor(ctx: Context, input: PlanningInput, options: { readonly codeSeed?: string; readonly pointer?: string }): PublicCodes | undefined {
  const shows = input.policy.publicIdentity;
  if (shows === 'names') {
    if (options.codeSeed === undefined && options.pointer === undefined) return undefined;
    ctx.io.err(`${say('codesUnused', ctx.locale)}\n`);
    throw new Explained(EXIT.unusable);
  }
  if (options.codeSeed === undefined) {
    ctx.io.err(`${say('codeSeedMissing', ctx.locale)} ${shows}\n`);
    throw new Explained(EXIT.unusable);
  }
  const codes = publicCodes(input, { seed: options.codeSeed, ...(options.pointer === undefined ? {} : { pointer: options.pointer }) });
  return codes._tag === 'Left' ? refuse(ctx, codes.left) : codes.right;
}

/**
 * `double-random notice`: the public notice of a plan (and the results published so far) as one
 * self-contained HTML page or as CSV for Excel (UTF-8 with a BOM). The plan is first replayed from
 * the announced seed and draws and the registered triggered tasks (publicationRecords): a plan that
 * does not replay (another seed, a forged drawn list, team or date, an invented complaint) is never
 * published (exit 1, each difference on standard error).
 */
export async function noticeCommand(ctx: Context, planFile: string, resultsFile: string | undefined, options: { readonly input: string; readonly seed: string; readonly triggered: string; readonly draws?: string; readonly secret?: string; readonly authority: string; readonly date: string; readonly codeSeed?: string; readonly pointer?: string; readonly format: 'html' | 'csv'; readonly out?: string }): Promise<number> {
  if (options.authority.trim() === '') {
    ctx.io.err(`${say('noAuthority', ctx.locale)}\n`);
    throw new Explained(EXIT.unusable);
  }
  if (options.codeSeed !== undefined && options.codeSeed === options.seed) {
    ctx.io.err(`${say('codeSeedIsSeed', ctx.locale)}\n`);
    throw new Explained(EXIT.unusable);
  }
  if (!isIsoDate(options.date)) {
    ctx.io.err(`${say('badDate', ctx.locale)} ${JSON.stringify(options.date)}\n`);
    throw new Explained(EXIT.unusable);
  }
  const input = await loadInput(ctx, options.input);
  const plan = (await readJson(ctx, planFile)) as Plan;
  const results = resultsFile === undefined ? [] : ((await readJson(ctx, resultsFile)) as InspectionResult[]);
  const triggered = (await readJson(ctx, options.triggered)) as readonly DepartmentTask[];
  const published = publicationRecords(plan, results, { input, seed: options.seed, triggered, asOf: options.date, ...(options.secret === undefined ? {} : { secret: options.secret }), ...(await drawsOf(ctx, options.draws)) });
  if (published._tag === 'Left') {
    const issues = published.left.issues;
    if (!issues.every((i) => i.code === 'publication/plan-differs')) return refuse(ctx, published.left);
    ctx.io.err(`${say('forgedPlan', ctx.locale)}\n${issues.map((i) => differenceLine({ path: i.at.replace(/^\$\.plan\.?/, ''), expected: 'expected' in i ? i.expected : '', found: 'found' in i ? (i.found ?? '') : '' }, ctx.locale)).join('\n')}\n`);
    return EXIT.differs;
  }
  const codes = codesFor(ctx, input, options);
  const notice = noticeOf({ plan, publication: published.right, input, issuer: { authority: options.authority, published: options.date }, ...(codes === undefined ? {} : { codes }) });
  return emitText(ctx, [options.format === 'html' ? noticeHtml(notice) : noticeCsv(notice)], options.out);
}
