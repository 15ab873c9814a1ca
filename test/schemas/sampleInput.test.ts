/**
 * examples/data/sample-input.json (#15): a planning input small enough to read, documented field by
 * field in docs/input-format.md. It is valid for the library and for schemas/input.json, and plans
 * a few visits with none unplannable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { formatIssue, isValidUscc, parsePlanningInput, planPeriod, verifyPlan } from '../../src/index.js';
import { SCHEMAS_DIR } from '../../scripts/make-schemas.js';

const root = join(SCHEMAS_DIR, '..');
const raw = JSON.parse(readFileSync(join(root, 'examples', 'data', 'sample-input.json'), 'utf8')) as any;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
const schema = (name: string): object => JSON.parse(readFileSync(join(SCHEMAS_DIR, `${name}.json`), 'utf8')) as object;
const validateInput = ajv.compile(schema('input'));
const validatePlan = ajv.compile(schema('plan'));

const parsed = parsePlanningInput(raw);
if (parsed._tag === 'Left') throw new Error(formatIssue(parsed.left));
const input = parsed.right;

describe('the sample input', () => {
  it('is valid for parsePlanningInput and for schemas/input.json', () => {
    expect(validateInput(raw), JSON.stringify(validateInput.errors)).toBe(true);
  });

  it('is small enough to read: a few dozen enterprises with valid codes and Chinese names', () => {
    expect(input.enterprises.length).toBeGreaterThanOrEqual(24);
    expect(input.enterprises.length).toBeLessThanOrEqual(48);
    for (const e of input.enterprises) {
      expect(isValidUscc(e.uscc), e.uscc).toBe(true);
      expect(e.name).toMatch(/\p{Script=Han}/u);
    }
  });

  it('has two departments, inspectors certified or not, with qualifications, unavailable days and a conflict of interest', () => {
    expect(input.departments.map((d) => d.id)).toEqual(['samr', 'health']);
    expect(input.inspectors.some((i) => !i.certified)).toBe(true);
    expect(input.inspectors.some((i) => i.conflicts.length > 0)).toBe(true);
    expect(input.inspectors.some((i) => i.unavailable.length > 0)).toBe(true);
    expect(new Set(input.items.map((i) => i.department))).toEqual(new Set(['samr', 'health']));
  });

  it('has a joint list with a lead, some history and a period', () => {
    expect(input.jointLists).toHaveLength(1);
    expect(input.jointLists[0]?.departments).toContain(input.jointLists[0]?.lead);
    expect(input.history.length).toBeGreaterThan(0);
    expect(input.period).toMatchObject({ year: 2024, batch: 4 });
  });

  it('plans a few visits with seed "sample", none unplannable, one with a recusal; the plan verifies and validates against plan.json', () => {
    const planned = planPeriod(input, { seed: 'sample' });
    if (planned._tag === 'Left') throw new Error(formatIssue(planned.left));
    const plan = planned.right;
    expect(plan.tasks.length).toBeGreaterThanOrEqual(3);
    expect(plan.unplannable).toEqual([]);
    expect(plan.tasks.some((t) => t.departments.length > 1)).toBe(true);
    expect(plan.tasks.flatMap((t) => t.skipped).some((s) => s.reason === 'recused')).toBe(true);
    expect(verifyPlan(plan, input, { seed: 'sample' }).valid).toBe(true);
    const json = JSON.parse(JSON.stringify(plan)) as unknown;
    expect(validatePlan(json), JSON.stringify(validatePlan.errors)).toBe(true);
  });

  it('has no $schema key: parsePlanningInput refuses unknown sections, $schema included', () => {
    expect(raw).not.toHaveProperty('$schema');
    const withSchema = parsePlanningInput({ $schema: 'https://double-random.dev/schemas/input.json', ...raw });
    expect(withSchema._tag === 'Left' && withSchema.left.issues.map((i) => [i.at, i.code])).toEqual([['$.$schema', 'schema/unrecognized_keys']]);
  });
});
