/** Orders strings by UTF-16 code units, the order every canonical list of the library uses. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Orders rows by their `id`, as {@link byText}. */
export const byId = (a: { readonly id: string }, b: { readonly id: string }): number => byText(a.id, b.id);

/** The unit separator U+001F, which joins the parts of a hashed purpose or of a key. */
export const UNIT_SEPARATOR = '\u001f';

/**
 * The list in the {@link byText} order of `key`: itself when it already is (a draw's targets, a
 * merge's tasks), else a sorted copy. (A stable sort of a list already in order is the list, so
 * equal neighbours need no copy.)
 */
export function inOrderBy<T>(list: readonly T[], key: (value: T) => string): readonly T[] {
  for (let i = 1; i < list.length; i++) {
    if (key(list[i - 1] as T) > key(list[i] as T)) return [...list].sort((a, b) => byText(key(a), key(b)));
  }
  return list;
}

/** Why a text cannot have one spelling, or `undefined`. */
export type Unreadable = 'control' | 'surrogate' | 'invisible' | 'space' | 'nfc';

/**
 * Why a string that must have one spelling (a seed read out at a ceremony, an id compared with
 * others) does not: a control character, a lone surrogate (UTF-8 turns it into U+FFFD), an
 * invisible character (Unicode's default-ignorable code points: zero-width space, BOM, direction
 * marks, variation selectors, the combining grapheme joiner, the Hangul filler; and the blank
 * braille pattern), a space other than U+0020 (a no-break or figure space looks like a space: `samr`
 * and `samr\u200b`, or `a b` and `a\u00a0b`, would be two ids) or a form other than Unicode NFC;
 * `undefined` when it has one.
 */
export function unreadable(text: string): Unreadable | undefined {
  // Printable ASCII (U+0020–U+007E) has one spelling: no control, surrogate, invisible or other
  // space character, and it is NFC. Ids and codes are mostly that, and the rules below create four
  // regular expressions and a normalised copy per call (checking 138 000 tasks' ids made a large
  // part of `mergeTasks` at 10⁶ enterprises, docs/performance.md).
  let printable = true;
  for (let i = 0; i < text.length && printable; i++) {
    const c = text.charCodeAt(i);
    printable = c >= 0x20 && c <= 0x7e;
  }
  return printable ? undefined : unreadableByRules(text);
}

/** {@link unreadable} by its rules alone, for any string (the reference its fast path is tested against). */
export function unreadableByRules(text: string): Unreadable | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(text)) return 'control';
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)) return 'surrogate';
  if (/[\p{Default_Ignorable_Code_Point}\p{Cf}\u2800]/u.test(text)) return 'invisible';
  if (/(?! )\p{White_Space}/u.test(text)) return 'space';
  if (text.normalize('NFC') !== text) return 'nfc';
  return undefined;
}

/**
 * A value as a message quotes it, for any value a caller can pass: strings and other JSON
 * primitives as JSON, a BigInt as `10n`, anything else by its kind (`an object`, `an array`…),
 * never a throw (`JSON.stringify` throws on a BigInt or a cycle).
 */
export function quote(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : `${value} (not a finite number)`;
  if (typeof value === 'bigint') return `${value}n (a BigInt)`;
  if (value === undefined) return 'nothing (undefined)';
  return Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
}
