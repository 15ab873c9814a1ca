import type { Result } from '../model/result.js';
import { parseUscc } from './parseUscc.js';
import type { Uscc, UsccError } from '../model/uscc.js';

/**
 * Parses a unified social credit code leniently: surrounding white space is removed and letters
 * are upper-cased before the checks of {@link parseUscc} (N10). Use it where a platform's own data
 * entry is known to store codes in lower case; {@link parsePlanningInput} stays strict.
 *
 * @param code - The code as typed or stored.
 * @returns `Right` with the canonical code, or `Left` as {@link parseUscc} would report it.
 * @example
 * ```ts
 * import { normalizeUscc } from 'double-random';
 *
 * normalizeUscc(' 91110000802100433b '); // { _tag: 'Right', right: '91110000802100433B' }
 * ```
 * @category USCC
 * @since 0.1.0
 */
export function normalizeUscc(code: string): Result<UsccError, Uscc> {
  return parseUscc(typeof code === 'string' ? code.trim().toUpperCase() : code);
}
