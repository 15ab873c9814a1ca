import { isIsoDate } from '../internal/date.js';
import { hashKey, indexKeys, type KeyIndex } from '../internal/keyIndex.js';
import { hashValidUscc } from '../uscc/alphabet.js';
import { parseUscc } from '../uscc/parseUscc.js';
import { industryProblem, isIndustryCode } from './industry.js';
import type { RuleId } from './rules.js';
import { formatPath } from './paths.js';

/** Reports one issue. */
export type Report = (code: string, path: (string | number)[], message: string, rule: RuleId) => void;

/** The fields of an enterprise row, in schema order. */
export const ENTERPRISE_FIELDS: readonly string[] = [
  'uscc', 'name', 'industry', 'region', 'jurisdiction', 'registeredOn', 'creditClass', 'colour',
  'whiteList', 'trustExempt', 'blackList', 'operatingStatus',
];
const KNOWN = new Set(ENTERPRISE_FIELDS);

function isSixDigits(value: string): boolean {
  if (value.length !== 6) return false;
  for (let i = 0; i < 6; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The checks of enterprise rows that go beyond types, in one O(n) pass over the raw rows: unknown
 * keys, empty names, USCC check characters (N10), real dates, GB/T 4754 industries, six-digit
 * regions, and duplicate USCCs (R2). The schema reports wrong types; this pass reads only the
 * fields that have the right type, so both run on the same rows and every issue is reported.
 *
 * @returns The index of every string USCC to its first row, for reference checks (a malformed code
 *   is reported once, here, and not again by each reference to it).
 */
export function checkEnterpriseRows(rows: readonly unknown[], report: Report): KeyIndex {
  const count = rows.length;
  const hashes = new Float64Array(count).fill(-1);
  for (let i = 0; i < count; i++) {
    const row = rows[i];
    if (typeof row !== 'object' || row === null) continue;
    const fields = row as Record<string, unknown>;
    // The schema reports missing fields, so more keys than fields means unknown ones. `for…in`
    // also counts enumerable inherited keys; such a row takes the slow path, which looks closer.
    let keys = 0;
    for (const _key in fields) keys++;
    if (keys !== ENTERPRISE_FIELDS.length) unknownKeys(fields, i, report);
    const { uscc, name, industry, region, registeredOn } = fields;
    if (typeof uscc === 'string') {
      const hash = hashValidUscc(uscc);
      if (hash >= 0) hashes[i] = hash;
      else {
        // Indexed all the same, so that references to this row are not reported a second time.
        hashes[i] = hashKey(uscc);
        const parsed = parseUscc(uscc);
        if (parsed._tag === 'Left') report(parsed.left.code, ['enterprises', i, 'uscc'], parsed.left.message, 'N10');
      }
    }
    if (typeof name === 'string' && name.trim().length === 0) {
      report('schema/too_small', ['enterprises', i, 'name'], 'the name must not be empty', 'R2');
    }
    if (typeof industry === 'string' && !isIndustryCode(industry)) {
      report('industry/invalid', ['enterprises', i, 'industry'], industryProblem(industry) ?? 'invalid industry', 'R2');
    }
    if (typeof region === 'string' && !isSixDigits(region)) {
      report('region/invalid', ['enterprises', i, 'region'], `expected a six-digit administrative division code (GB/T 2260), got ${JSON.stringify(region)}`, 'R2');
    }
    if (typeof registeredOn === 'string' && !isIsoDate(registeredOn)) {
      report('date/invalid', ['enterprises', i, 'registeredOn'], `expected a calendar date "YYYY-MM-DD" that exists, got ${JSON.stringify(registeredOn)}`, 'R2');
    }
  }
  const codeAt = (i: number): string | undefined => (hashes[i] === -1 ? undefined : ((rows[i] as { uscc: string }).uscc));
  const index = indexKeys(count, codeAt, (i) => hashes[i] as number);
  for (const [row, first] of index.duplicates) {
    report('duplicate/uscc', ['enterprises', row, 'uscc'], `"${codeAt(row)}" is already used at ${formatPath(['enterprises', first, 'uscc'])}; each enterprise appears once`, 'R2');
  }
  return index;
}

function unknownKeys(fields: Record<string, unknown>, row: number, report: Report): void {
  for (const key of Object.keys(fields)) {
    if (!KNOWN.has(key)) {
      report('schema/unrecognized_keys', ['enterprises', row, key], `unknown field "${key}"; an enterprise has ${ENTERPRISE_FIELDS.join(', ')}`, 'R2');
    }
  }
}
