import { left, right } from '../internal/result.js';
import type { Result } from '../model/result.js';
import { usccCheckCharacter, usccValue } from './alphabet.js';
import type { Uscc, UsccError } from '../model/uscc.js';

const LENGTH = 18;

function failure(
  code: UsccError['code'],
  message: string,
  details: { readonly position?: number; readonly expected?: string; readonly found?: string } = {},
): Result<UsccError, Uscc> {
  return left({ code, rule: 'N10', message, ...details });
}

/**
 * Checks a unified social credit code (统一社会信用代码) against GB 32100-2015 (N10, R2).
 *
 * The code must be exactly 18 characters of `0123456789ABCDEFGHJKLMNPQRTUWXY`, positions 3–8 (the
 * administrative division) must be digits, and position 18 must be the check character
 * `alphabet[(31 − Σ value·3^(i−1) mod 31) mod 31]`. Lower-case input is reported, not silently
 * accepted; {@link normalizeUscc} accepts it deliberately.
 *
 * @param code - The code to check.
 * @returns `Right` with the branded code, or `Left` with the first thing wrong and its position.
 * @example
 * ```ts
 * import { parseUscc } from 'double-random';
 *
 * parseUscc('91350100M000100Y43'); // { _tag: 'Right', right: '91350100M000100Y43' }
 * const bad = parseUscc('91350100M000100Y4S');
 * if (bad._tag === 'Left') console.log(bad.left.message);
 * // 'position 18: "S" is not allowed in a unified social credit code (I, O, S, V and Z never are)'
 * ```
 * @category USCC
 * @since 0.1.0
 */
export function parseUscc(code: string): Result<UsccError, Uscc> {
  if (typeof code !== 'string') {
    return failure('uscc/type', `a unified social credit code is a string, not ${code === null ? 'null' : typeof code}`);
  }
  if (code.length !== LENGTH) {
    const hint = code.trim().length === LENGTH ? ' (it has surrounding white space)' : '';
    return failure('uscc/length', `a unified social credit code has 18 characters, this one has ${code.length}${hint}`);
  }
  for (let i = 0; i < LENGTH; i++) {
    const charCode = code.charCodeAt(i);
    if (usccValue(charCode) >= 0) continue;
    const found = code.charAt(i);
    const upper = found.toUpperCase();
    if (upper !== found && usccValue(upper.charCodeAt(0)) >= 0) {
      return failure(
        'uscc/lowercase',
        `position ${i + 1}: "${found}" is lower case; codes are upper case (normalizeUscc accepts lower case deliberately)`,
        { position: i + 1, found },
      );
    }
    // A full-width letter or digit (Ａ, １) from a Chinese input method: say which half-width one it is.
    const narrow = found.normalize('NFKC');
    const hint = narrow !== found && usccValue(narrow.toUpperCase().charCodeAt(0)) >= 0 ? `; it is a full-width character: write "${narrow.toUpperCase()}"` : ' (I, O, S, V and Z never are)';
    return failure('uscc/forbidden-character', `position ${i + 1}: "${found}" is not allowed in a unified social credit code${hint}`, { position: i + 1, found });
  }
  for (let i = 2; i < 8; i++) {
    const charCode = code.charCodeAt(i);
    if (charCode < 48 || charCode > 57) {
      return failure(
        'uscc/division',
        `position ${i + 1}: positions 3–8 are the administrative division code and must be digits, found "${code.charAt(i)}"`,
        { position: i + 1, found: code.charAt(i) },
      );
    }
  }
  const expected = usccCheckCharacter(code) ?? '';
  const found = code.charAt(17);
  if (found !== expected) {
    return failure(
      'uscc/check-character',
      `position 18: check character is "${found}" but positions 1–17 give "${expected}"`,
      { position: 18, expected, found },
    );
  }
  return right(code as Uscc);
}
