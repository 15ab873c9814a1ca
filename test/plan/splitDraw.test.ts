/**
 * A split draw (R27): counts per shard, quotas once, candidates per shard, merged. The record must
 * be the single run's, byte for byte, however the directory is split.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { countShard, drawShard, inputDigest, mergeShards, planDraw, shardMembers, splitQuotas, type DepartmentId, type DrawRecord, type DrawSpec, type PlanningInput } from '../../src/index.js';
import { shares } from '../arbitraries.js';
import { generateDirectory } from '../../src/testing/index.js';
import { referenceMembers } from './reference.js';
import { rightOf } from '../result.js';

function must<T>(result: { _tag: 'Left'; left: unknown } | { _tag: 'Right'; right: T }): T {
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left));
  return result.right;
}

/** The split draw of `shards`, the way a platform would run it. */
function splitDraw(shards: readonly PlanningInput[], whole: PlanningInput, seed: string, draws?: readonly DrawSpec[]): DrawRecord {
  const options = draws === undefined ? { seed } : { seed, draws };
  const quotas = must(splitQuotas(shards.map((shard) => must(countShard(shard, options))), shards[0] as PlanningInput));
  return must(mergeShards(shards.map((shard) => must(drawShard(shard, options, quotas))), quotas, rightOf(inputDigest(whole))));
}

const arbSplit = fc.record({
  size: fc.integer({ min: 0, max: 200 }),
  name: fc.stringMatching(/^[a-z]{1,5}$/),
  batch: fc.integer({ min: 1, max: 4 }),
  seed: fc.stringMatching(/^[a-z0-9]{1,8}$/),
  shards: fc.integer({ min: 1, max: 6 }),
  assignment: fc.array(fc.nat(), { minLength: 200, maxLength: 200 }),
  raise: fc.constantFrom(1, 10),
  directed: fc.boolean(),
  blackList: fc.constantFrom(null, { coverage: 'full' as const }, { coverage: 'raised' as const, ratio: 0.8 }),
}).map(({ size, name, batch, seed, shards, assignment, raise, directed, blackList }) => {
  const generated = generateDirectory({ size, seed: name, year: 2024, batch, inspectorsPerDepartment: 0 });
  const r = generated.policy.ratios;
  const up = (x: number): number => Math.min(1, x * raise);
  const whole: PlanningInput = { ...generated, policy: { ...generated.policy, blackList, ratios: { A: up(r.A), B: up(r.B), C: up(r.C), D: up(r.D), unrated: up(r.unrated), yellow: up(r.yellow) } } };
  const parts = Array.from({ length: shards }, (_, k) => ({ ...whole, enterprises: whole.enterprises.filter((_, i) => (assignment[i] ?? 0) % shards === k) }));
  const kinds = [...new Set(whole.items.filter((i) => i.department === 'samr' && i.scope === 'general').map((i) => i.kind))];
  const draws: DrawSpec[] | undefined = directed ? [{ id: 'directed', departments: ['samr' as DepartmentId], kinds, filter: { industries: ['F', 'H'], creditClasses: ['B', 'C', 'D'] }, ...(assignment[0]! % 2 === 0 ? { ratio: 0.5 } : {}) }] : undefined;
  return { whole, parts, seed, draws };
});

describe('split draw (R27)', () => {
  test.prop([arbSplit], { numRuns: 1000 })('gives the single run\'s record, byte for byte, however the directory is split', ({ whole, parts, seed, draws }) => {
    const single = must(planDraw(whole, draws === undefined ? { seed } : { seed, draws })).record;
    expect(JSON.stringify(splitDraw(parts, whole, seed, draws))).toBe(JSON.stringify(single));
  });

  test.prop([arbSplit], { numRuns: 1000 })('shardMembers: the shards\' members are the whole directory\'s, as the reference classifies them, whatever the split (§4.2, R8, R10)', ({ whole, parts, seed, draws }) => {
    const options = draws === undefined ? {} : { draws };
    const order = (a: { stratum: string; uscc: string }, b: { stratum: string; uscc: string }): number => (a.stratum < b.stratum ? -1 : a.stratum > b.stratum ? 1 : a.uscc < b.uscc ? -1 : a.uscc > b.uscc ? 1 : 0);
    const all = must(shardMembers(whole, options));
    expect(all.members).toEqual(referenceMembers(whole, draws).sort(order));
    const split = parts.map((part) => must(shardMembers(part, options)));
    expect(split.flatMap((m) => m.members).sort(order)).toEqual(all.members);
    const record = must(planDraw(whole, draws === undefined ? { seed } : { seed, draws })).record;
    expect(split.flatMap((m) => m.fullCoverage).sort()).toEqual(record.fullCoverage);
    expect(all.draws).toEqual(record.draws);
  });

  it('shardMembers refuses unknown options and bad draws with their paths, and takes no seed', () => {
    const input = generateDirectory({ size: 50, seed: 'members-options' });
    const misspelt = shardMembers(input, { draw: [] } as never);
    expect(misspelt._tag === 'Left' && misspelt.left.issues.map((i) => [i.at, i.rule])).toEqual([['$.options.draw', 'R27']]);
    const seeded = shardMembers(input, { seed: 's' } as never);
    expect(seeded._tag).toBe('Left');
    const badDraws = shardMembers(input, { draws: [{ id: 'x' }] } as never);
    expect(badDraws._tag === 'Left' && badDraws.left.issues[0]?.at.startsWith('$.options.draws[0]')).toBe(true);
  });

  it('the generator draws, in split shards', () => {
    const share = shares(arbSplit, ({ whole, parts, seed, draws }) => {
      const drawn = must(planDraw(whole, draws === undefined ? { seed } : { seed, draws })).record.strata.some((s) => s.drawn.length > 0);
      const record = must(planDraw(whole, draws === undefined ? { seed } : { seed, draws })).record;
      const listed = record.strata.some((s) => s.key.endsWith('|black-list') && s.drawn.length > 0);
      return [drawn ? 'draws' : 'draws nothing', parts.length > 1 ? 'split' : 'one shard', ...(listed ? ['black-list strata drawn'] : [])];
    });
    expect(share('black-list strata drawn')).toBeGreaterThan(5); // about 70 of the property's 1 000 runs
    expect(share('draws')).toBeGreaterThan(70);
    expect(share('split')).toBeGreaterThan(70);
  });

  const whole = generateDirectory({ size: 400, seed: 'split-refusals' });
  const shards = [0, 1].map((k) => ({ ...whole, enterprises: whole.enterprises.filter((_, i) => i % 2 === k) }));
  const counts = shards.map((shard) => must(countShard(shard, { seed: 's' })));
  const quotas = must(splitQuotas(counts, whole));

  it('refuses shards that disagree on the seed, policy, period or draws, and no shard at all', () => {
    const other = must(countShard(shards[1] as PlanningInput, { seed: 't' }));
    const refused = splitQuotas([counts[0]!, other], whole);
    expect(refused._tag === 'Left' && refused.left.issues.map((i) => [i.at, i.code])).toEqual([['$.counts[1].seed', 'split/shards-disagree']]);
    const none = splitQuotas([], whole);
    expect(none._tag === 'Left' && none.left.issues[0].code).toBe('split/no-shards');
    const late = drawShard(shards[0] as PlanningInput, { seed: 't' }, quotas);
    expect(late._tag === 'Left' && late.left.issues.map((i) => i.at)).toEqual(['$.quotas.seed']);
  });

  it('refuses malformed parts with paths, and an enterprise that is a candidate in two shards', () => {
    const bad = splitQuotas([{ ...counts[0]!, strata: [{ key: 'x', base: -1, eligible: 0, alreadyDrawn: 0 }] }], whole);
    expect(bad._tag === 'Left' && bad.left.issues.map((i) => i.at)).toEqual(['$.counts[0].strata[0].base']);
    const draw = must(drawShard(shards[0] as PlanningInput, { seed: 's' }, quotas));
    const twice = mergeShards([draw, draw], quotas, rightOf(inputDigest(whole)));
    expect(twice._tag === 'Left' && draw.strata.length > 0 && twice.left.issues[0].code).toBe('split/duplicate-candidate');
    const digest = mergeShards([draw], quotas, 'not a digest');
    expect(digest._tag === 'Left' && digest.left.issues.map((i) => i.at)).toEqual(['$.inputDigest']);
    const notArray = mergeShards('x' as never, quotas, rightOf(inputDigest(whole)));
    expect(notArray._tag === 'Left' && notArray.left.issues.map((i) => i.at)).toEqual(['$.draws']);
  });

  describe('forged or inconsistent parts, from an outside review', () => {
    const draws = shards.map((shard) => must(drawShard(shard, { seed: 's' }, quotas)));
    const digest = rightOf(inputDigest(whole));
    const codes = (r: ReturnType<typeof mergeShards>): string[] => (r._tag === 'Left' ? r.left.issues.map((i) => i.code) : []);
    const drawnAt = draws[0]!.strata.findIndex((st) => st.candidates.length > 0);
    const withCandidate = (edit: (c: { uscc: string; late: boolean; ticket: string }) => object) => draws.map((d, i) => (i === 0 ? { ...d, strata: d.strata.map((st, j) => (j === drawnAt ? { ...st, candidates: st.candidates.map((c, k) => (k === 0 ? edit(c) : c)) } : st)) } : d));

    it('refuses a candidate whose ticket is not its own under the seed, or a shard drawn under another seed', () => {
      expect(drawnAt).toBeGreaterThanOrEqual(0);
      expect(codes(mergeShards(withCandidate((c) => ({ ...c, ticket: '0000000000000000' })) as never, quotas, digest))).toContain('split/forged-ticket');
      const tQuotas = must(splitQuotas(shards.map((shard) => must(countShard(shard, { seed: 't' }))), whole));
      const tDraws = shards.map((shard) => must(drawShard(shard, { seed: 't' }, tQuotas)));
      expect(codes(mergeShards(tDraws, quotas, digest))).toContain('split/forged-ticket');
    });

    it('refuses missing shards or candidates instead of a record below its quotas', () => {
      expect(codes(mergeShards([], quotas, digest))).toContain('split/missing-candidates');
      expect(codes(mergeShards([draws[0]!], quotas, digest))).toContain('split/missing-candidates');
    });

    it('refuses quotas above the population, strata twice or unsorted, unknown draws', () => {
      const s0 = quotas.strata[0]!;
      expect(codes(mergeShards(draws, { ...quotas, strata: [{ ...s0, quota: s0.population + 5, regular: 0 }, ...quotas.strata.slice(1)] }, digest))).toContain('split/quotas');
      expect(codes(mergeShards(draws, { ...quotas, strata: [s0, ...quotas.strata] }, digest))).toContain('split/quotas');
      expect(codes(mergeShards(draws, { ...quotas, strata: [...quotas.strata].reverse() }, digest))).toContain('split/quotas');
      expect(codes(mergeShards(draws, { ...quotas, strata: [{ ...s0, key: 'ghost|F|B|none' }, ...quotas.strata.slice(1)] }, digest))).toContain('split/quotas');
    });

    it('refuses counts no classification gives, and shards set up differently under one policy id', () => {
      const c0 = counts[0]!;
      const bad = (strata: object[]) => splitQuotas([{ ...c0, strata } as never, counts[1]!], whole);
      const st = c0.strata[0]!;
      for (const strata of [[{ ...st, eligible: st.base + 1 }], [st, st], [{ ...st, key: 'ghost|F|B|none' }], [{ ...st, key: 'general|zz|B|none' }], [{ ...st, base: 0, eligible: 0, alreadyDrawn: 0 }]]) {
        expect(codes(bad(strata) as never)).toContain('split/counts');
      }
      const other = { ...shards[1]!, policy: { ...shards[1]!.policy, avoidRepeatDraws: !shards[1]!.policy.avoidRepeatDraws } };
      const refused = splitQuotas([c0, must(countShard(other, { seed: 's' }))], whole);
      expect(refused._tag === 'Left' && refused.left.issues.map((i) => i.at)).toContain('$.counts[1].setupSections.policy');
    });

    it('refuses an enterprise drawn in two strata of one draw (two shards disagreeing about it)', () => {
      const d0 = draws[0]!;
      const at = d0.strata.find((st) => st.candidates.length > 0)!;
      const twice = { ...d0, strata: [...d0.strata, { key: `${at.key.split('|')[0]}|Q|D|yellow`, population: 1, candidates: [at.candidates[0]!] }] };
      expect(codes(mergeShards([twice, ...draws.slice(1)], quotas, digest))).toEqual(expect.arrayContaining(['split/duplicate-candidate']));
    });

    it('refuses stratum keys no classification of these shards can give (second outside review)', () => {
      const c0 = counts[0]!;
      const st = c0.strata.find((x) => x.key.startsWith('general|'))!;
      const withKey = (key: string) => splitQuotas([{ ...c0, strata: [...c0.strata, { ...st, key }].sort((a, b) => (a.key < b.key ? -1 : 1)) } as never, counts[1]!], whole);
      const jointH = whole.jointLists.find((l) => l.industry === 'H')!;
      expect(whole.policy.blackList).toBe(null);
      const keys = ['general|C|B|none|black-list', `${jointH.id}|F|B|none`, 'general|H|B|yellow', ...(whole.policy.classATriggerOnly ? ['general|C|A|none'] : [])];
      for (const key of keys) {
        if (c0.strata.some((x) => x.key === key)) continue;
        expect(codes(withKey(key) as never), key).toContain('split/counts');
      }
    });

    it('refuses an enterprise that is a candidate and in full coverage, and more candidates than the quota (second outside review)', () => {
      const d0 = draws[0]!;
      const at = d0.strata.findIndex((st) => st.candidates.length > 0);
      const covered = { ...d0, fullCoverage: [...d0.fullCoverage, d0.strata[at]!.candidates[0]!.uscc].sort() };
      expect(codes(mergeShards([covered, ...draws.slice(1)], quotas, digest))).toContain('split/duplicate-candidate');
      const quota = quotas.strata.find((q) => q.key === d0.strata[at]!.key)!;
      const extra = whole.enterprises.find((e) => !draws.some((d) => d.strata.some((x) => x.candidates.some((c) => c.uscc === e.uscc))) && !d0.fullCoverage.includes(e.uscc))!;
      const many = { ...d0, strata: d0.strata.map((st, j) => (j === at ? { ...st, candidates: [...st.candidates, ...Array.from({ length: quota.quota }, () => ({ uscc: extra.uscc, late: false, ticket: 'ffffffffffffffff' }))] } : st)) };
      expect(codes(mergeShards([many, ...draws.slice(1)], quotas, digest))).toContain('split/too-many-candidates');
    });
  });

  it('refuses misspelt or missing options in every phase, as shardMembers does (second outside review)', () => {
    const shard = shards[0] as PlanningInput;
    for (const run of [
      () => countShard(shard, { seed: 's', drwas: [] } as never),
      () => drawShard(shard, { seed: 's', drwas: [] } as never, quotas),
      () => planDraw(shard, { seed: 's', drwas: [] } as never),
      () => countShard(shard, null as never),
    ]) {
      const result = run();
      expect(result._tag === 'Left' && result.left.issues.map((i) => i.at)[0]).toMatch(/^\$\.options/);
    }
  });
});
