import type { Enterprise, PlanningInput } from '../model/types.js';

/** Finds an enterprise of the directory by its code, among those a lookup was made for. */
export type EnterpriseLookup = (uscc: string) => Enterprise | undefined;

/**
 * One pass over the directory that keeps the enterprises whose codes are wanted (a batch's targets
 * and triggered tasks: a few percent of it), so that the stages after the draw share one pass
 * instead of each scanning ten million rows.
 */
export function lookupFor(input: PlanningInput, wanted: Iterable<string>): EnterpriseLookup {
  const codes = new Set<string>(wanted);
  const found = new Map<string, Enterprise>();
  if (codes.size > 0) for (const e of input.enterprises) if (codes.has(e.uscc)) found.set(e.uscc, e);
  return (uscc) => found.get(uscc);
}
