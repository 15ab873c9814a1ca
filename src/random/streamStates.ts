import { compress, loadWords, SHA256_IV, utf8Bytes, writeUtf8 } from './sha256.js';
import { BLOCK_GROUPS, simdBlockRun, type SimdTicketRun } from './simdTickets.js';

/** The id that begins every stream's hashed message (src/random/seed.ts). */
const STREAM_ID = 'double-random/stream/v1';

/**
 * The states of many streams of one seed whose purposes share their first block: the message
 * `double-random/stream/v1 ␟ head ‖ first ␟ second ␟ seed` where `double-random/stream/v1 ␟ head` is exactly
 * 64 bytes (staffing's `…␟inspectors␟joint:`). That block is compressed once; the second, which
 * holds the rest of the purpose, the seed and the padding, four at a time with WebAssembly SIMD
 * (src/random/simdTickets.ts). A message longer than two blocks (a long seed), or every message
 * where SIMD does not run, is left to {@link streamsOf}: `fits` says which were computed. The
 * states are what `streamsOf(seed)(head + first + ␟ + second)` starts from (test/random/streamStates.test.ts).
 */
export class StreamStates {
  private readonly run: SimdTicketRun | undefined;
  private readonly suffixes = new Map<string, Uint8Array>();

  constructor(private readonly seed: string, head: string) {
    const first = utf8Bytes(`${STREAM_ID}\u001f${head}`);
    if (first.length !== 64) {
      this.run = undefined;
      return;
    }
    const mid = SHA256_IV.slice();
    const w = new Int32Array(64);
    loadWords(first, 0, w);
    compress(mid, w);
    this.run = simdBlockRun(mid);
  }

  /** Whether any state can be computed here (SIMD runs and the head is one block). */
  get available(): boolean {
    return this.run !== undefined;
  }

  /**
   * The states of `head ‖ first(i) ␟ second(i)` for i < `count`: four words at `states[4i]`, valid
   * where `fits[i]` is 1. Staffing's are a task's code and a department: the few seconds' bytes are
   * encoded once. `first(i)` must not begin with half a surrogate pair (the library's begin with a
   * task's code).
   */
  compute(count: number, first: (i: number) => string, second: (i: number) => string): { readonly states: Int32Array; readonly fits: Uint8Array } {
    const states = new Int32Array(4 * count);
    const fits = new Uint8Array(count);
    const run = this.run;
    if (run === undefined) return { states, fits };
    const { words, input, output } = run;
    const block = new Uint8Array(64 + 3 * 64);
    const lanes = new Int32Array(4 * BLOCK_GROUPS);
    let queued = 0;
    const flush = (): void => {
      run.run((queued + 3) >> 2);
      for (let j = 0; j < queued; j++) {
        const i = lanes[j] as number;
        const at = output + 16 * (j >> 2) + (j & 3);
        for (let k = 0; k < 4; k++) states[4 * i + k] = words[at + 4 * k] as number;
        fits[i] = 1;
      }
      queued = 0;
    };
    for (let i = 0; i < count; i++) {
      if (!this.lastBlock(first(i), second(i), block)) continue;
      const at = input + 64 * (queued >> 2) + (queued & 3);
      for (let t = 0; t < 16; t++) {
        const b = 4 * t;
        words[at + 4 * t] = ((block[b] as number) << 24) | ((block[b + 1] as number) << 16) | ((block[b + 2] as number) << 8) | (block[b + 3] as number);
      }
      lanes[queued++] = i;
      if (queued === lanes.length) flush();
    }
    if (queued > 0) flush();
    return { states, fits };
  }

  /** The bytes of `␟ second ␟ seed`, encoded once per `second`. */
  private suffix(second: string): Uint8Array {
    let bytes = this.suffixes.get(second);
    if (bytes === undefined) {
      bytes = utf8Bytes(`\u001f${second}\u001f${this.seed}`);
      if (this.suffixes.size < 4096) this.suffixes.set(second, bytes);
    }
    return bytes;
  }

  /** Writes the second and last block of `head ‖ first ␟ second ␟ seed` with its padding into `block[0…64)`; `false` when the message needs more. */
  private lastBlock(first: string, second: string, block: Uint8Array): boolean {
    // More than 55 units are more than 55 bytes: the message cannot fit.
    if (first.length > 55) return false;
    const suffix = this.suffix(second);
    const size = writeUtf8(first, block, 0);
    const length = size + suffix.length;
    if (length + 9 > 64) return false;
    block.set(suffix, size);
    block.fill(0, length, 64);
    block[length] = 0x80;
    const bits = (64 + length) * 8;
    block[62] = bits >>> 8;
    block[63] = bits & 0xff;
    return true;
  }
}
