/** Orders strings by UTF-16 code units, the order every canonical list of the library uses. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Orders rows by their `id`, as {@link byText}. */
export const byId = (a: { readonly id: string }, b: { readonly id: string }): number => byText(a.id, b.id);

/** Why a text cannot have one spelling, or `undefined`. */
export type Unreadable = 'control' | 'surrogate' | 'format' | 'nfc';

/**
 * Why a string that must have one spelling (a seed read out at a ceremony, an id compared with
 * others) does not: a control character, a lone surrogate (UTF-8 turns it into U+FFFD), an
 * invisible format character (zero-width space, BOM, direction marks: `samr` and `samr\u200b` would
 * be two departments) or a form other than Unicode NFC; `undefined` when it has one.
 */
export function unreadable(text: string): Unreadable | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(text)) return 'control';
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)) return 'surrogate';
  if (/\p{Cf}/u.test(text)) return 'format';
  if (text.normalize('NFC') !== text) return 'nfc';
  return undefined;
}
