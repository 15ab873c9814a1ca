/**
 * The same text as one flat string. In V8 a concatenation is a rope until first read; a rope used
 * as a key in many lookups is flattened and hashed again and again. `Number()` reads the whole
 * string once, which flattens it in place. No observable effect besides speed.
 */
export function flat<T extends string>(text: T): T {
  void Number(text);
  return text;
}
