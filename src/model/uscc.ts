import type { Brand } from './brand.js';

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015) that passed {@link parseUscc}: 18
 * characters of the code alphabet, digits in positions 3–8 and a correct check character (N10).
 *
 * @example
 * ```ts
 * import { parseUscc, type Uscc } from 'double-random';
 *
 * const parsed = parseUscc('91110000802100433B');
 * const code: Uscc | undefined = parsed._tag === 'Right' ? parsed.right : undefined;
 * ```
 * @category USCC
 * @since 0.1.0
 */
export type Uscc = Brand<string, 'Uscc'>;

/**
 * Why a string is not a valid unified social credit code (N10). `position` is 1-based.
 *
 * - `uscc/type`: not a string;
 * - `uscc/length`: not 18 characters;
 * - `uscc/lowercase`: a lower-case letter (use {@link normalizeUscc} to accept it deliberately);
 * - `uscc/forbidden-character`: a character outside the alphabet, such as I, O, S, V or Z;
 * - `uscc/division`: positions 3–8 (the administrative division code) are not all digits;
 * - `uscc/check-character`: position 18 does not match the check computed from positions 1–17.
 *
 * @example
 * ```ts
 * import { parseUscc, type UsccError } from 'double-random';
 *
 * const result = parseUscc('91350100M000100Y44');
 * if (result._tag === 'Left') {
 *   const error: UsccError = result.left;
 *   console.log(error.code, error.position, error.expected); // 'uscc/check-character' 18 '3'
 * }
 * ```
 * @category USCC
 * @since 0.1.0
 */
export interface UsccError {
  /** What is wrong (see the list above). */
  readonly code:
    | 'uscc/type'
    | 'uscc/length'
    | 'uscc/lowercase'
    | 'uscc/forbidden-character'
    | 'uscc/division'
    | 'uscc/check-character';
  /** Always `N10`. */
  readonly rule: 'N10';
  /** A sentence a platform engineer can show as it is. */
  readonly message: string;
  /** The 1-based position of the first wrong character, when one position is at fault. */
  readonly position?: number;
  /** What was expected at `position` (the check character), when known. */
  readonly expected?: string;
  /** What was found at `position`. */
  readonly found?: string;
}
