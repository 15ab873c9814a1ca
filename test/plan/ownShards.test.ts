// #25 point 4: regions that never share their directories. Each shard's input holds only its own
// enterprises, the whole roster and the whole history, and is parsed on its own machine: its
// inspectors' conflicts and its history name other regions' enterprises. The split draw must then
// give planDraw's record on the union, byte for byte, and refuse a roster trimmed per shard by
// naming the inspectors as what differs.
import { describe, expect, it } from 'vitest';
import { countShard, drawShard, inputDigest, mergeShards, parsePlanningInput, planDraw, splitQuotas, verifyDraw, type PlanningInput, type ShardCounts } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { rightOf } from '../result.js';

const SEED = '2024-Q2 公证 7 3 9 1 4 0';
const union = generateDirectory({ size: 20_000, seed: 'own-shards', year: 2024, batch: 2 });
const regions = [...new Set(union.enterprises.map((e) => e.region))].sort();
/** Region r's export, as its own database writes it: JSON, with only its enterprises. */
const exports = [0, 1, 2, 3].map((r) => JSON.parse(JSON.stringify({ ...union, enterprises: union.enterprises.filter((e) => regions.indexOf(e.region) % 4 === r) })) as unknown);
const own = (raw: unknown): Set<string> => new Set((raw as PlanningInput).enterprises.map((e) => e.uscc));

describe('shards parsed on their own machines', () => {
  it('the inputs really name other shards\' enterprises: conflicts and history records outside each shard', () => {
    for (const raw of exports) {
      const mine = own(raw);
      const input = raw as PlanningInput;
      expect(input.inspectors.flatMap((i) => i.conflicts).filter((c) => !mine.has(c)).length).toBeGreaterThan(0);
      expect(input.history.filter((h) => !mine.has(h.enterprise)).length).toBeGreaterThan(0);
    }
  });

  it('without { shard: true } each is refused for those references (the reproduction of #25)', () => {
    const refused = parsePlanningInput(exports[0]);
    expect(refused._tag).toBe('Left');
    const codes = new Set(refused._tag === 'Left' ? refused.left.issues.map((i) => i.code) : []);
    expect([...codes]).toEqual(['reference/enterprise']);
  });

  it('with { shard: true }: countShard → splitQuotas → drawShard → mergeShards gives planDraw\'s record on the union, and it verifies', () => {
    const shards = exports.map((raw) => rightOf(parsePlanningInput(raw, { shard: true })));
    const counts = shards.map((s) => rightOf(countShard(s, { seed: SEED })));
    const quotas = rightOf(splitQuotas(counts, shards[2] as PlanningInput));
    const draws = shards.map((s) => rightOf(drawShard(s, { seed: SEED }, quotas)));
    const record = rightOf(mergeShards(draws, quotas, rightOf(inputDigest(union))));
    const whole = rightOf(planDraw(union, { seed: SEED }));
    expect(JSON.stringify(record)).toBe(JSON.stringify(whole.record));
    expect(verifyDraw(record, union, { seed: SEED }).valid).toBe(true);
    // Earlier draws this year reach the counts through the whole history (R8): some strata have alreadyDrawn > 0 in every shard.
    expect(counts.every((c) => c.strata.some((s) => s.alreadyDrawn > 0))).toBe(true);
  });

  it('a shard still refuses a malformed code among its conflicts or history (N10), and an unknown department', () => {
    const raw = exports[1] as PlanningInput;
    const badConflict = { ...raw, inspectors: raw.inspectors.map((i, k) => (k === 0 ? { ...i, conflicts: ['91500118WXR76PK84X'] } : i)) };
    const badHistory = { ...raw, history: raw.history.map((h, k) => (k === 0 ? { ...h, enterprise: 'not-a-code' } : h)) };
    const unknownDepartment = { ...raw, history: raw.history.map((h, k) => (k === 0 ? { ...h, departments: ['nobody'] } : h)) };
    const at = (value: unknown): unknown => {
      const result = parsePlanningInput(value, { shard: true });
      return result._tag === 'Left' && result.left.issues.map((i) => `${i.at} ${i.code}`);
    };
    expect(at(badConflict)).toEqual(['$.inspectors[0].conflicts[0] uscc/check-character']);
    expect(at(badHistory)).toEqual(['$.history[0].enterprise uscc/length']);
    expect(at(unknownDepartment)).toEqual(['$.history[0].departments[0] reference/department']);
  });

  it('a roster trimmed to each shard\'s own conflicts is refused, naming the inspectors', () => {
    const trimmed = exports.map((raw) => {
      const mine = own(raw);
      const input = raw as PlanningInput;
      return rightOf(parsePlanningInput({ ...input, inspectors: input.inspectors.map((i) => ({ ...i, conflicts: i.conflicts.filter((c) => mine.has(c)) })) }, { shard: true }));
    });
    const counts: ShardCounts[] = trimmed.map((s) => rightOf(countShard(s, { seed: SEED })));
    const refused = splitQuotas(counts, trimmed[0] as PlanningInput);
    expect(refused._tag).toBe('Left');
    const issues = refused._tag === 'Left' ? refused.left.issues : [];
    expect(issues.map((i) => i.at)).toEqual(['$.counts[1].setupSections.inspectors', '$.counts[2].setupSections.inspectors', '$.counts[3].setupSections.inspectors']);
    expect(issues[0]?.message).toMatch(/other inspectors \(each shard holds the whole roster/);
  });

  it('an unknown parse option is refused, and shard must be a boolean', () => {
    expect(parsePlanningInput(exports[0], { shards: true } as never)._tag).toBe('Left');
    expect(parsePlanningInput(exports[0], { shard: 'yes' } as never)._tag).toBe('Left');
  });
});
