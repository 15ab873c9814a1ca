import type { Left, Right } from '../model/result.js';

/**
 * Builds a `Left`: the same value as fp-ts's `left` (`{ _tag: 'Left', left }`, in that key order),
 * without loading fp-ts (27 KB of a browser bundle for two one-line constructors).
 */
export function left<E>(error: E): Left<E> {
  return { _tag: 'Left', left: error };
}

/** Builds a `Right`: the same value as fp-ts's `right` (`{ _tag: 'Right', right }`). */
export function right<A>(value: A): Right<A> {
  return { _tag: 'Right', right: value };
}
