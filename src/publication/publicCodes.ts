import * as z from 'zod';
import { notValidatedIssues } from '../input/validated.js';
import { schemaIssues } from '../input/schemas.js';
import { issueAt, refusal } from '../internal/argumentIssues.js';
import { byText } from '../internal/text.js';
import { right } from '../internal/result.js';
import type { InputError, InputIssue } from '../model/issues.js';
import type { Result } from '../model/result.js';
import type { PlanningInput } from '../model/types.js';
import { seedIssue } from '../random/seed.js';
import { sha256Of, utf8Bytes } from '../random/sha256.js';

/** The id of the public-code algorithm, recorded with the codes. */
export const PUBLIC_CODE_ALGORITHM = 'double-random/public-code/v1';

/**
 * The public codes of a directory (R3; Yongchuan 004 §一(二)): a 15-digit code per enterprise
 * (fixed pointer code + registration-time code + random code) and a 6-digit code per inspector
 * (category code + department code + random code), so that a public draw and its notice can show
 * codes instead of names. Deterministic from the input and the code seed, the same whatever the
 * order of the rows, and without repeats within the directory (docs/public-codes.md).
 * @example
 * ```ts
 * import type { PublicCodes } from 'double-random';
 * const codeOf = (codes: PublicCodes, uscc: string): string | undefined => codes.enterprises.find((e) => e.uscc === uscc)?.code;
 * ```
 * @category Publication
 * @since 0.1.0
 */
export interface PublicCodes {
  /** `double-random/public-code/v1`. */
  readonly algorithm: string;
  /** The fixed pointer code, three digits. */
  readonly pointer: string;
  /** Every enterprise's 15-digit code, sorted by USCC. */
  readonly enterprises: readonly {
    /** The enterprise. */
    readonly uscc: string;
    /** Its public code: pointer (3), registration month YYYYMM (6), random (6). */
    readonly code: string;
  }[];
  /** Every inspector's 6-digit code, sorted by inspector id. */
  readonly inspectors: readonly {
    /** The inspector's id. */
    readonly inspector: string;
    /** Its public code: category (1), department (2), random (3). */
    readonly code: string;
  }[];
}

/**
 * Options of {@link publicCodes}.
 * @example
 * ```ts
 * import type { PublicCodeOptions } from 'double-random';
 * const options: PublicCodeOptions = { seed: '2024 名录代码 8 1 5', pointer: '023' };
 * ```
 * @category Publication
 * @since 0.1.0
 */
export interface PublicCodeOptions {
  /** The code seed: a public seed of its own (not the draw's), fixed when the directory is coded. */
  readonly seed: string;
  /** The fixed pointer code, three digits (固定指针代码); default `001`. The seed document does not give its value. */
  readonly pointer?: string;
}

const optionsSchema = z.strictObject({ seed: z.string(), pointer: z.optional(z.string().regex(/^\d{3}$/, 'three digits')) });

/** The first 48 bits of SHA-256(algorithm ‖ 0x1F ‖ seed ‖ 0x1F ‖ kind ‖ 0x1F ‖ id), as a number. */
function codeHash(seed: string, kind: 'enterprise' | 'inspector', id: string): number {
  const h = sha256Of(utf8Bytes(`${PUBLIC_CODE_ALGORITHM}\u001f${seed}\u001f${kind}\u001f${id}`));
  let value = 0;
  for (let k = 0; k < 6; k++) value = value * 256 + (h[k] as number);
  return value;
}

/**
 * The random part of each member of one group (same prefix): members in order of their hash (then
 * id) take `hash mod size`, or the next free value after it (mod size), so no two share one.
 */
function randomParts(members: readonly { readonly id: string; readonly hash: number }[], size: number, digits: number): Map<string, string> {
  const taken = new Set<number>();
  const out = new Map<string, string>();
  for (const m of [...members].sort((a, b) => a.hash - b.hash || byText(a.id, b.id))) {
    let r = m.hash % size;
    while (taken.has(r)) r = (r + 1) % size;
    taken.add(r);
    out.set(m.id, String(r).padStart(digits, '0'));
  }
  return out;
}

/** Members grouped by a key, each with its hash. */
function groups<T>(rows: readonly T[], key: (row: T) => string, id: (row: T) => string, hash: (row: T) => number): Map<string, { id: string; hash: number }[]> {
  const out = new Map<string, { id: string; hash: number }[]>();
  for (const row of rows) {
    const members = out.get(key(row)) ?? [];
    members.push({ id: id(row), hash: hash(row) });
    out.set(key(row), members);
  }
  return out;
}

/** Groups fuller than their random part allows, as issues (R3). */
function fullGroups(grouped: ReadonlyMap<string, readonly unknown[]>, size: number, what: (key: string) => string, path: readonly (string | number)[]): InputIssue[] {
  return [...grouped].filter(([, members]) => members.length > size).map(([key, members]) => issueAt(path, 'public-code/full', `${members.length} ${what(key)}: a code's random part has only ${size} values`, 'R3'));
}

/**
 * The public codes of a directory (R3): for each enterprise, the pointer code, the year and month
 * of its registration (YYYYMM) and a 6-digit random code; for each inspector, the category code
 * `1`, the department's 2-digit code (01, 02… in the order of department ids) and a 3-digit random
 * code. Random codes come from SHA-256 of the code seed and the enterprise's USCC or the
 * inspector's id; two members of one group that would share one are separated by taking the next
 * free value, in hash order (docs/public-codes.md, with vectors).
 *
 * @param input - A validated planning input.
 * @param options - The code seed and the pointer code.
 * @returns `Right` with every enterprise's and inspector's code; `Left` when the input is not
 *   validated, the seed or the pointer is unusable, there are more than 99 departments, or a
 *   group has more members than its random part has values (10⁶ enterprises registered in one
 *   month, 1 000 inspectors in one department).
 * @example
 * ```ts
 * import { publicCodes } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const codes = publicCodes(generateDirectory({ size: 100, seed: 'codes' }), { seed: '2024 名录代码' });
 * if (codes._tag === 'Right') console.log(codes.right.enterprises[0]?.code.length, codes.right.inspectors[0]?.code.length); // 15 6
 * ```
 * @category Publication
 * @since 0.1.0
 */
export function publicCodes(input: PlanningInput, options: PublicCodeOptions): Result<InputError, PublicCodes> {
  const shape = schemaIssues(optionsSchema, options, ['options'], 'R3', true);
  const notValidated = notValidatedIssues(input);
  const seedProblem = shape.length === 0 ? seedIssue(options.seed) : undefined;
  const early = [...(notValidated ?? []), ...shape, ...(seedProblem === undefined ? [] : [issueAt(['options', 'seed'], 'seed/invalid', seedProblem, 'R3')])];
  if (early.length > 0) return refusal(early) as Result<InputError, PublicCodes>;
  const { seed, pointer = '001' } = options;
  const departmentCode = new Map([...input.departments].map((d) => d.id as string).sort(byText).map((id, k) => [id, String(k + 1).padStart(2, '0')]));
  const byMonth = groups(input.enterprises, (e) => e.registeredOn.slice(0, 7).replace('-', ''), (e) => e.uscc, (e) => codeHash(seed, 'enterprise', e.uscc));
  const byDepartment = groups(input.inspectors, (i) => i.department, (i) => i.id, (i) => codeHash(seed, 'inspector', i.id));
  const issues = [
    ...(departmentCode.size > 99 ? [issueAt(['departments'], 'public-code/full', `${departmentCode.size} departments: a department code has two digits (01–99)`, 'R3')] : []),
    ...fullGroups(byMonth, 1_000_000, (month) => `enterprises registered in ${month}`, ['enterprises']),
    ...fullGroups(byDepartment, 1_000, (department) => `inspectors of department "${department}"`, ['inspectors']),
  ];
  if (issues.length > 0) return refusal(issues) as Result<InputError, PublicCodes>;
  const enterprises = [...byMonth].flatMap(([month, members]) => [...randomParts(members, 1_000_000, 6)].map(([uscc, r]) => ({ uscc, code: `${pointer}${month}${r}` })));
  const inspectors = [...byDepartment].flatMap(([department, members]) => [...randomParts(members, 1_000, 3)].map(([inspector, r]) => ({ inspector, code: `1${departmentCode.get(department) ?? '00'}${r}` })));
  return right({
    algorithm: PUBLIC_CODE_ALGORITHM, pointer,
    enterprises: enterprises.sort((a, b) => byText(a.uscc, b.uscc)),
    inspectors: inspectors.sort((a, b) => byText(a.inspector, b.inspector)),
  });
}
