/**
 * Tickets four at a time: a WebAssembly module, written here byte by byte, that compresses the last
 * block of four codes' ticket messages in the four 32-bit lanes of 128-bit SIMD registers (FIPS
 * 180-4 §6.2.2, all 64 rounds written out). It computes exactly what `compress` computes for one
 * code (`test/random/simdTickets.test.ts` checks both against @noble/hashes), about 2.7 times
 * faster per ticket on the bench machine (docs/performance.md). Where WebAssembly or its SIMD
 * instructions are missing, or a content security policy forbids compiling it, {@link simdTicketRun}
 * gives `undefined` and the caller stays with the JavaScript compression.
 *
 * Memory (one 64 KiB page): the seed's midstate at byte 0 (word k in all four lanes of the 16
 * bytes at 16k); from byte 128, groups of 80 bytes, one per four codes: words 0–4 of the last
 * block, each as four lanes; from byte {@link OUT}, 32 bytes per group: the tickets' upper halves
 * in four lanes, then their lower halves. `run(groups)` fills the outputs of groups 0…groups − 1.
 */
import { K } from './sha256.js';

/** Groups of four codes per run (the input area and the output area must fit in the page). */
export const GROUPS = 512;
/** Byte offsets in the module's memory. */
const IN = 128;
const OUT = IN + GROUPS * 80;

/** Opcodes used (WebAssembly core and fixed-width SIMD specifications). */
const OP = { get: 0x20, set: 0x21, i32: 0x41, add: 0x6a, mul: 0x6c, ltU: 0x49, loop: 0x03, brIf: 0x0d, end: 0x0b, simd: 0xfd } as const;
const SIMD = { load: 0x00, store: 0x0b, splat: 0x11, or: 0x50, xor: 0x51, bitselect: 0x52, shl: 0xab, shrU: 0xad, add: 0xae } as const;

/** Local variables: i32 0 `groups` (the parameter), 1 the input pointer, 2 its end, 3 the output pointer; v128 from 4: W0–W63, a–h, t1, t2, the midstate. */
const W = 4;
const STATE = W + 64;
const T1 = STATE + 8;
const T2 = T1 + 1;
const MID = T2 + 1;

const uleb = (n: number): number[] => {
  const out: number[] = [];
  let rest = n;
  do {
    const low = rest & 127;
    rest >>>= 7;
    out.push(rest === 0 ? low : low | 128);
  } while (rest !== 0);
  return out;
};
const sleb = (n: number): number[] => {
  const out: number[] = [];
  let rest = n | 0;
  for (;;) {
    const low = rest & 127;
    rest >>= 7;
    if ((rest === 0 && (low & 64) === 0) || (rest === -1 && (low & 64) !== 0)) return [...out, low];
    out.push(low | 128);
  }
};
const vec = (items: readonly number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, bytes: readonly number[]): number[] => [id, ...uleb(bytes.length), ...bytes];
const name = (text: string): number[] => vec([...text].map((c) => [c.charCodeAt(0)]));

/** An instruction writer over one function body. */
class Body {
  readonly code: number[] = [];
  get(local: number): void { this.code.push(OP.get, ...uleb(local)); }
  set(local: number): void { this.code.push(OP.set, ...uleb(local)); }
  i32(value: number): void { this.code.push(OP.i32, ...sleb(value)); }
  op(...bytes: number[]): void { this.code.push(...bytes); }
  simd(op: number, ...immediates: number[]): void { this.code.push(OP.simd, ...uleb(op), ...immediates); }
  /** Pushes `local` rotated right by `n` bits in each lane. */
  rotr(local: number, n: number): void {
    this.get(local); this.i32(n); this.simd(SIMD.shrU);
    this.get(local); this.i32(32 - n); this.simd(SIMD.shl);
    this.simd(SIMD.or);
  }
  /** Pushes rotr(x, r1) ^ rotr(x, r2) ^ (x rotated or shifted by r3) — the Σ and σ functions. */
  sigma(local: number, r1: number, r2: number, r3: number, shift: boolean): void {
    this.rotr(local, r1); this.rotr(local, r2); this.simd(SIMD.xor);
    if (shift) { this.get(local); this.i32(r3); this.simd(SIMD.shrU); } else this.rotr(local, r3);
    this.simd(SIMD.xor);
  }
}

/**
 * What one module computes: per group of four messages, `loaded` words of the last block read from
 * memory (`stride` bytes per group from `input`), the block's other words the constants `fixed(t)`,
 * and the first `outputs` words of the digest written (16 bytes each per group from `output`).
 */
interface Layout {
  readonly loaded: number;
  readonly fixed: (t: number) => number;
  readonly stride: number;
  readonly outputs: number;
  readonly input: number;
  readonly output: number;
}

/** Tickets: words 0–4 loaded (the code's 18 bytes and the padding's 0x80), 5–14 zero, 15 the length (82 bytes); the ticket's two words out. */
const TICKETS: Layout = { loaded: 5, fixed: (t) => (t === 15 ? (64 + 18) * 8 : 0), stride: 80, outputs: 2, input: IN, output: OUT };

/** The message schedule of one group: the layout's words loaded or fixed, 16–63 expanded. */
function schedule(b: Body, layout: Layout): void {
  for (let t = 0; t < layout.loaded; t++) {
    b.get(1); b.simd(SIMD.load, 4, ...uleb(16 * t)); b.set(W + t);
  }
  for (let t = layout.loaded; t < 16; t++) {
    b.i32(layout.fixed(t)); b.simd(SIMD.splat); b.set(W + t);
  }
  for (let t = 16; t < 64; t++) {
    b.sigma(W + t - 2, 17, 19, 10, true); b.get(W + t - 7); b.simd(SIMD.add);
    b.sigma(W + t - 15, 7, 18, 3, true); b.simd(SIMD.add);
    b.get(W + t - 16); b.simd(SIMD.add); b.set(W + t);
  }
}

/** The 64 rounds from the midstate; the working variables rotate by name. Returns the locals holding the final a–h. */
function rounds(b: Body): number[] {
  let v = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => STATE + k);
  v.forEach((local, k) => { b.get(MID + k); b.set(local); });
  for (let t = 0; t < 64; t++) {
    const [a, bb, c, d, e, f, g, h] = v as [number, number, number, number, number, number, number, number];
    // t1 = h + Σ1(e) + Ch(e, f, g) + K[t] + W[t]; Ch is bitselect(f, g, e).
    b.get(h); b.sigma(e, 6, 11, 25, false); b.simd(SIMD.add);
    b.get(f); b.get(g); b.get(e); b.simd(SIMD.bitselect); b.simd(SIMD.add);
    b.i32(K[t] as number); b.simd(SIMD.splat); b.simd(SIMD.add);
    b.get(W + t); b.simd(SIMD.add); b.set(T1);
    // t2 = Σ0(a) + Maj(a, b, c); Maj is bitselect(b, a, a ^ c).
    b.sigma(a, 2, 13, 22, false);
    b.get(bb); b.get(a); b.get(a); b.get(c); b.simd(SIMD.xor); b.simd(SIMD.bitselect); b.simd(SIMD.add); b.set(T2);
    b.get(d); b.get(T1); b.simd(SIMD.add); b.set(d); // the next e
    b.get(T1); b.get(T2); b.simd(SIMD.add); b.set(h); // the next a
    v = [h, a, bb, c, d, e, f, g];
  }
  return v;
}

/** The module's bytes for a layout: one exported memory `mem` and one function `run(groups)`. */
function moduleBytes(layout: Layout): Uint8Array {
  const b = new Body();
  for (let k = 0; k < 8; k++) {
    b.i32(0); b.simd(SIMD.load, 4, ...uleb(16 * k)); b.set(MID + k);
  }
  b.i32(layout.input); b.set(1);
  b.get(0); b.i32(layout.stride); b.op(OP.mul); b.i32(layout.input); b.op(OP.add); b.set(2);
  b.i32(layout.output); b.set(3);
  b.op(OP.loop, 0x40);
  schedule(b, layout);
  const final = rounds(b);
  for (let k = 0; k < layout.outputs; k++) {
    b.get(3); b.get(MID + k); b.get(final[k] as number); b.simd(SIMD.add); b.simd(SIMD.store, 4, ...uleb(16 * k));
  }
  b.get(1); b.i32(layout.stride); b.op(OP.add); b.set(1);
  b.get(3); b.i32(16 * layout.outputs); b.op(OP.add); b.set(3);
  b.get(1); b.get(2); b.op(OP.ltU, OP.brIf, 0);
  b.op(OP.end, OP.end);
  const body = [...vec([[...uleb(3), 0x7f], [...uleb(MID + 8 - W), 0x7b]]), ...b.code];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, vec([[0x60, ...vec([[0x7f]]), ...vec([])]])),
    ...section(3, vec([[0]])),
    ...section(5, vec([[0x00, 1]])),
    ...section(7, vec([[...name('mem'), 0x02, 0], [...name('run'), 0x00, 0]])),
    ...section(10, vec([[...uleb(body.length), ...body]])),
  ]);
}

/** The part of the WebAssembly JavaScript API used here (the core compiles without DOM or Node types). */
export interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Instance: new (module: object, imports: object) => { readonly exports: Readonly<Record<string, unknown>> };
}

/**
 * The compiled modules, once per process, WebAssembly API and layout (`null` where one cannot be
 * compiled): compiled code is a constant, like the round constants; compiling it per draw would
 * also start every draw on the engine's baseline code again before its optimising tier takes over.
 */
const compiled = new WeakMap<WasmApi, Map<Layout, object | null>>();

function compiledModule(wasm: WasmApi, layout: Layout): object | null {
  let modules = compiled.get(wasm);
  if (modules === undefined) compiled.set(wasm, (modules = new Map<Layout, object | null>()));
  let module = modules.get(layout);
  if (module === undefined) {
    try {
      const bytes = moduleBytes(layout);
      module = wasm.validate(bytes) ? new wasm.Module(bytes) : null;
    } catch {
      // Compiling forbidden (a content security policy) or failing: the JavaScript compression.
      module = null;
    }
    modules.set(layout, module);
  }
  return module;
}

/** One instance: its memory as words, `run(groups)`, and where the inputs and outputs are (in words). */
export interface SimdTicketRun {
  readonly words: Int32Array;
  readonly run: (groups: number) => void;
  readonly input: number;
  readonly output: number;
}

type Environment = { readonly WebAssembly?: WasmApi };

/**
 * An instance with the midstate `mid` written in, or `undefined` where the module cannot run: no
 * WebAssembly, no SIMD (`validate` refuses the module), compiling refused, no memory for an
 * instance, or a big-endian host. `environment` is the
 * global object; a test passes one without WebAssembly or with a crippled one.
 */
export function simdTicketRun(mid: Int32Array, environment: Environment = globalThis as Environment): SimdTicketRun | undefined {
  return instance(TICKETS, mid, environment);
}

/** Groups of four blocks per run of {@link simdBlockRun}. */
export const BLOCK_GROUPS = 160;

/** Whole last blocks: the 16 words loaded (256 bytes per group of four), the digest's first four words out. */
const BLOCKS: Layout = { loaded: 16, fixed: () => 0, stride: 256, outputs: 4, input: IN, output: IN + BLOCK_GROUPS * 256 };

/**
 * As {@link simdTicketRun}, for messages whose last block is any 16 words after the midstate `mid`
 * (a stream's second block, after a first block its purposes share): per group, word t of lane j
 * at `input + 64·group + 4t + j`; out, the digest's word k of lane j at `output + 16·group + 4k + j`.
 */
export function simdBlockRun(mid: Int32Array, environment: Environment = globalThis as Environment): SimdTicketRun | undefined {
  return instance(BLOCKS, mid, environment);
}

function instance(layout: Layout, mid: Int32Array, environment: Environment): SimdTicketRun | undefined {
  const wasm = environment.WebAssembly;
  // WebAssembly memory is little-endian; typed arrays use the host's order. On a big-endian host
  // (Node on s390x) the words written in would be read back swapped: the JavaScript path there.
  if (new Uint8Array(Uint32Array.of(1).buffer)[0] !== 1) return undefined;
  const module = wasm === undefined ? null : compiledModule(wasm, layout);
  if (module === null || wasm === undefined) return undefined;
  let exports: Readonly<Record<string, unknown>>;
  try {
    ({ exports } = new wasm.Instance(module, {}));
  } catch {
    // The engine could not reserve the module's 64 KiB (an address-space limit): the JavaScript compression.
    return undefined;
  }
  const words = new Int32Array((exports['mem'] as { readonly buffer: ArrayBuffer }).buffer);
  for (let k = 0; k < 32; k++) words[k] = mid[k >> 2] as number;
  return { words, run: exports['run'] as (groups: number) => void, input: layout.input / 4, output: layout.output / 4 };
}
