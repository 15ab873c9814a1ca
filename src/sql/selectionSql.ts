import * as z from 'zod';
import { schemaIssues } from '../input/schemas.js';
import { isRecord, issueAt, refusal, typeIssue } from '../internal/argumentIssues.js';
import { right } from '../internal/result.js';
import type { InputError, InputIssue } from '../model/issues.js';
import type { Result } from '../model/result.js';
import { seedIssue } from '../random/seed.js';
import { TARGET_ALGORITHM } from '../random/tickets.js';

/**
 * The selection phase of the draw as one PostgreSQL query (docs/draw-algorithm.md §2–§3), for a
 * platform whose directory lives in PostgreSQL or an engine that speaks its dialect: each member's
 * ticket is computed with the database's own `sha256()`, and a window function keeps each
 * stratum's best `quota` members by (rank, ticket, USCC).
 *
 * @example
 * ```ts
 * import type { SelectionSql } from 'double-random';
 * const run = (q: SelectionSql): string => `${q.text} -- with ${q.values.length} parameter`;
 * ```
 * @category Split draw
 * @since 0.1.0
 */
export interface SelectionSql {
  /** The query, with `$1` for the seed. */
  readonly text: string;
  /** Its parameters: the seed. Pass them separately, never spliced into the text. */
  readonly values: readonly [string];
}

/** A plain SQL table name: letters, digits and underscores, optionally schema-qualified. */
const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;
const tableName = z.string().regex(TABLE_NAME, 'a plain table name: letters, digits and underscores, not starting with a digit, optionally schema-qualified (schema.table)');

/** The options of {@link selectionSql}: strict, so that a misspelt table option never silently reads the default table. */
const optionsSchema = z.strictObject({ members: tableName.optional(), quotas: tableName.optional() });

/** A SQL identifier already checked against `TABLE_NAME`, quoted (case is kept: `Members` is not `members`). */
function quoted(name: string): string {
  return name.split('.').map((part) => `"${part}"`).join('.');
}

/**
 * Returns the selection phase of a draw as a PostgreSQL query (R27), given two tables the
 * platform fills from the classification: {@link shardMembers} gives every member of every stratum
 * with its rank, {@link splitQuotas} (over every shard's {@link countShard}) each stratum's quota:
 *
 * - `members(uscc text, stratum text, late boolean)`: every eligible member of every stratum,
 *   `late` for members ranked last (R8);
 * - `quotas(stratum text, quota integer)`: each stratum's quota.
 *
 * The query returns `(stratum, uscc, rank, ticket, late)` for each drawn member, `rank` 1-based
 * within its stratum and `ticket` as 16 hex digits, ordered by stratum (in code-point order, which
 * the record's UTF-16 order of keys matches unless a draw id mixes characters above U+FFFF with
 * characters from U+E000 to U+FFFF) and rank: exactly the `drawn` lists of the draw record. The
 * ticket is `substring(sha256(pad32(algorithm id) ‖ sha256(seed) ‖ uscc) from 1 for 8)`, compared
 * as bytes (unsigned, big-endian); ties are broken by the USCC in byte order (`COLLATE "C"`).
 *
 * To get the draw record itself, read the rows as one {@link ShardDraw}: one stratum per entry of
 * the quotas, with its `population`, and as its candidates its rows' `{ uscc, late, ticket }`; the
 * full-coverage list is every shard's `shardMembers(…).fullCoverage`. {@link mergeShards} of that
 * one draw with the quotas and the whole directory's input digest is {@link planDraw}'s record.
 *
 * @param seed - The public seed: it travels as the parameter `$1`, never spliced into the text.
 * @param options - The table names (default `members` and `quotas`).
 * @returns `Right` with the query text and its parameter values; `Left` with every issue: a seed
 *   that is not a usable seed string (`seed/invalid`, R27), options that are not an object, an
 *   unknown option (with the option it most likely meant), or a table name that is not a plain,
 *   optionally schema-qualified, identifier (`schema/invalid_format`).
 * @example
 * ```ts
 * import { selectionSql } from 'double-random';
 *
 * const query = selectionSql('2024-Q2 公证 7 3 9 1 4 0', { members: 'draw_members', quotas: 'draw_quotas' });
 * if (query._tag === 'Right') {
 *   // with node-postgres: const { rows } = await client.query(query.right.text, [...query.right.values]);
 *   console.log(query.right.text.includes('sha256')); // true
 * }
 * ```
 * @category Split draw
 * @since 0.1.0
 */
export function selectionSql(seed: string, options: { readonly members?: string; readonly quotas?: string } = {}): Result<InputError, SelectionSql> {
  const badSeed = seedIssue(seed);
  const issues: InputIssue[] = badSeed === undefined ? [] : [issueAt(['seed'], 'seed/invalid', badSeed, 'R27')];
  if (isRecord(options)) issues.push(...schemaIssues(optionsSchema, options, ['options'], 'R27', true));
  else issues.push(typeIssue(['options'], 'object', 'an options object { members?, quotas? }', options, 'R27'));
  const refused = refusal(issues);
  if (refused !== undefined) return refused;
  const members = quoted(options.members ?? 'members');
  const quotas = quoted(options.quotas ?? 'quotas');
  const pad32 = [...TARGET_ALGORITHM].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('').padEnd(64, '0');
  const text = `WITH block AS (
  SELECT decode('${pad32}', 'hex') || sha256(convert_to($1::text, 'UTF8')) AS prefix
), ticketed AS (
  SELECT m.stratum, m.uscc, m.late, substring(sha256(b.prefix || convert_to(m.uscc, 'UTF8')) FROM 1 FOR 8) AS ticket
  FROM ${members} m CROSS JOIN block b
), ranked AS (
  SELECT t.stratum, t.uscc, t.ticket, t.late,
         row_number() OVER (PARTITION BY t.stratum ORDER BY t.late, t.ticket, t.uscc COLLATE "C") AS rank
  FROM ticketed t
)
SELECT r.stratum, r.uscc, r.rank, encode(r.ticket, 'hex') AS ticket, r.late
FROM ranked r JOIN ${quotas} q ON q.stratum = r.stratum
WHERE r.rank <= q.quota
ORDER BY r.stratum COLLATE "C", r.rank`;
  return right({ text, values: [seed] });
}
