/**
 * Results are shaped like fp-ts `Either` (README): fp-ts's own functions read them, and they are
 * the same values fp-ts builds, byte for byte in JSON, although the library does not load fp-ts.
 */
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { parseUscc } from '../../src/index.js';

describe('results are fp-ts Eithers (#16: fp-ts is not needed at run time)', () => {
  it('fp-ts folds, maps and narrows them', () => {
    const good = parseUscc('91350100M000100Y43');
    const bad = parseUscc('bad');
    expect(E.isRight(good) && E.isLeft(bad)).toBe(true);
    expect(E.map((code: string) => code.length)(good)).toEqual(E.right(18));
    expect(E.fold((e: { code: string }) => e.code, () => 'ok')(bad)).toBe('uscc/length');
  });

  it('they are the values fp-ts builds, key order included', () => {
    expect(JSON.stringify(parseUscc('91350100M000100Y43'))).toBe(JSON.stringify(E.right('91350100M000100Y43')));
    const bad = parseUscc('bad');
    expect(JSON.stringify(bad)).toBe(JSON.stringify(E.left(bad._tag === 'Left' ? bad.left : null)));
  });
});
