// Regions that never share their directories (R27, docs/draw-algorithm.md §4.4): each of four
// regions keeps its enterprises in its own PostgreSQL 15 server and exports only them, with the
// province's whole roster and history. Each region's export is parsed on its own
// (`parsePlanningInput(raw, { shard: true })`), counts its strata, loads its draw members into its
// own database and selects its candidates there with `selectionSql`; the coordinator computes the
// quotas once (`splitQuotas`) and merges the candidates (`mergeShards`). Prints `identical` when the
// record is the one `planDraw` gives on the union and `verifyDraw` accepts it.
//
// Needs PostgreSQL's server programs (Debian: apt-get install postgresql-15) and `npm i pg`.
// Run: npm run build && node --import ./scripts/tsx-plain.mjs examples/regional-draw.ts
// (SIZE=100000 for a quicker run; the servers live in temporary folders, on Unix sockets only,
// and are stopped at the end.)
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { countShard, inputDigest, mergeShards, parsePlanningInput, planDraw, selectionSql, shardMembers, splitQuotas, verifyDraw, type PlanningInput, type ShardCounts, type ShardDraw, type SplitQuotas } from 'double-random';
import { generateDirectory } from 'double-random/testing';

/** A PostgreSQL server of its own: its data folder and the folder of its Unix socket. */
export interface Postgres {
  readonly socket: string;
  readonly user: string;
  readonly stop: () => void;
}

/** The folder of PostgreSQL's server programs: Debian's, or on the PATH. */
function postgresPrograms(): string {
  for (const version of [15, 16, 17]) {
    const dir = `/usr/lib/postgresql/${version}/bin`;
    if (existsSync(join(dir, 'initdb'))) return dir;
  }
  try {
    return execFileSync('sh', ['-c', 'dirname "$(command -v initdb)"'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('PostgreSQL is not installed (no initdb): apt-get install postgresql-15');
  }
}

/**
 * Starts a throwaway server with initdb and pg_ctl in a temporary folder, listening on a Unix
 * socket only (no TCP). PostgreSQL refuses to run as root, so as root it runs as `postgres`.
 * Throws when it cannot: whoever needs the server must not go on without it.
 */
export function startPostgres(): Postgres {
  const programs = postgresPrograms();
  const root = mkdtempSync(join(tmpdir(), 'double-random-pg-'));
  chmodSync(root, 0o777);
  const data = join(root, 'data');
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]): void => {
    const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(programs, program), ...args]] : [join(programs, program), args];
    execFileSync(command, argv, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  };
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-instructions', '-E', 'UTF8', '--locale', 'C']);
  run('pg_ctl', ['-D', data, '-l', join(root, 'log'), '-w', '-o', `-c listen_addresses='' -k ${root} -c fsync=off`, 'start']);
  return {
    socket: root,
    user: 'postgres',
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

function must<T>(result: { _tag: 'Left'; left: unknown } | { _tag: 'Right'; right: T }, what: string): T {
  if (result._tag === 'Left') throw new Error(`${what}: ${JSON.stringify(result.left).slice(0, 2000)}`);
  return result.right;
}

/** Loads rows into a table by columns, 100 000 rows a statement. */
async function load(client: pg.Client, table: string, types: readonly string[], columns: readonly (readonly unknown[])[]): Promise<void> {
  const rows = columns[0]?.length ?? 0;
  for (let from = 0; from < rows; from += 100_000) {
    const slice = columns.map((c) => c.slice(from, from + 100_000));
    await client.query(`INSERT INTO ${table} SELECT * FROM unnest(${types.map((t, k) => `$${k + 1}::${t}[]`).join(', ')})`, slice);
  }
}

/** One region's candidates, drawn inside its own database: its members and the quotas in, selectionSql's rows out (§4.4 step 3). */
async function drawInDatabase(server: Postgres, shard: PlanningInput, counts: ShardCounts, quotas: SplitQuotas, seed: string): Promise<ShardDraw> {
  const { members, fullCoverage } = must(shardMembers(shard), 'members');
  const client = new pg.Client({ host: server.socket, user: server.user, database: 'postgres' });
  await client.connect();
  try {
    await client.query('CREATE TABLE members (uscc text NOT NULL, stratum text NOT NULL, late boolean NOT NULL)');
    await client.query('CREATE TABLE quotas (stratum text PRIMARY KEY, quota integer NOT NULL)');
    await load(client, 'members', ['text', 'text', 'boolean'], [members.map((m) => m.uscc), members.map((m) => m.stratum), members.map((m) => m.late)]);
    await load(client, 'quotas', ['text', 'integer'], [quotas.strata.map((s) => s.key), quotas.strata.map((s) => s.quota)]);
    const query = must(selectionSql(seed), 'selection');
    const { rows } = await client.query<{ stratum: string; uscc: string; ticket: string; late: boolean }>(query.text, [...query.values]);
    const byStratum = new Map<string, ShardDraw['strata'][number]['candidates'][number][]>();
    for (const r of rows) byStratum.set(r.stratum, [...(byStratum.get(r.stratum) ?? []), { uscc: r.uscc as ShardDraw['fullCoverage'][number], late: r.late, ticket: r.ticket }]);
    // Each stratum's population here is the region's own eligible members, from its counts.
    const own = new Map(counts.strata.map((s) => [s.key, s.eligible]));
    return { algorithm: quotas.algorithm, strata: quotas.strata.map((s) => ({ key: s.key, population: own.get(s.key) ?? 0, candidates: byStratum.get(s.key) ?? [] })), fullCoverage };
  } finally {
    await client.end();
  }
}

/** What {@link regionalDraw} found. */
export interface RegionalOutcome {
  readonly regions: readonly { readonly region: string; readonly enterprises: number }[];
  readonly identical: boolean;
  readonly verified: boolean;
}

/** The whole walk: four regions, four servers, one coordinator. */
export async function regionalDraw(size: number, log: (line: string) => void = () => undefined): Promise<RegionalOutcome> {
  const seed = '2024-Q2 公证 7 3 9 1 4 0';
  const union = generateDirectory({ size, seed: 'regional-example', year: 2024, batch: 2 });
  const codes = [...new Set(union.enterprises.map((e) => e.region))].sort();
  // Each region's export as its own database writes it (JSON text), parsed on the region's machine.
  const shards = codes.map((region) => {
    const text = JSON.stringify({ ...union, enterprises: union.enterprises.filter((e) => e.region === region) });
    return must(parsePlanningInput(JSON.parse(text), { shard: true }), `region ${region}`);
  });
  log(`${size} enterprises in ${codes.length} regions: ${shards.map((s, k) => `${codes[k]} ${s.enterprises.length}`).join(', ')}`);
  const servers: Postgres[] = [];
  try {
    let t = performance.now();
    for (let k = 0; k < shards.length; k++) servers.push(startPostgres());
    log(`${servers.length} PostgreSQL servers started (${Math.round(performance.now() - t)} ms)`);
    t = performance.now();
    const counts = shards.map((s) => must(countShard(s, { seed }), 'counts'));
    const quotas = must(splitQuotas(counts, shards[0] as PlanningInput), 'quotas');
    log(`phase 1: ${quotas.strata.length} strata, ${quotas.strata.reduce((n, s) => n + s.quota, 0)} to draw (${Math.round(performance.now() - t)} ms)`);
    t = performance.now();
    const draws = await Promise.all(shards.map((shard, k) => drawInDatabase(servers[k] as Postgres, shard, counts[k] as ShardCounts, quotas, seed)));
    // The input digest needs every enterprise's 42-character line (§5): here the coordinator computes it over the union.
    const record = must(mergeShards(draws, quotas, must(inputDigest(union), 'digest')), 'merge');
    log(`phase 2: candidates selected in ${draws.length} databases and merged (${Math.round(performance.now() - t)} ms)`);
    const single = must(planDraw(union, { seed }), 'single run').record;
    return {
      regions: codes.map((region, k) => ({ region, enterprises: shards[k]?.enterprises.length ?? 0 })),
      identical: JSON.stringify(record) === JSON.stringify(single),
      verified: verifyDraw(record, union, { seed }).valid,
    };
  } finally {
    for (const server of servers) server.stop();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outcome = await regionalDraw(Number(process.env['SIZE'] ?? 1_000_000), console.log);
  console.log(outcome.identical && outcome.verified ? 'identical' : `different (identical: ${outcome.identical}, verified: ${outcome.verified})`);
  if (!outcome.identical || !outcome.verified) process.exit(1);
}
