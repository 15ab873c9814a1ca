import { isUsccFast } from './alphabet.js';

/**
 * Whether a string is a valid unified social credit code (N10). Same checks as
 * {@link parseUscc}, without the explanation.
 *
 * @param code - The code to check.
 * @returns `true` when {@link parseUscc} would accept it.
 * @example
 * ```ts
 * import { isValidUscc } from 'double-random';
 *
 * isValidUscc('914403001922038216'); // true
 * isValidUscc('914403001922038217'); // false: wrong check character
 * ```
 * @category USCC
 * @since 0.1.0
 */
export function isValidUscc(code: string): boolean {
  return typeof code === 'string' && isUsccFast(code);
}
