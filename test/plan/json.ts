/** Helpers for tests of stored JSON: key orders, shuffles, paths as verification writes them. */

/** A deterministic shuffle by a salt (fast-check's own randomness stays in charge of the salt). */
export const shuffle = <T>(xs: readonly T[], salt: number): T[] =>
  xs.map((x, i) => [x, Math.imul(i + 1, salt | 1) ^ (salt >>> 3)] as const).sort((a, b) => a[1] - b[1]).map(([x]) => x);

/** The same JSON value with each object's keys in an order picked by the salt (as `jsonb` may store them). */
export function shuffleKeys(value: unknown, salt: number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, salt));
  if (value !== null && typeof value === 'object') return Object.fromEntries(shuffle(Object.entries(value), salt).map(([k, v]) => [k, shuffleKeys(v, salt)]));
  return value;
}

/** A path as verification writes it (docs/draw-algorithm.md): `tasks[3].team[0].inspector`, `counts["not-drawn"]`. */
export const pathText = (path: readonly (string | number)[]): string =>
  path.reduce<string>((at, key) => {
    if (typeof key === 'number') return `${at}[${key}]`;
    if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${at}[${JSON.stringify(key)}]`;
    return at === '' ? key : `${at}.${key}`;
  }, '');
