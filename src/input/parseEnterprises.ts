import * as z from 'zod';
import { quote } from '../internal/text.js';
import { isIsoDate } from '../internal/date.js';
import { hashKey, indexKeys, type KeyIndex } from '../internal/keyIndex.js';
import { hashValidUscc } from '../uscc/alphabet.js';
import { parseUscc } from '../uscc/parseUscc.js';
import type { Unbrand } from '../model/brand.js';
import { industryProblem, isIndustryCode } from '../model/industry.js';
import type { InputIssue, IssueCode, IssueDetails } from '../model/issues.js';
import { formatPath } from '../model/paths.js';
import { BoundedIssues } from './boundedIssues.js';
import { unknownKeyIssue } from './keys.js';
import { characterDetails, fromZodIssue } from './zodDetails.js';
import { reporter, type Reporter } from '../internal/progress.js';
import { dateDetails, dateHint } from './schemas.js';
import type { RuleId } from '../model/rules.js';
import type { ColourCode, CreditClass, Enterprise, Level, OperatingStatus } from '../model/types.js';

/** Reports one issue. */
export type Report = (code: IssueCode, path: (string | number)[], message: string, rule: RuleId, details?: IssueDetails) => void;

/**
 * The shape of an enterprise row: the specification. The fast path below accepts exactly the rows
 * this schema accepts (a property test compares them), and every row the fast path refuses is
 * parsed by this schema, so the issues reported are zod's. Fields have no defaults: a platform's
 * export states every flag, so a misspelt column can never fall back to a default silently.
 */
export const enterpriseRowSchema: z.ZodType<{ readonly [K in keyof Enterprise]: Unbrand<Enterprise[K]> }> = z.object({
  uscc: z.string(),
  name: z.string(),
  industry: z.string(),
  region: z.string(),
  jurisdiction: z.enum(['city', 'district', 'town']),
  registeredOn: z.string(),
  creditClass: z.enum(['A', 'B', 'C', 'D', 'unrated']),
  colour: z.enum(['red', 'yellow', 'green', 'none']),
  whiteList: z.boolean(),
  trustExempt: z.boolean(),
  blackList: z.boolean(),
  operatingStatus: z.enum(['operating', 'not-operating', 'unreachable']),
});

/** The fields of an enterprise row, in schema order. */
export const ENTERPRISE_FIELDS: readonly (keyof Enterprise)[] = [
  'uscc', 'name', 'industry', 'region', 'jurisdiction', 'registeredOn', 'creditClass', 'colour',
  'whiteList', 'trustExempt', 'blackList', 'operatingStatus',
];
const KNOWN = new Set<string>(ENTERPRISE_FIELDS);

/** The rule behind each enterprise field, for issues found by the schema. */
const FIELD_RULES: Readonly<Record<string, RuleId>> = {
  uscc: 'N10', creditClass: 'N5', colour: 'R10', whiteList: 'R13', trustExempt: 'R12', blackList: 'R14',
  operatingStatus: 'R22', jurisdiction: 'R18',
};

const isLevel = (v: unknown): v is Level => v === 'district' || v === 'town' || v === 'city';
const isClass = (v: unknown): v is CreditClass => v === 'B' || v === 'A' || v === 'C' || v === 'D' || v === 'unrated';
const isColour = (v: unknown): v is ColourCode => v === 'none' || v === 'green' || v === 'yellow' || v === 'red';
const isStatus = (v: unknown): v is OperatingStatus => v === 'operating' || v === 'not-operating' || v === 'unreachable';

function isSixDigits(value: string): boolean {
  if (value.length !== 6) return false;
  for (let i = 0; i < 6; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The enterprises section: the rows (when all are valid) and the index of codes to rows. */
export interface ParsedEnterprises {
  readonly rows: readonly Enterprise[] | undefined;
  readonly index: KeyIndex;
}

/**
 * Parses the enterprise rows in one O(n) pass: types and enums (as {@link enterpriseRowSchema}),
 * unknown keys, USCC check characters (N10), real dates, GB/T 4754 industries, six-digit regions,
 * and duplicate USCCs (R2). A row with a wrong type is parsed by the schema for zod's issues; its
 * other fields are still checked, so every issue of every row is reported.
 *
 * Why not zod alone: at a million rows each zod check costs ~0.2 s, and the reading of every row a
 * second time as much again; one pass that loads each row once stays within the cost of a bare
 * zod parse of the same rows (see docs/performance.md).
 */
export function parseEnterprises(raw: unknown, issues: InputIssue[], report: Report, progress: Reporter = reporter(undefined)): ParsedEnterprises | undefined {
  if (!Array.isArray(raw)) {
    const result = z.array(enterpriseRowSchema).safeParse(raw);
    for (const issue of result.success ? [] : result.error.issues) issues.push(fromZodIssue(issue, ['enterprises'], raw, () => 'R2'));
    return undefined;
  }
  const rows = raw as readonly unknown[];
  const count = rows.length;
  const out: Enterprise[] = new Array<Enterprise>(count);
  const hashes = new Float64Array(count).fill(-1);
  let valid = true;
  progress('parse', 0, count);
  for (let i = 0; i < count; i++) {
    progress.tick('parse', i, count);
    const row = rows[i];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      valid = false;
      // Past the bound of the issue list, a bad row is counted without its details (#14).
      if (issues instanceof BoundedIssues && issues.full) issues.omitted++;
      else schemaIssues(row, i, issues, new Set());
      continue;
    }
    const fields = row as Record<string, unknown>;
    let keys = 0;
    // `for…in` also counts enumerable inherited keys; such a row takes the slow path below.
    for (const _key in fields) keys++;
    const { uscc, name, industry, region, jurisdiction, registeredOn, creditClass, colour, whiteList, trustExempt, blackList, operatingStatus } = fields;
    if (
      typeof uscc === 'string' && typeof name === 'string' && typeof industry === 'string' && typeof region === 'string' &&
      isLevel(jurisdiction) && typeof registeredOn === 'string' && isClass(creditClass) && isColour(colour) &&
      typeof whiteList === 'boolean' && typeof trustExempt === 'boolean' && typeof blackList === 'boolean' && isStatus(operatingStatus)
    ) {
      out[i] = { uscc, name, industry, region, jurisdiction, registeredOn, creditClass, colour, whiteList, trustExempt, blackList, operatingStatus } as Enterprise;
      if (keys !== ENTERPRISE_FIELDS.length) unknownKeys(fields, i, issues);
    } else {
      valid = false;
      // A row with a missing field may have it under a misspelt key, whatever its number of keys.
      if (issues instanceof BoundedIssues && issues.full) issues.omitted++;
      else schemaIssues(row, i, issues, unknownKeys(fields, i, issues));
    }
    if (typeof uscc === 'string') {
      const hash = hashValidUscc(uscc);
      if (hash >= 0) hashes[i] = hash;
      else {
        valid = false;
        // Indexed all the same, so that references to this row are not reported a second time.
        hashes[i] = hashKey(uscc);
        const parsed = parseUscc(uscc);
        if (parsed._tag === 'Left') report(parsed.left.code, ['enterprises', i, 'uscc'], parsed.left.message, 'N10', characterDetails(parsed.left));
      }
    }
    if (typeof name === 'string' && name.trim().length === 0) {
      valid = false;
      report('schema/too_small', ['enterprises', i, 'name'], 'the name must not be empty', 'R2', { origin: 'string', minimum: 1, inclusive: true });
    }
    if (typeof industry === 'string' && !isIndustryCode(industry)) {
      valid = false;
      report('industry/invalid', ['enterprises', i, 'industry'], industryProblem(industry) ?? 'invalid industry', 'R2');
    }
    if (typeof region === 'string' && !isSixDigits(region)) {
      valid = false;
      report('region/invalid', ['enterprises', i, 'region'], `expected a six-digit administrative division code (GB/T 2260), got ${quote(region)}`, 'R2');
    }
    if (typeof registeredOn === 'string' && !isIsoDate(registeredOn)) {
      valid = false;
      report('date/invalid', ['enterprises', i, 'registeredOn'], `expected a calendar date "YYYY-MM-DD" that exists, got ${quote(registeredOn)}${dateHint(registeredOn)}`, 'R2', dateDetails(registeredOn));
    }
  }
  const codeAt = (i: number): string | undefined => (hashes[i] === -1 ? undefined : (rows[i] as { uscc: string }).uscc);
  const index = indexKeys(count, codeAt, (i) => hashes[i] as number);
  for (const [row, first] of index.duplicates) {
    valid = false;
    report('duplicate/uscc', ['enterprises', row, 'uscc'], `"${codeAt(row)}" is already used at ${formatPath(['enterprises', first, 'uscc'])}; each enterprise appears once`, 'R2');
  }
  progress('parse', count, count);
  return { rows: valid ? out : undefined, index };
}

/** zod's issues of a row, but for the fields a misspelt key already explains. */
function schemaIssues(row: unknown, i: number, issues: InputIssue[], explained: ReadonlySet<string>): void {
  const result = enterpriseRowSchema.safeParse(row);
  if (result.success) return;
  for (const issue of result.error.issues) {
    if (issue.path.length === 1 && explained.has(String(issue.path[0]))) continue;
    issues.push(fromZodIssue(issue, ['enterprises', i], row, (path) => {
      const field = path[2];
      return typeof field === 'string' && Object.hasOwn(FIELD_RULES, field) ? (FIELD_RULES[field] ?? 'R2') : 'R2';
    }));
  }
}

/** Each unknown key of a row, with the field it most likely meant; returns the missing fields a misspelt key explains (one issue, not two). */
function unknownKeys(fields: Record<string, unknown>, row: number, issues: InputIssue[]): Set<string> {
  const explained = new Set<string>();
  for (const key of Object.keys(fields)) {
    if (KNOWN.has(key)) continue;
    const { issue, explains } = unknownKeyIssue(['enterprises', row], key, ENTERPRISE_FIELDS, (s) => !Object.hasOwn(fields, s) && !explained.has(s), 'R2', Object.keys(fields));
    issues.push(issue);
    if (explains !== undefined) explained.add(explains);
  }
  return explained;
}
