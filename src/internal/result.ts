// fp-ts 2 has no `exports` map: import its CommonJS build by file so Node ESM and bundlers agree.
import { left as fpLeft, right as fpRight } from 'fp-ts/lib/Either.js';
import type { Left, Right } from '../model/result.js';

/** Builds a `Left` (an fp-ts `Either` value, typed with our own declaration). */
export function left<E>(error: E): Left<E> {
  return fpLeft(error) as Left<E>;
}

/** Builds a `Right` (an fp-ts `Either` value, typed with our own declaration). */
export function right<A>(value: A): Right<A> {
  return fpRight(value) as Right<A>;
}
