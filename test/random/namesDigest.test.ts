/**
 * The names digest (R4, R23): the documented vector (docs/draw-algorithm.md, "The names digest"),
 * and what a plan's `record.namesDigest` covers.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { planPeriod } from '../../src/index.js';
import { namesDigestOf } from '../../src/random/namesDigest.js';
import { canonicalJson } from '../../src/random/inputDigest.js';
import fc from 'fast-check';
import { generateDirectory } from '../../src/testing/index.js';
import { rightOf } from '../result.js';

describe('the names digest', () => {
  it('is the documented vector, whatever the order of the pairs', () => {
    const pairs: [string, string][] = [['91350100M000100Y43', '福州示例有限公司'], ['91110000802100433B', '北京"示例"科技有限公司']];
    const text = '[["91110000802100433B","北京\\"示例\\"科技有限公司"],["91350100M000100Y43","福州示例有限公司"]]';
    expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe('c78d52a9695156250d3e72c7a0861de99729f2db46f57a6bc70d9c57c88d6427');
    expect(namesDigestOf(new Map(pairs))).toBe('c78d52a9695156250d3e72c7a0861de99729f2db46f57a6bc70d9c57c88d6427');
    expect(namesDigestOf(new Map([...pairs].reverse()))).toBe('c78d52a9695156250d3e72c7a0861de99729f2db46f57a6bc70d9c57c88d6427');
  });

  it('hashes the canonical JSON of the pairs: for string pairs it is JSON.stringify\'s text, any characters (lone surrogates, controls, quotes)', () => {
    const text = fc.string({ unit: 'binary', maxLength: 12 });
    fc.assert(fc.property(fc.array(fc.tuple(text, text), { maxLength: 8 }), (pairs) => {
      expect(JSON.stringify(pairs)).toBe(canonicalJson(pairs));
    }), { numRuns: 1_000 });
  });

  it('a plan\'s covers exactly the draw\'s targets and the joint tasks\' enterprises, with their names', () => {
    const input = generateDirectory({ size: 800, seed: 'names', inspectorsPerDepartment: 4 });
    const plan = rightOf(planPeriod(input, { seed: 'names' }));
    const nameOf = new Map(input.enterprises.map((e) => [e.uscc as string, e.name]));
    const covered = new Set<string>([...plan.draw.targets.map((t) => t.uscc), ...plan.tasks.map((t) => t.enterprise), ...plan.unplannable.map((t) => t.enterprise)]);
    expect(covered.size).toBeGreaterThan(5);
    expect(plan.record.namesDigest).toBe(namesDigestOf(new Map([...covered].map((u) => [u, nameOf.get(u)!]))));
  });
});
