import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { lookupFor } from '../../src/internal/lookup.js';
import type { Enterprise, PlanningInput } from '../../src/model/types.js';

describe('lookupFor: the enterprises of the wanted codes, through a bit-table prefilter', () => {
  // Short alphabets make codes that share their last characters, so the table has collisions.
  const code = fc.string({ unit: fc.constantFrom('0', '1', 'A', '9'), minLength: 0, maxLength: 20 });
  test.prop([fc.uniqueArray(code, { maxLength: 300 }), fc.array(code, { maxLength: 300 })], { numRuns: 300 })('finds exactly the wanted codes of the directory, and nothing else', (directory, wanted) => {
    const enterprises = directory.map((uscc) => ({ uscc }) as unknown as Enterprise);
    const lookup = lookupFor({ enterprises } as unknown as PlanningInput, wanted);
    const wantedSet = new Set(wanted);
    for (const e of enterprises) expect(lookup(e.uscc)).toBe(wantedSet.has(e.uscc) ? e : undefined);
    for (const w of wanted) if (!directory.includes(w)) expect(lookup(w)).toBeUndefined();
  });
});
