/**
 * Issue lists are bounded (#14): after the first `maxIssues` issues (default 300) the error says how
 * many more there were, at least, and parsing stops paying for their messages.
 */
import { describe, expect, it } from 'vitest';
import { parsePlanningInput } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';

const raw = JSON.parse(JSON.stringify(generateDirectory({ size: 20, seed: 'bounded' }))) as Record<string, unknown>;

describe('bounded issue lists (#14)', () => {
  it('keeps the first 300 issues of 50 000 junk rows and counts the rest', () => {
    const junk = Array.from({ length: 50_000 }, (_, i) => ({ junk: i }));
    const result = parsePlanningInput({ ...raw, enterprises: junk });
    expect(result._tag).toBe('Left');
    if (result._tag === 'Left') {
      expect(result.left.issues).toHaveLength(300);
      expect(result.left.omitted).toBeGreaterThanOrEqual(50_000 - 300);
    }
  });

  it('takes another bound, says nothing was omitted under it, and refuses a bad bound or a misspelt option', () => {
    const junk = Array.from({ length: 10 }, () => ({ junk: 1 }));
    const ten = parsePlanningInput({ ...raw, enterprises: junk }, { maxIssues: 5 });
    expect(ten._tag === 'Left' && [ten.left.issues.length, (ten.left.omitted ?? 0) > 0]).toEqual([5, true]);
    const all = parsePlanningInput({ ...raw, enterprises: junk }, { maxIssues: 100_000 });
    expect(all._tag === 'Left' && all.left.omitted).toBe(undefined);
    for (const options of [{ maxIssues: 0 }, { maxIssues: 1.5 }, { maxIsues: 5 }]) {
      const r = parsePlanningInput(raw, options as never);
      expect(r._tag === 'Left' && r.left.issues[0]?.at, JSON.stringify(options)).toMatch(/^\$\.options/);
    }
  });
});
