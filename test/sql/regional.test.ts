// #25 point 4, in npm test: examples/regional-draw.ts at 10^5 enterprises. Four regions, each with
// its own PostgreSQL 15 server (its own data folder and Unix socket), each parsing only its own
// export (parsePlanningInput with { shard: true }: conflicts and history name other regions'
// enterprises), counting, loading its members and selecting its candidates with selectionSql in
// its own database; the coordinator's splitQuotas and mergeShards give planDraw's record on the
// union, which verifyDraw accepts. The example itself runs at 10^6 (npm run examples).
import { expect, it } from 'vitest';
import { regionalDraw } from '../../examples/regional-draw.js';

it('four regions on four PostgreSQL servers draw what planDraw draws on the union, and it verifies', async () => {
  const lines: string[] = [];
  const outcome = await regionalDraw(100_000, (line) => lines.push(line));
  expect(outcome.regions).toHaveLength(4);
  expect(outcome.regions.reduce((n, r) => n + r.enterprises, 0)).toBe(100_000);
  expect(outcome.regions.every((r) => r.enterprises > 15_000)).toBe(true);
  expect(lines.some((l) => l.startsWith('4 PostgreSQL servers started'))).toBe(true);
  expect(outcome).toMatchObject({ identical: true, verified: true });
}, 300_000);
