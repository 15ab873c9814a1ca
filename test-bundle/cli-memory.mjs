// #25: the built command-line tool reads a province's directory within bounded memory. `draw`,
// `plan` and `verify` of 10^6 enterprises with a year's history (batch 3), as JSON and as NDJSON,
// under Node's default heap, each with a peak RSS ≤ 1 GB read from /proc (VmHWM, test-bundle/peak-rss.cjs);
// and a command that runs out of heap says so in a sentence and exits 2, never a V8 stack trace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

if (!existsSync('/proc/self/status')) throw new Error('cli-memory: /proc/self/status is missing: this check reads peak RSS from /proc and needs Linux');
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const preload = fileURLToPath(new URL('./peak-rss.cjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'double-random-memory-'));
const at = (name) => join(dir, name);
const SIZE = Number(process.env.CLI_MEMORY_SIZE ?? 1_000_000);
const LIMIT_KB = 1024 * 1024;
const SECRET = 'memory check visit secret 5c2e9a71d3b4f608';

/** Runs the tool; returns its exit status, output and peak RSS in kB. */
function run(args, nodeOptions = '') {
  const peakFile = at(`peak-${Math.random().toString(36).slice(2)}.txt`);
  const started = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, LANG: 'C', PEAK_RSS_FILE: peakFile, NODE_OPTIONS: `--require ${preload} ${nodeOptions}`.trim() },
  });
  const peaks = existsSync(peakFile) ? readFileSync(peakFile, 'utf8').trim().split('\n').map(Number) : [];
  assert.ok(peaks.length > 0 && peaks.every(Number.isFinite), `no peak RSS was recorded for ${args.join(' ')}`);
  return { ...r, peakKb: Math.max(...peaks), seconds: (performance.now() - started) / 1000 };
}

try {
  const rows = [];
  for (const format of ['json', 'ndjson']) {
    const input = at(`in.${format}`);
    const made = run(['generate', '--size', String(SIZE), '--seed', 'memory', '--batch', '3', '--format', format, '--out', input]);
    assert.equal(made.status, 0, made.stderr);
    for (const [command, args] of [
      ['draw', ['draw', '--seed', '2024-Q3', input, '--out', at(`record.${format}.json`)]],
      ['plan', ['plan', '--seed', '2024-Q3', '--secret', SECRET, input, '--out', at(`plan.${format}.json`)]],
      ['verify', ['verify', '--seed', '2024-Q3', '--secret', SECRET, input, at(`plan.${format}.json`)]],
    ]) {
      const r = run(args);
      assert.equal(r.status, 0, `${command} ${format}: exit ${r.status}\n${r.stdout.slice(0, 2000)}\n${r.stderr.slice(0, 2000)}`);
      rows.push(`${command.padEnd(6)} ${format.padEnd(6)} ${(r.peakKb / 1024).toFixed(0).padStart(5)} MB  ${r.seconds.toFixed(1)} s`);
      assert.ok(r.peakKb <= LIMIT_KB, `${command} of ${SIZE} enterprises as ${format}: peak RSS ${(r.peakKb / 1024).toFixed(0)} MB, over 1 GB`);
    }
  }
  // The same plan whatever the format.
  assert.equal(readFileSync(at('plan.json.json'), 'utf8'), readFileSync(at('plan.ndjson.json'), 'utf8'));
  // Too little heap: a sentence and exit 2.
  const starved = run(['plan', '--seed', '2024-Q3', '--secret', SECRET, at('in.ndjson')], '--max-old-space-size=64');
  assert.equal(starved.status, 2, `a starved plan exits ${starved.status}: ${starved.stderr.slice(0, 2000)}`);
  assert.match(starved.stderr, /^out of memory: .*--max-old-space-size=\d+.*NDJSON/m);
  assert.doesNotMatch(starved.stderr, /FATAL|JavaScript heap|at .*\(.*:\d+:\d+\)/);
  console.log(`cli memory (${SIZE} enterprises, peak RSS ≤ 1 GB; out of heap → exit 2): ok\n  ${rows.join('\n  ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
