import type { InputError, Result } from '../src/index.js';

/** The value of a `Right`; a `Left` fails the test with its issues. */
export function rightOf<A>(result: Result<InputError, A>): A {
  if (result._tag === 'Right') return result.right;
  throw new Error(`expected a Right, got a Left:\n${result.left.issues.map((i) => `${i.at} ${i.code} (${i.rule}): ${i.message}`).join('\n')}`);
}

/** The error of a `Left`; a `Right` fails the test. */
export function leftOf(result: Result<InputError, unknown>): InputError {
  if (result._tag === 'Left') return result.left;
  throw new Error(`expected a Left, got a Right: ${JSON.stringify(result.right)?.slice(0, 200)}`);
}
