import type { DepartmentTask } from '../merge/types.js';
import { verifyDraw } from '../plan/verifyDraw.js';
import { verifyPlan } from '../plan/verifyPlan.js';
import { seedIssue } from '../random/seed.js';
import { drawsOf, EXIT, Explained, loadInput, readJson, withProgress, type Context } from './commands.js';
import { progressBar } from './progressBar.js';
import { differenceLine, say } from './say.js';

/** What `verify` was given: a plan (`draw` and `tasks`), a draw record (`algorithm`), or neither. */
function kindOf(published: unknown): 'plan' | 'record' | undefined {
  if (typeof published !== 'object' || published === null || Array.isArray(published)) return undefined;
  if ('draw' in published && 'tasks' in published) return 'plan';
  return 'algorithm' in published ? 'record' : undefined;
}

/** Refuses what cannot be verified at all (exit 2): both files from standard input, an unusable seed. */
function checkArguments(ctx: Context, file: string, recordFile: string, seed: string): void {
  if (file === '-' && recordFile === '-') {
    ctx.io.err(`${say('bothStdin', ctx.locale)}\n`);
    throw new Explained(EXIT.unusable);
  }
  const problem = seedIssue(seed);
  if (problem !== undefined) {
    ctx.io.err(`${say('badSeed', ctx.locale)} ${problem}\n`);
    throw new Explained(EXIT.unusable);
  }
}

/**
 * `double-random verify`: replays a published draw record, or a whole plan, from the seed, the
 * input and the announced draws (and, for a plan, triggered tasks); exit 0 when it is what they
 * give, 1 with each difference on its own line, 2 when the input or the record cannot be used.
 */
export async function verifyCommand(ctx: Context, file: string, recordFile: string, options: { readonly seed: string; readonly secret?: string; readonly draws?: string; readonly triggered?: string }): Promise<number> {
  checkArguments(ctx, file, recordFile, options.seed);
  const input = await loadInput(ctx, file);
  const published = await readJson(ctx, recordFile);
  const kind = kindOf(published);
  if (kind === undefined) {
    ctx.io.err(`${recordFile} ${say('notRecord', ctx.locale)}\n`);
    return EXIT.unusable;
  }
  const announced = { seed: options.seed, ...(await drawsOf(ctx, options.draws)) };
  const triggered = options.triggered === undefined ? {} : { triggered: (await readJson(ctx, options.triggered)) as readonly DepartmentTask[] };
  const bar = progressBar(ctx.io);
  const secret = options.secret === undefined ? {} : { secret: options.secret };
  const verdict = kind === 'plan' ? verifyPlan(published, input, { ...announced, ...secret, ...triggered, ...withProgress(bar) }) : verifyDraw(published, input, { ...announced, ...withProgress(bar) });
  bar.done();
  if (kind === 'plan' && options.triggered === undefined) ctx.io.err(`${say('unchecked', ctx.locale)}\n`);
  if (verdict.valid) {
    ctx.io.out(`${say(kind === 'plan' ? 'validPlan' : 'valid', ctx.locale)}\n`);
    return EXIT.ok;
  }
  ctx.io.out(`${say('differs', ctx.locale)}\n`);
  for (const d of verdict.differences) ctx.io.out(`${differenceLine(d, ctx.locale)}\n`);
  if (verdict.truncated) ctx.io.out(`${say('truncated', ctx.locale)}\n`);
  return EXIT.differs;
}
