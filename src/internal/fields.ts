/**
 * The enumerated fields of an enterprise row as small numbers: each function returns the value's
 * index, or −1 for anything else (another string, another type). Validation (`fieldsProblem`) and
 * the draw's digest lines (`EnterpriseLines.write`) both check a row's fields with them, so the
 * two cannot disagree on what a valid value is (R4), and the draw checks and packs a field in one
 * read. The order is the one the input digest's letters follow (docs/draw-algorithm.md §2).
 */
export const creditClassIndex = (v: unknown): number => (v === 'A' ? 0 : v === 'B' ? 1 : v === 'C' ? 2 : v === 'D' ? 3 : v === 'unrated' ? 4 : -1);

/** `red`, `yellow`, `green`, `none` (R10) as 0–3, else −1. */
export const colourIndex = (v: unknown): number => (v === 'red' ? 0 : v === 'yellow' ? 1 : v === 'green' ? 2 : v === 'none' ? 3 : -1);

/** `operating`, `not-operating`, `unreachable` as 0–2, else −1. */
export const statusIndex = (v: unknown): number => (v === 'operating' ? 0 : v === 'not-operating' ? 1 : v === 'unreachable' ? 2 : -1);

/** `city`, `district`, `town` (R18) as 0–2, else −1. */
export const levelIndex = (v: unknown): number => (v === 'city' ? 0 : v === 'district' ? 1 : v === 'town' ? 2 : -1);

/** The reasons an inspection record may give (R20 counts only `random` ones as drawn), in the order the schemas list them. */
export const INSPECTION_REASONS = ['random', 'complaint', 'referral', 'case-lead', 'campaign'] as const;
