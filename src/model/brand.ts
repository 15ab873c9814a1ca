declare const brand: unique symbol;

/**
 * A nominal type: a `T` that only this library's parsers hand out, so a raw string cannot be used
 * where a validated one is expected.
 *
 * @example
 * ```ts
 * import type { Brand } from 'double-random';
 *
 * type TicketHex = Brand<string, 'TicketHex'>;
 * ```
 * @category Model
 * @since 0.1.0
 */
export type Brand<T, Name extends string> = T & {
  /** The brand: exists only in types, never at run time. */
  readonly [brand]: Name;
};

/** `T` with a branded string replaced by `string` (internal: for checking schemas against the model). */
export type Unbrand<T> = T extends string & { readonly [brand]: string } ? string : T;
