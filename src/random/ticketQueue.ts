import { GROUPS, simdTicketRun, type SimdTicketRun } from './simdTickets.js';
import { codeWords, type Ticketer } from './tickets.js';

/**
 * Many codes' tickets written into `hi` and `lo` (R27): `add(uscc, i)` queues a code for row `i`;
 * `hi[i]` and `lo[i]` are written when the queue fills or at `flush()`, which the caller must call
 * before reading them. Four at a time with WebAssembly SIMD where it runs (src/random/simdTickets.ts),
 * else one by one with the JavaScript compression; the same tickets either way
 * (test/random/simdTickets.test.ts).
 */
export interface TicketQueue {
  readonly add: (uscc: string, i: number) => void;
  readonly flush: () => void;
}

/** Below this many expected codes the JavaScript compression is used (the SIMD path's setup is not worth it). */
const SIMD_FROM = 1024;

/** A {@link TicketQueue} of a seed's tickets, for at most `expected` codes (which decides whether SIMD is worth it). */
export function ticketQueue(tickets: Ticketer, hi: Uint32Array, lo: Uint32Array, expected: number): TicketQueue {
  const simd = expected >= SIMD_FROM ? simdTicketRun(tickets.midstate) : undefined;
  if (simd === undefined) return { add: (uscc, i) => tickets.write(uscc, hi, lo, i), flush: () => undefined };
  return simdQueue(simd, hi, lo);
}

/** A {@link TicketQueue} over the SIMD module: codes fill its groups four lanes at a time; a full page of groups is run at once. */
function simdQueue(simd: SimdTicketRun, hi: Uint32Array, lo: Uint32Array): TicketQueue {
  const { words, input, output, run } = simd;
  const rows = new Int32Array(GROUPS * 4);
  let count = 0;
  const flush = (): void => {
    if (count === 0) return;
    run((count + 3) >> 2);
    for (let j = 0; j < count; j++) {
      const at = output + (j >> 2) * 8 + (j & 3);
      const row = rows[j] as number;
      hi[row] = words[at] as number;
      lo[row] = words[at + 4] as number;
    }
    count = 0;
  };
  const add = (uscc: string, i: number): void => {
    codeWords(uscc, words, input + (count >> 2) * 20 + (count & 3), 4);
    rows[count++] = i;
    if (count === rows.length) flush();
  };
  return { add, flush };
}
