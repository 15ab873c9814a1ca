/** Writes a path as a JSONPath: `$.enterprises[3].uscc`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '$';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  return out;
}

/**
 * Orders paths as the input is laid out: sections in `sections` order, then array indexes in
 * numeric order, then keys alphabetically.
 */
export function comparePaths(sections: readonly string[]): (a: readonly (string | number)[], b: readonly (string | number)[]) => number {
  return (a, b) => {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
      const x = a[i] as string | number;
      const y = b[i] as string | number;
      if (x === y) continue;
      if (i === 0) return sections.indexOf(String(x)) - sections.indexOf(String(y));
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      if (typeof x === 'number') return -1;
      if (typeof y === 'number') return 1;
      return x < y ? -1 : 1;
    }
    return a.length - b.length;
  };
}
