/**
 * The 31 characters a unified social credit code may use (GB 32100-2015, N10): digits and the
 * capital letters without I, O, S, V and Z. A character's value is its index here.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights 3^(i−1) mod 31 of positions 1–17 (N10). */
export const USCC_WEIGHTS: readonly number[] = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];
const WEIGHTS = Int32Array.from(USCC_WEIGHTS);

/** The value of each ASCII character code in the USCC alphabet, −1 for the others (index with `code & 127` after checking `code < 128`). */
export const USCC_VALUES: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < USCC_ALPHABET.length; i++) table[USCC_ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** The value of a character code in the USCC alphabet, or −1 when it is not in it. */
export function usccValue(charCode: number): number {
  return charCode < 128 ? (USCC_VALUES[charCode] ?? -1) : -1;
}

/**
 * The check character of the first 17 characters of a code, or `undefined` when one of them is
 * outside the alphabet.
 */
export function usccCheckCharacter(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = usccValue(first17.charCodeAt(i));
    if (value < 0) return undefined;
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * Checks a USCC in one pass without allocating (the fast path of {@link parseUscc}, used on whole
 * directories) and hashes it on the way: returns its FNV-1a hash (as `hashKey` would) when the
 * code is valid, or −1.
 */
export function hashValidUscc(code: string): number {
  if (code.length !== 18) return -1;
  let sum = 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < 17; i++) {
    const charCode = code.charCodeAt(i);
    const value = charCode < 128 ? (USCC_VALUES[charCode] as number) : -1;
    if (value < 0 || (i >= 2 && i < 8 && value > 9)) return -1;
    sum += value * (WEIGHTS[i] as number);
    hash = Math.imul(hash ^ charCode, 0x01000193);
  }
  const last = code.charCodeAt(17);
  if (usccValue(last) !== (31 - (sum % 31)) % 31) return -1;
  return Math.imul(hash ^ last, 0x01000193) >>> 0;
}

/** Whether `code` is a valid USCC (see {@link hashValidUscc}). */
export function isUsccFast(code: string): boolean {
  return hashValidUscc(code) >= 0;
}
