/**
 * Divisions of each section of GB/T 4754-2017 (国民经济行业分类), as inclusive ranges.
 */
const SECTION_DIVISIONS: Readonly<Record<string, readonly [number, number]>> = {
  A: [1, 5], B: [6, 12], C: [13, 43], D: [44, 46], E: [47, 50], F: [51, 52], G: [53, 60],
  H: [61, 62], I: [63, 65], J: [66, 69], K: [70, 70], L: [71, 72], M: [73, 75], N: [76, 79],
  O: [80, 82], P: [83, 83], Q: [84, 85], R: [86, 90], S: [91, 96], T: [97, 97],
};

/** The GB/T 4754-2017 section letters, `A` to `T`. */
export const INDUSTRY_SECTIONS: readonly string[] = Object.keys(SECTION_DIVISIONS);

/** First and last division by section letter code (`A` = 65 … `T` = 84); 0 where there is no section. */
const FIRST = new Int8Array(128);
const LAST = new Int8Array(128);
for (const [letter, [first, last]] of Object.entries(SECTION_DIVISIONS)) {
  FIRST[letter.charCodeAt(0)] = first;
  LAST[letter.charCodeAt(0)] = last;
}

/** The divisions `[first, last]` of a section letter, or `undefined`. */
export function sectionDivisions(section: string): readonly [number, number] | undefined {
  return section.length === 1 && Object.hasOwn(SECTION_DIVISIONS, section) ? SECTION_DIVISIONS[section] : undefined;
}

/** Whether `value` is an industry code, without allocating (the fast path of {@link industryProblem}). */
export function isIndustryCode(value: string): boolean {
  if (value.length !== 1 && value.length !== 3) return false;
  const letter = value.charCodeAt(0);
  const first = letter < 128 ? (FIRST[letter] as number) : 0;
  if (first === 0) return false;
  if (value.length === 1) return true;
  const tens = value.charCodeAt(1) - 48;
  const ones = value.charCodeAt(2) - 48;
  if (tens < 0 || tens > 9 || ones < 0 || ones > 9) return false;
  const division = tens * 10 + ones;
  return division >= first && division <= (LAST[letter] as number);
}

/** Why `value` is not an industry code (`F` or `F52`), or `undefined` when it is one. */
export function industryProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || (value.length !== 1 && value.length !== 3)) {
    return 'an industry is a GB/T 4754-2017 section letter A–T, optionally with its two-digit division (such as "F" or "F52")';
  }
  const range = sectionDivisions(value.charAt(0));
  if (range === undefined) return `"${value.charAt(0)}" is not a GB/T 4754-2017 section (A–T)`;
  if (value.length === 1) return undefined;
  const division = value.slice(1);
  if (!/^\d\d$/.test(division)) return `"${division}" is not a two-digit division`;
  const number = Number(division);
  if (number < range[0] || number > range[1]) {
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `division ${division} is not in section ${value.charAt(0)} (its divisions are ${pad(range[0])}–${pad(range[1])})`;
  }
  return undefined;
}
