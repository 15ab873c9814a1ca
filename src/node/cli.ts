import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { VERSION } from '../version.js';
import { drawCommand, EXIT, Explained, generateCommand, MAX_GENERATED, noticeCommand, planCommand, type Context, type GenerateOptions } from './commands.js';
import { verifyCommand } from './verify.js';
import { localeOf, writeAll, type CliIo } from './io.js';

const SCHEMAS = ['input', 'record', 'plan', 'result', 'publication'] as const;

/** A whole number ≥ 0 from the command line. */
function count(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a whole number (0, 1, 2, …)');
  if (n > MAX_GENERATED) throw new InvalidArgumentError(`at most ${MAX_GENERATED} enterprises in one file`);
  return n;
}

/** A whole number from the command line, for the generator's shape (its own range checks follow). */
function whole(text: string): number {
  if (!/^\d{1,9}$/.test(text)) throw new InvalidArgumentError('expected a whole number (0, 1, 2, …)');
  return Number(text);
}

/** The package's own folder (the one with its package.json), from this file in `src/node/` or `dist/`. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Adds the commands that read an input: plan, draw, verify. */
function inputCommands(program: Command, ctx: () => Context, done: (code: Promise<number>) => void): void {
  program.command('plan')
    .description('plan a batch: the draw, one joint visit per enterprise, modes, dates and teams (planPeriod), as JSON')
    .argument('<input>', 'the planning input, JSON or NDJSON; - for standard input')
    .requiredOption('--seed <seed>', 'the public seed read out at the draw')
    .option('--secret <secret>', 'the visit secret (R26): unannounced visits\' dates and teams are keyed by it, so the public seed does not give them; keep it until the visits are done')
    .option('--draws <file>', 'the batch\'s directed draws (N7) as a JSON array; by default the input\'s default draws')
    .option('--triggered <file>', 'triggered tasks (complaints, referrals, case leads) as a JSON array')
    .option('--out <file>', 'write the plan here instead of standard output')
    .addHelpText('after', '\nExample:\n  $ VISIT_SECRET=$(openssl rand -hex 16)   # fresh for each batch; keep it until the visits are done\n  $ double-random plan --seed "2024-Q2 公证 7 3 9 1 4 0" --secret "$VISIT_SECRET" input.json --out plan.json')
    .action((input: string, o: { seed: string; secret?: string; draws?: string; triggered?: string; out?: string }) => done(planCommand(ctx(), input, o)));
  program.command('draw')
    .description('draw the batch\'s enterprises (planDraw) and print the draw record to publish, as JSON')
    .argument('<input>', 'the planning input, JSON or NDJSON; - for standard input')
    .requiredOption('--seed <seed>', 'the public seed read out at the draw')
    .option('--draws <file>', 'the batch\'s directed draws (N7) as a JSON array; by default the input\'s default draws')
    .option('--out <file>', 'write the record here instead of standard output')
    .addHelpText('after', '\nExample:\n  $ double-random draw --seed "2024-Q2 公证 7 3 9 1 4 0" input.json > record.json')
    .action((input: string, o: { seed: string; draws?: string; out?: string }) => done(drawCommand(ctx(), input, o)));
  program.command('verify')
    .description('replay a published draw record (or a plan) from the seed and the input: exit 0 when it is what they give, 1 with each difference, 2 when unusable')
    .argument('<input>', 'the planning input the record was drawn from, JSON or NDJSON')
    .argument('<record>', 'the published draw record, or a plan from `plan`')
    .requiredOption('--seed <seed>', 'the seed announced at the draw')
    .option('--secret <secret>', 'for a plan made with a visit secret: the secret, published after the visits')
    .option('--draws <file>', 'the directed draws announced for the batch (N7), a JSON array; by default the input\'s default draws')
    .option('--triggered <file>', 'for a plan: the triggered tasks registered for the batch, a JSON array; by default the plan\'s own (then said so)')
    .addHelpText('after', '\nExample:\n  $ double-random verify --seed "2024-Q2 公证 7 3 9 1 4 0" input.json record.json && echo valid')
    .action((input: string, record: string, o: { seed: string; secret?: string; draws?: string; triggered?: string }) => done(verifyCommand(ctx(), input, record, o)));
}

/** Adds the commands that need no input: generate, schema. */
function otherCommands(program: Command, ctx: () => Context, done: (code: Promise<number>) => void): void {
  program.command('generate')
    .description('write a synthetic, deterministic planning input (for trials and load tests)')
    .requiredOption('--size <n>', 'the number of enterprises', count)
    .requiredOption('--seed <seed>', 'the seed of the generator')
    .addOption(new Option('--format <format>', 'json, or ndjson (the input without enterprises, then one enterprise per line)').choices(['json', 'ndjson']).default('json'))
    .option('--year <year>', 'the year of the period (default 2024)', whole)
    .option('--batch <n>', 'the batch of the year (default 1); a later batch comes with the history of the earlier ones (R8, R20)', whole)
    .option('--inspectors <n>', 'inspectors per department (default: what the default plan needs)', whole)
    .option('--out <file>', 'write here instead of standard output')
    .addHelpText('after', '\nExample:\n  $ double-random generate --size 1000 --seed x > in.json\n  $ double-random generate --size 1000000 --seed x --batch 3 --format ndjson --out big.ndjson')
    .action((o: GenerateOptions) => done(generateCommand(ctx(), o)));
  program.command('notice')
    .description('the public notice (一公开) of a plan and the results published so far: one self-contained HTML page, or CSV for Excel')
    .argument('<plan>', 'the plan, from `plan`')
    .argument('[results]', 'the inspection results recorded so far, a JSON array')
    .requiredOption('--input <file>', 'the planning input the plan was made from (the enterprises\' names)')
    .requiredOption('--seed <seed>', 'the seed announced at the draw: the plan is replayed from it before anything is published')
    .requiredOption('--triggered <file>', 'the triggered tasks registered for the batch, a JSON array ([] when none)')
    .option('--secret <secret>', 'the visit secret the plan was made with (required while an unannounced visit is pending)')
    .option('--draws <file>', 'the directed draws announced for the batch (N7), a JSON array; by default the input\'s default draws')
    .requiredOption('--authority <name>', 'the issuing authority (发布单位), shown in the title')
    .requiredOption('--date <YYYY-MM-DD>', 'the day of publication (发布日期)')
    .option('--code-seed <seed>', 'the code seed of the public codes (R3), when the policy\'s publicIdentity is codes or both')
    .option('--pointer <digits>', 'the three-digit fixed pointer code of the public codes (default 001)')
    .addOption(new Option('--format <format>', 'html or csv').choices(['html', 'csv']).default('html'))
    .option('--out <file>', 'write here instead of standard output')
    .addHelpText('after', '\nExample:\n  $ echo [] > triggered.json\n  $ double-random notice plan.json results.json --input in.json --seed "2024-Q2 公证 7 3 9 1 4 0" --secret "$VISIT_SECRET" --triggered triggered.json --authority 重庆市永川区市场监督管理局 --date 2024-04-08 --out notice.html')
    .action((plan: string, results: string | undefined, o: { input: string; seed: string; triggered: string; draws?: string; secret?: string; authority: string; date: string; codeSeed?: string; pointer?: string; format: 'html' | 'csv'; out?: string }) => done(noticeCommand(ctx(), plan, results, o)));
  program.command('schema')
    .description('print a JSON Schema (draft 2020-12) of the input, the draw record, the plan, an inspection result or the publication records')
    .addArgument(new Argument('[name]', 'which schema').choices(SCHEMAS).default('input'))
    .addHelpText('after', `\nNames: ${SCHEMAS.join(', ')}\nExample:\n  $ double-random schema input > input.schema.json`)
    .action((name: string) => done(writeAll(ctx().io.sink(undefined), [readFileSync(join(packageRoot(), 'schemas', `${name}.json`), 'utf8')]).then(() => EXIT.ok)));
}

/**
 * Runs the command line `argv` (without `node` and the script) against `io`, and gives the exit
 * code: 0 done, 1 a record that does not verify, 2 unusable input or a usage error.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let result: Promise<number> = Promise.resolve(EXIT.ok);
  const program = new Command('double-random')
    .description('双随机、一公开: plan, draw and verify random joint inspections (double-random)')
    .version(VERSION)
    .option('--locale <locale>', 'language of messages: zh-CN or en (default: from LANG)')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  const ctx = (): Context => ({ io, locale: localeOf(program.opts<{ locale?: string }>().locale, io.env) });
  const done = (code: Promise<number>): void => {
    result = code;
  };
  inputCommands(program, ctx, done);
  otherCommands(program, ctx, done);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return await result;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.unusable;
    if (error instanceof Explained) return error.code;
    throw error;
  }
}
