/**
 * The selection phase as SQL inside a real PostgreSQL server (R27): every stratum's sample equals
 * planDraw's, and a record stored in a jsonb column and read back still verifies. The server is
 * started by the test (test/sql/server.ts) on a Unix socket; when it cannot be, the test fails.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countShard, inputDigest, mergeShards, planDraw, selectionSql, shardMembers, splitQuotas, verifyDraw, type DrawPlan, type PlanningInput, type ShardDraw, type SplitQuotas } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { referenceMembers } from '../plan/reference.js';
import { startServer, type Server } from './server.js';
import { rightOf } from '../result.js';

const SEED = '2024-Q2 公证 7 3 9 1 4 0';
const input = generateDirectory({ size: 100_000, seed: 'postgres', year: 2024, batch: 2, inspectorsPerDepartment: 0 });
let server: Server;
let client: pg.Client;
let plan: DrawPlan;

beforeAll(async () => {
  server = startServer();
  client = new pg.Client({ host: server.socket, user: server.user, database: 'postgres' });
  await client.connect();
  const result = planDraw(input, { seed: SEED });
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left.issues));
  plan = result.right;
}, 180_000);

afterAll(async () => {
  await client?.end();
  server?.stop();
});

describe('the draw inside PostgreSQL', () => {
  it('draws every stratum\'s sample with the database\'s own sha256(), as planDraw does', async () => {
    const members = referenceMembers(input);
    expect(members.length).toBeGreaterThan(10_000);
    await client.query('CREATE TABLE members (uscc text NOT NULL, stratum text NOT NULL, late boolean NOT NULL)');
    await client.query('CREATE TABLE quotas (stratum text PRIMARY KEY, quota integer NOT NULL)');
    await client.query('INSERT INTO members SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[])', [members.map((m) => m.uscc), members.map((m) => m.stratum), members.map((m) => m.late)]);
    const strata = plan.record.strata;
    await client.query('INSERT INTO quotas SELECT * FROM unnest($1::text[], $2::integer[])', [strata.map((s) => s.key), strata.map((s) => s.quota)]);
    const query = rightOf(selectionSql(SEED));
    const { rows } = await client.query<{ stratum: string; uscc: string; rank: string; ticket: string }>(query.text, [...query.values]);
    const drawn = new Map<string, string[]>();
    for (const row of rows) drawn.set(row.stratum, [...(drawn.get(row.stratum) ?? []), row.uscc]);
    const expected = strata.filter((s) => s.drawn.length > 0);
    expect(expected.length).toBeGreaterThan(20);
    expect([...drawn.keys()].sort()).toEqual(expected.map((s) => s.key));
    for (const s of expected) expect(drawn.get(s.key), s.key).toEqual(s.drawn);
    const ticketOf = new Map(plan.targets.map((t) => [t.uscc as string, t.ticket]));
    for (const row of rows) expect(row.ticket).toBe(ticketOf.get(row.uscc));
  }, 180_000);

  it('gives planDraw\'s record byte for byte through the public path: shardMembers per shard, splitQuotas, the SQL, mergeShards', async () => {
    // Two shards by region, as two machines or two database partitions would hold them.
    const regions = [...new Set(input.enterprises.map((e) => e.region))].sort();
    const shards: PlanningInput[] = [0, 1].map((half) => ({ ...input, enterprises: input.enterprises.filter((e) => regions.indexOf(e.region) % 2 === half) }));
    expect(shards.every((shard) => shard.enterprises.length > 10_000)).toBe(true);
    const counts = shards.map((shard) => countShard(shard, { seed: SEED }));
    const quotas = splitQuotas(counts.map((c) => (c._tag === 'Right' ? c.right : expect.fail(JSON.stringify(c.left)))), input);
    if (quotas._tag === 'Left') expect.fail(JSON.stringify(quotas.left));
    const filled = shards.map((shard) => shardMembers(shard));
    await client.query('CREATE TABLE shard_members (uscc text NOT NULL, stratum text NOT NULL, late boolean NOT NULL)');
    await client.query('CREATE TABLE shard_quotas (stratum text PRIMARY KEY, quota integer NOT NULL)');
    for (const f of filled) {
      if (f._tag === 'Left') expect.fail(JSON.stringify(f.left));
      const m = f.right.members;
      await client.query('INSERT INTO shard_members SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[])', [m.map((r) => r.uscc), m.map((r) => r.stratum), m.map((r) => r.late)]);
    }
    const q = quotas.right.strata;
    await client.query('INSERT INTO shard_quotas SELECT * FROM unnest($1::text[], $2::integer[])', [q.map((s) => s.key), q.map((s) => s.quota)]);
    const query = rightOf(selectionSql(SEED, { members: 'shard_members', quotas: 'shard_quotas' }));
    const { rows } = await client.query<{ stratum: string; uscc: string; rank: string; ticket: string; late: boolean }>(query.text, [...query.values]);
    const fullCoverage = filled.flatMap((f) => (f._tag === 'Right' ? f.right.fullCoverage : []));
    const record = mergeShards([fromSql(rows, quotas.right, fullCoverage)], quotas.right, rightOf(inputDigest(input)));
    if (record._tag === 'Left') expect.fail(JSON.stringify(record.left));
    expect(JSON.stringify(record.right)).toBe(JSON.stringify(plan.record));
  }, 180_000);

  it('a record stored in a jsonb column (which reorders keys) and read back still verifies', async () => {
    await client.query('CREATE TABLE records (id serial PRIMARY KEY, record jsonb NOT NULL)');
    await client.query('INSERT INTO records (record) VALUES ($1::jsonb)', [JSON.stringify(plan.record)]);
    const { rows } = await client.query<{ text: string }>('SELECT record::text AS text FROM records');
    const stored = JSON.parse(rows[0]?.text ?? 'null') as unknown;
    expect(Object.keys(stored as object)).not.toEqual(Object.keys(plan.record));
    expect(verifyDraw(stored, input, { seed: SEED })).toEqual({ valid: true, differences: [], truncated: false });
  }, 180_000);
});

/** The SQL's rows as one shard's draw, as docs/draw-algorithm.md §4.4 says to read them. */
function fromSql(rows: readonly { stratum: string; uscc: string; ticket: string; late: boolean }[], quotas: SplitQuotas, fullCoverage: ShardDraw['fullCoverage']): ShardDraw {
  return {
    algorithm: quotas.algorithm,
    strata: quotas.strata.map((s) => ({
      key: s.key,
      population: s.population,
      candidates: rows.filter((r) => r.stratum === s.key).map((r) => ({ uscc: r.uscc as ShardDraw['fullCoverage'][number], late: r.late, ticket: r.ticket })),
    })),
    fullCoverage,
  };
}

describe('selectionSql refuses what it cannot quote safely', () => {
  it('takes the seed as a parameter and only plain table names', () => {
    const q = rightOf(selectionSql("x'); DROP TABLE members; --", { members: 'draw.members' }));
    expect(q.values).toEqual(["x'); DROP TABLE members; --"]);
    expect(q.text).not.toContain('DROP');
    expect(q.text).toContain('"draw"."members"');
    for (const options of [null, [], { members: ['x'] }, { members: 'a; DROP' }, { quotas: 'a"b' }, { member: 'x' }]) {
      expect(selectionSql('s', options as never)._tag, JSON.stringify(options)).toBe('Left');
    }
  });
});

