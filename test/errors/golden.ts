import { createHash } from 'node:crypto';

/**
 * The first 16 hex digits of SHA-256 of a value's JSON: the good-path values below were recorded
 * from the functions before they validated their arguments (#14), so a test comparing with them
 * shows that validation changed no answer.
 */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}
