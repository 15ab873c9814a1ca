import { digits, isIsoDate } from '../internal/date.js';
import { colourIndex, creditClassIndex, INSPECTION_REASONS, levelIndex, statusIndex } from '../internal/fields.js';
import { isIndustryCode } from '../model/industry.js';
import type { InputIssue } from '../model/issues.js';
import { formatPath } from '../model/paths.js';
import type { Enterprise } from '../model/types.js';
import { indexKeys } from '../internal/keyIndex.js';
import { isUsccFast } from '../uscc/alphabet.js';
import { sectionIssues, smallRowSchemas } from './schemas.js';

const ARRAYS = ['enterprises', 'departments', 'inspectors', 'items', 'jointLists', 'history'] as const;
const OBJECTS = ['versions', 'policy', 'period'] as const;

/**
 * Why a value cannot be a validated planning input, or `undefined`: its sections' kinds, its small
 * sections in full (`policy`, `period`, `versions`), so that an input spread from a validated one
 * with another policy (`{ ...input, policy }`) is checked where it changed, and every row cheaply
 * (see {@link rowsIssue}). The functions that take a `PlanningInput` call it first, so a raw or
 * garbage object, or a validated one whose rows were changed since, is refused with a pointer to
 * `parsePlanningInput` instead of a crash deep inside or a wrong draw. The draw, which reads every
 * enterprise anyway, checks their rows in its own pass (`enterpriseRows: 'caller checks them'`,
 * with {@link enterpriseRowIssue}): a second pass over ten million objects costs about a second.
 */
export function notValidatedIssues(input: unknown, path: readonly (string | number)[] = ['input'], enterpriseRows: 'check' | 'caller checks them' = 'check'): readonly [InputIssue, ...InputIssue[]] | undefined {
  const object = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
  const missing = object === undefined ? ['a planning input object'] : [
    ...ARRAYS.filter((k) => !Array.isArray(object[k])),
    ...OBJECTS.filter((k) => typeof object[k] !== 'object' || object[k] === null || Array.isArray(object[k])),
  ];
  if (missing.length > 0) {
    const at = path.length === 0 ? '$' : `$.${path.join('.')}`;
    return [{
      code: 'input/not-validated', path: [...path], at, rule: 'R4',
      message: `not a validated planning input (${object === undefined ? 'not an object' : `no ${missing.join(', ')}`}): pass the platform's export through parsePlanningInput first and use its Right`,
    }];
  }
  const [first, ...rest] = OBJECTS.flatMap((section) => sectionIssues(section, (object as Record<string, unknown>)[section], [...path, section]));
  if (first !== undefined) return [first, ...rest];
  const row = rowsIssue(object as Record<string, unknown>, path, enterpriseRows === 'check');
  return row === undefined ? undefined : [row];
}


/**
 * The first field of an enterprise row that `parsePlanningInput` could not have returned (`''` for
 * a row that is not an object), or `undefined`. Types, enumerations and the formats the draw and
 * the input digest rely on (a valid USCC, an industry, six digits, a real date): about 0.1 µs a row,
 * so that a row changed after validation is refused instead of crashing the draw or being hashed
 * as another value.
 */
function enterpriseProblem(row: unknown): string | undefined {
  if (typeof row !== 'object' || row === null) return '';
  const { uscc } = row as Record<string, unknown>;
  return typeof uscc !== 'string' || !isUsccFast(uscc) ? 'uscc' : fieldsProblem(row);
}

/**
 * {@link enterpriseProblem} of a row that is an object with a valid code: its first other field
 * that `parsePlanningInput` could not have returned, or `undefined`. The draw makes the same
 * checks with the same functions (src/internal/fields.ts, `isoDateNumber`) as it writes the row's
 * digest line (`EnterpriseLines.write`), and names the field with this one when a row fails.
 */
function fieldsProblem(row: object): string | undefined {
  const e = row as Record<string, unknown>;
  const { industry, region, creditClass: k, colour: c, operatingStatus: s, jurisdiction: j } = e;
  if (typeof e['name'] !== 'string') return 'name';
  if (typeof industry !== 'string' || !isIndustryCode(industry)) return 'industry';
  if (typeof region !== 'string' || region.length !== 6 || digits(region, 0, 6) < 0) return 'region';
  if (!isIsoDate(e['registeredOn'])) return 'registeredOn';
  if (creditClassIndex(k) < 0) return 'creditClass';
  if (colourIndex(c) < 0) return 'colour';
  if (statusIndex(s) < 0) return 'operatingStatus';
  if (levelIndex(j) < 0) return 'jurisdiction';
  if (typeof e['whiteList'] !== 'boolean') return 'whiteList';
  if (typeof e['trustExempt'] !== 'boolean') return 'trustExempt';
  return typeof e['blackList'] !== 'boolean' ? 'blackList' : undefined;
}

/** The reasons of an inspection record (R20 counts only `random` ones as drawn). */
const REASONS: ReadonlySet<unknown> = new Set(INSPECTION_REASONS);

/** Whether `value` is an array of strings, without holes (`every` would pass over a hole; JSON has none, so no parsed input does). */
function strings(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}

/**
 * Whether a history row lacks the types and values the draw reads: a code and a date, departments
 * and item kinds as strings, the joint and unified flags, a known reason (a row that is not an
 * object has none). Which departments and codes exist is `parsePlanningInput`'s to check; a
 * changed reference changes the input digest, which a replay reports.
 */
function recordProblem(row: unknown): boolean {
  if (typeof row !== 'object' || row === null) return true;
  const r = row as Record<string, unknown>;
  return typeof r['enterprise'] !== 'string' || !isIsoDate(r['date']) || !strings(r['departments']) || !strings(r['itemKinds']) ||
    typeof r['joint'] !== 'boolean' || typeof r['unified'] !== 'boolean' || !REASONS.has(r['reason']);
}

/** The issue of a row at `at` that `parsePlanningInput` could not have returned. */
function rowIssue(path: readonly (string | number)[], at: (string | number)[], what: string): InputIssue {
  return {
    code: 'input/not-validated', path: [...path, ...at], at: formatPath([...path, ...at]), rule: 'R4',
    message: `${formatPath([...path, ...at])}: ${what} is not what parsePlanningInput returns (was the row changed after validation?): pass the platform's export through parsePlanningInput and use its Right`,
  };
}

/**
 * The issue of enterprise row `row`, whose code row `first` already has (N10: one row per
 * enterprise; `parsePlanningInput` refuses it as `duplicate/uscc`).
 */
export function duplicateRowIssue(row: number, first: number, path: readonly (string | number)[] = INPUT): InputIssue {
  return rowIssue(path, ['enterprises', row, 'uscc'], `its code, the code of enterprises[${first}] too,`);
}

/** The path of a function's `input` argument (one array, not one per row). */
const INPUT: readonly string[] = ['input'];

/** The issue of enterprise row `i` when `parsePlanningInput` could not have returned it (see `enterpriseProblem`), or `undefined`. */
export function enterpriseRowIssue(row: unknown, i: number, path: readonly (string | number)[] = INPUT): InputIssue | undefined {
  const field = enterpriseProblem(row);
  if (field === undefined) return undefined;
  return field === '' ? rowIssue(path, ['enterprises', i], 'the row') : rowIssue(path, ['enterprises', i, field], `its ${field}`);
}

/** The issue of an enterprise row a faster check (the draw's, while it reads the row) refused: its first bad field, or the row. */
export function refusedEnterpriseRow(row: unknown, i: number): InputIssue {
  return enterpriseRowIssue(row, i) ?? rowIssue(INPUT, ['enterprises', i], 'the row');
}

/**
 * The first row of any section that `parsePlanningInput` could not have returned, as one issue, or
 * `undefined`: enterprises (unless `enterprises` is false) and history by a check of their fields'
 * types and formats (they can be millions of rows), the small sections by their zod row schemas.
 */
function rowsIssue(input: Record<string, unknown>, path: readonly (string | number)[], enterprises: boolean): InputIssue | undefined {
  const issue = (at: (string | number)[], what: string): InputIssue => rowIssue(path, at, what);
  if (enterprises) {
    const rows = input['enterprises'] as readonly unknown[];
    for (let i = 0; i < rows.length; i++) {
      const bad = enterpriseRowIssue(rows[i], i, path);
      if (bad !== undefined) return bad;
    }
    const [twin] = indexKeys(rows.length, (row) => (rows[row] as Enterprise).uscc).duplicates;
    if (twin !== undefined) return duplicateRowIssue(twin[0], twin[1], path);
  }
  const history = input['history'] as readonly unknown[];
  for (let i = 0; i < history.length; i++) if (recordProblem(history[i])) return issue(['history', i], 'the record');
  for (const section of ['departments', 'inspectors', 'items', 'jointLists'] as const) {
    const rows = input[section] as readonly unknown[];
    for (let i = 0; i < rows.length; i++) if (!smallRowSchemas[section].safeParse(rows[i]).success) return issue([section, i], 'the row');
  }
  return undefined;
}
