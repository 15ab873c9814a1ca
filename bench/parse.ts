import { z } from 'zod';
import { lib, testing } from './lib.js';
import { median, time } from './timing.js';

const { parsePlanningInput } = lib;
const { generateDirectory } = testing;

/** A bare zod 4 schema of the same rows: plain strings and enums, no checks beyond types. */
const bare = z.array(
  z.object({
    uscc: z.string(), name: z.string(), industry: z.string(), region: z.string(),
    jurisdiction: z.enum(['city', 'district', 'town']), registeredOn: z.string(),
    creditClass: z.enum(['A', 'B', 'C', 'D', 'unrated']), colour: z.enum(['red', 'yellow', 'green', 'none']),
    whiteList: z.boolean(), trustExempt: z.boolean(), blackList: z.boolean(),
    operatingStatus: z.enum(['operating', 'not-operating', 'unreachable']),
  }),
);

export function benchParse(size: number, rounds = 3): { bareMs: number; oursMs: number; ratio: number } {
  const input = generateDirectory({ size, seed: 'bench-parse', inspectorsPerDepartment: 12 });
  const raw = JSON.parse(JSON.stringify(input)) as { enterprises: unknown[] };
  const bareTimes: number[] = [];
  const ourTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    bareTimes.push(time(() => {
      if (!bare.safeParse(raw.enterprises).success) throw new Error('bare parse failed');
    }));
    ourTimes.push(time(() => {
      if (parsePlanningInput(raw)._tag !== 'Right') throw new Error('parsePlanningInput failed');
    }));
  }
  const bareMs = median(bareTimes);
  const oursMs = median(ourTimes);
  return { bareMs, oursMs, ratio: oursMs / bareMs };
}
