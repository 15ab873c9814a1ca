// Issue #25's targets, each beside its figure: the draw's cost of a year of history, the exported
// input digest against the draw's own digest, the whole plan and its verification against the
// draw, and the command-line tool's peak memory on a province's directory (JSON and NDJSON).
// Inputs are as hard as users': generateDirectory with a year's history (batch 3), 40 inspectors a
// department, the JSON round trip a platform's export makes (10^6); for the whole plan, the full
// plan's input (40 departments, 10 000 inspectors, the same history); files as `generate` writes them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plan, PlanningInput } from '../src/index.js';
import { fullPlanInput } from './plan.js';
import { batch, lib, testing } from './lib.js';
import { median, time } from './timing.js';

const { inputDigest, planDraw, planPeriod, verifyPlan } = lib;
const { drawBatch } = batch;
const { generateDirectory } = testing;
const SEED = 'bench-2024-Q3';
const SECRET = 'bench visit secret 7f3a9c1e5b2d4086';

/** What {@link benchProvince} measured, in ms: each round. */
export interface ProvinceFigures {
  readonly n: number;
  readonly records: number;
  readonly withMs: readonly number[];
  readonly withoutMs: readonly number[];
  readonly digestMs: readonly number[];
  readonly noDigestMs: readonly number[];
  /** planDraw with history again, in turns with the two before: the draw's digest share is this less the draw without its digest. */
  readonly drawWithMs: readonly number[];
  /** On the full plan's input ({@link fullPlanInput}): planDraw, planPeriod and verifyPlan. */
  readonly drawMs: readonly number[];
  readonly planMs: readonly number[];
  readonly verifyMs: readonly number[];
  readonly visits: number;
  readonly unplannable: number;
}

/** A user's input of `n` enterprises: a year's history, 40 inspectors a department; at 10^6 and below through JSON as exported. */
function hardInput(n: number): PlanningInput {
  const made = generateDirectory({ size: n, seed: 'bench', year: 2024, batch: 3, inspectorsPerDepartment: 40 });
  return n <= 1_000_000 ? (JSON.parse(JSON.stringify(made)) as PlanningInput) : made;
}

/**
 * planDraw with and without the history, each in processes of its own (bench/drawAlone.ts; two
 * processes a side, in turns, `rounds` rounds each); then, in this process, `rounds` rounds of the
 * exported inputDigest, the draw without its digest and planDraw in turn (the draw's digest share
 * is the difference of the last two); then, when `plans`, on the full plan's input (40
 * departments, 10 000 inspectors, the same year's history), planDraw, planPeriod and verifyPlan
 * in turn.
 */
export function benchProvince(n: number, rounds: number, plans: boolean): ProvinceFigures {
  const f = { withMs: [] as number[], withoutMs: [] as number[], digestMs: [] as number[], noDigestMs: [] as number[], drawWithMs: [] as number[] };
  let records = 0;
  for (let pair = 0; pair < 2; pair++) {
    for (const side of ['with', 'without'] as const) {
      const alone = drawAlone(n, side, rounds);
      records = alone.records;
      (side === 'with' ? f.withMs : f.withoutMs).push(...alone.ms);
    }
  }
  const input = hardInput(n);
  for (let r = 0; r < rounds; r++) {
    const seed = `${SEED}/${r}`;
    f.digestMs.push(time(() => must(inputDigest(input))));
    f.noDigestMs.push(time(() => must(drawBatch(input, { seed }, { digest: () => '' }))));
    f.drawWithMs.push(time(() => must(planDraw(input, { seed }))));
  }
  return { n, records, ...f, ...(plans ? benchFullPlan(n, rounds) : { drawMs: [], planMs: [], verifyMs: [], visits: 0, unplannable: 0 }) };
}

/** bench/drawAlone.ts in a process of its own, with this process's Node options (`--expose-gc`, the heap limit, the TypeScript loader). */
function drawAlone(n: number, side: 'with' | 'without', rounds: number): { readonly records: number; readonly ms: readonly number[] } {
  const script = fileURLToPath(new URL('./drawAlone.ts', import.meta.url));
  const r = spawnSync(process.execPath, [...process.execArgv, script, String(n), side, String(rounds)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`drawAlone ${n} ${side} failed: ${r.stderr.slice(0, 500)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as { records: number; ms: number[] };
}

/** planDraw, planPeriod (with a visit secret) and verifyPlan in turn on the full plan's input, `rounds` times. */
function benchFullPlan(n: number, rounds: number): Pick<ProvinceFigures, 'drawMs' | 'planMs' | 'verifyMs' | 'visits' | 'unplannable'> {
  const input = fullPlanInput(n);
  const f = { drawMs: [] as number[], planMs: [] as number[], verifyMs: [] as number[], visits: 0, unplannable: 0 };
  for (let r = 0; r < rounds; r++) {
    const seed = `${SEED}/${r}`;
    f.drawMs.push(time(() => must(planDraw(input, { seed }))));
    let plan: Plan | undefined;
    f.planMs.push(time(() => (plan = must(planPeriod(input, { seed, secret: SECRET })))));
    f.visits = plan?.metrics.visits ?? 0;
    f.unplannable = plan?.metrics.unplannable ?? 0;
    f.verifyMs.push(time(() => {
      if (!verifyPlan(plan, input, { seed, secret: SECRET, triggered: [] }).valid) throw new Error('verifyPlan: the plan does not verify');
    }));
    plan = undefined;
  }
  return f;
}

function must<T>(result: { _tag: 'Left'; left: unknown } | { _tag: 'Right'; right: T }): T {
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left).slice(0, 500));
  return result.right;
}

/** One command of the built tool on a file: its exit status, seconds and peak RSS in MB (VmHWM, test-bundle/peak-rss.cjs). */
function runCli(args: readonly string[], nodeOptions = ''): { status: number | null; seconds: number; peakMb: number } {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  const preload = fileURLToPath(new URL('../test-bundle/peak-rss.cjs', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'bench-peak-'));
  const peakFile = join(dir, 'peak');
  const start = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, PEAK_RSS_FILE: peakFile, NODE_OPTIONS: `--require ${preload} ${nodeOptions}`.trim() } });
  const seconds = (performance.now() - start) / 1000;
  const peakMb = existsSync(peakFile) ? Math.max(...readFileSync(peakFile, 'utf8').trim().split('\n').map(Number)) / 1024 : Number.NaN;
  rmSync(dir, { recursive: true, force: true });
  return { status: r.status, seconds, peakMb };
}

/** Peak RSS of draw, plan and verify of `n` enterprises (batch 3) as each format, under `nodeOptions`. */
export function benchCliMemory(n: number, formats: readonly ('json' | 'ndjson')[], nodeOptions = ''): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  const lines: string[] = [];
  try {
    for (const format of formats) {
      const file = join(dir, `in.${format}`);
      const made = runCli(['generate', '--size', String(n), '--seed', 'bench', '--batch', '3', '--format', format, '--out', file]);
      if (made.status !== 0) throw new Error(`generate ${n} ${format} failed`);
      const plan = join(dir, `plan.${format}.json`);
      for (const [name, args] of [
        ['draw', ['draw', '--seed', SEED, file, '--out', join(dir, 'record.json')]],
        ['plan', ['plan', '--seed', SEED, '--secret', SECRET, file, '--out', plan]],
        ['verify', ['verify', '--seed', SEED, '--secret', SECRET, file, plan]],
      ] as const) {
        const r = runCli(args, nodeOptions);
        lines.push(`${name.padEnd(6)} ${format.padEnd(6)} exit ${r.status}  ${r.seconds.toFixed(1).padStart(6)} s  peak RSS ${(r.peakMb / 1024).toFixed(2)} GB`);
      }
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

export { median };
