/**
 * The result of an operation that can fail on bad data: `Left` carries the error, `Right` the value.
 *
 * The shape is the same as fp-ts `Either` (`_tag: 'Left' | 'Right'`), so fp-ts users can pipe a
 * result straight into `fp-ts/Either` functions, while this declaration does not depend on fp-ts.
 *
 * @example
 * ```ts
 * import { parseUscc } from 'double-random';
 *
 * const result = parseUscc('91350100M000100Y43');
 * if (result._tag === 'Right') console.log(result.right); // '91350100M000100Y43'
 * else console.log(result.left.message);
 * ```
 * @category Result
 * @since 0.1.0
 */
export type Result<E, A> = Left<E> | Right<A>;

/**
 * The failed case of a {@link Result}.
 *
 * @example
 * ```ts
 * import { parseUscc, type Left, type UsccError } from 'double-random';
 *
 * const result = parseUscc('bad');
 * const failure: Left<UsccError> | undefined = result._tag === 'Left' ? result : undefined;
 * console.log(failure?.left.code); // 'uscc/length'
 * ```
 * @category Result
 * @since 0.1.0
 */
export interface Left<E> {
  /** The discriminant: always `Left`. */
  readonly _tag: 'Left';
  /** What went wrong. */
  readonly left: E;
}

/**
 * The successful case of a {@link Result}.
 *
 * @example
 * ```ts
 * import { parseUscc, type Right, type Uscc } from 'double-random';
 *
 * const result = parseUscc('914403001922038216');
 * const ok: Right<Uscc> | undefined = result._tag === 'Right' ? result : undefined;
 * console.log(ok?.right); // '914403001922038216'
 * ```
 * @category Result
 * @since 0.1.0
 */
export interface Right<A> {
  /** The discriminant: always `Right`. */
  readonly _tag: 'Right';
  /** The value. */
  readonly right: A;
}
