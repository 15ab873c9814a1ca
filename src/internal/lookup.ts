import type { Enterprise, PlanningInput } from '../model/types.js';

/** Finds an enterprise of the directory by its code, among those a lookup was made for. */
export type EnterpriseLookup = (uscc: string) => Enterprise | undefined;

/**
 * One pass over the directory that keeps the enterprises whose codes are wanted (a batch's targets
 * and triggered tasks: a few percent of it), so that the stages after the draw share one pass
 * instead of each scanning ten million rows.
 *
 * A set of a hundred thousand codes is larger than the processor's caches, so asking it about
 * every row costs a memory stall each. A bit table of the wanted codes' hashes, sixteen bits per
 * code and small enough to stay cached, answers "certainly not wanted" for most rows first; only
 * the rest (the wanted and about one in sixteen others) are looked up in the set. The table
 * only saves time: a row is kept exactly when the set has its code.
 */
export function lookupFor(input: PlanningInput, wanted: Iterable<string>): EnterpriseLookup {
  const codes = new Set<string>(wanted);
  const found = new Map<string, Enterprise>();
  if (codes.size > 0) {
    const bits = Math.min(23, Math.max(10, Math.ceil(Math.log2(codes.size * 16))));
    const table = new Uint32Array(2 ** (bits - 5));
    const shift = 32 - bits;
    for (const code of codes) {
      const h = tailHash(code) >>> shift;
      table[h >>> 5] = (table[h >>> 5] as number) | (1 << (h & 31));
    }
    for (const e of input.enterprises) {
      const h = tailHash(e.uscc) >>> shift;
      if (((table[h >>> 5] as number) & (1 << (h & 31))) !== 0 && codes.has(e.uscc)) found.set(e.uscc, e);
    }
  }
  return (uscc) => found.get(uscc);
}

/** A hash of a code's last eight characters (a USCC's organisation code and check character). */
function tailHash(code: string): number {
  let h = 0;
  for (let i = Math.max(0, code.length - 8); i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 0x9e37_79b1);
  return Math.imul(h ^ (h >>> 15), 0x85eb_ca6b);
}
