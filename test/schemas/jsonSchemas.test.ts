/**
 * The JSON Schemas of `schemas/` (#15): the committed files are what the generator writes now, and
 * a real validator (ajv, draft 2020-12) agrees with the library: generated inputs and real outputs
 * validate, tampered ones do not, and every bad input of the parse tests that `parsePlanningInput`
 * refuses is refused by the schema too, except the cases listed in LIBRARY_ONLY (a JSON Schema
 * cannot express them; docs/input-format.md lists them as well).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { escalate, parsePlanningInput, parseUscc, planDraw, planPeriod, publicationRecords, type InspectionResult, type Plan, type PlanningInput } from '../../src/index.js';
import { isIsoDate } from '../../src/internal/date.js';
import { unreadable } from '../../src/internal/text.js';
import { isIndustryCode } from '../../src/model/industry.js';
import { generateDirectory } from '../../src/testing/index.js';
import { makeSchemas, SCHEMA_NAMES, SCHEMAS_DIR, type SchemaName } from '../../scripts/make-schemas.js';
import { ID_PATTERN, INDUSTRY_PATTERN, MONTH_DAY_PATTERN, renderSchema, USCC_PATTERN } from '../../scripts/json-schema/parts.js';
import { minimalInput } from '../fixtures.js';
import { BAD_INPUTS, type Verdict } from './badInputs.js';

const committed = Object.fromEntries(SCHEMA_NAMES.map((name) => [name, JSON.parse(readFileSync(join(SCHEMAS_DIR, `${name}.json`), 'utf8')) as object])) as Record<SchemaName, object>;

/** A draft 2020-12 validator of the committed schemas, strict about the schemas themselves; with `formats`, it asserts `format` (ajv-formats). */
function validators(formats: boolean): Record<SchemaName, ValidateFunction> {
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: formats });
  if (formats) addFormats.default(ajv);
  return Object.fromEntries(SCHEMA_NAMES.map((name) => [name, ajv.compile(committed[name])])) as Record<SchemaName, ValidateFunction>;
}
const plain = validators(false);
const asserting = validators(true);
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the committed schemas', () => {
  it('are what scripts/make-schemas.ts writes now (run `npm run schemas` after changing a schema)', () => {
    const generated = makeSchemas();
    for (const name of SCHEMA_NAMES) expect(readFileSync(join(SCHEMAS_DIR, `${name}.json`), 'utf8'), `schemas/${name}.json`).toBe(renderSchema(generated[name]));
  });

  it('each has its $schema, a stable $id, a title and a description', () => {
    for (const name of SCHEMA_NAMES) {
      expect(committed[name]).toMatchObject({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: `https://double-random.dev/schemas/${name}.json`,
        title: expect.any(String),
        description: expect.any(String),
      });
    }
  });

  it('describe every field of the input', () => {
    const missing: string[] = [];
    const walk = (node: any, path: string): void => {
      for (const [key, field] of Object.entries<any>(node?.properties ?? {})) {
        if (field.description === undefined) missing.push(`${path}${key}`);
        walk(field.items ?? field, `${path}${key}.`);
        for (const branch of field.anyOf ?? []) walk(branch, `${path}${key}.`);
      }
    };
    walk(committed.input, '');
    expect(missing).toEqual([]);
  });

  it('use the USCC alphabet of GB 32100-2015 and the industry divisions of GB/T 4754-2017', () => {
    expect(USCC_PATTERN).toBe('^[0-9A-HJ-NP-RTUW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10}$');
    const industry = new RegExp(INDUSTRY_PATTERN);
    for (const code of ['A', 'A01', 'A05', 'B06', 'C13', 'C43', 'F51', 'F52', 'K70', 'T97', 'H62']) expect(industry.test(code), code).toBe(true);
    for (const code of ['Z', 'A00', 'A06', 'F13', 'F5', 'F520', 'T98', 'h62', 'C44']) expect(industry.test(code), code).toBe(false);
  });

  it('the industry pattern accepts exactly the library\'s industry codes (every letter, with every two digits)', () => {
    const industry = new RegExp(INDUSTRY_PATTERN);
    for (let letter = 0x40; letter <= 0x5b; letter++) {
      const section = String.fromCharCode(letter);
      for (const code of [section, ...Array.from({ length: 100 }, (_, n) => `${section}${String(n).padStart(2, '0')}`)]) {
        expect(industry.test(code), code).toBe(isIndustryCode(code));
      }
    }
  });

  it('the USCC pattern accepts exactly what parseUscc accepts but for the check character', () => {
    const alphabet = Array.from({ length: 95 }, (_, k) => String.fromCharCode(32 + k)).concat(['０', 'Ｏ']);
    for (const valid of ['91350100M000100Y43', '914403001922038216', '91110000802100433B']) {
      const variants = [valid, valid.slice(1), `${valid}0`, ...Array.from({ length: 18 }, (_, at) => alphabet.map((c) => valid.slice(0, at) + c + valid.slice(at + 1))).flat()];
      for (const code of variants) {
        const parsed = parseUscc(code);
        expect(new RegExp(USCC_PATTERN).test(code), code).toBe(parsed._tag === 'Right' || parsed.left.code === 'uscc/check-character');
      }
    }
  });

  it('the id pattern refuses exactly the characters the library finds unreadable, every one of the Basic Multilingual Plane', () => {
    const id = new RegExp(ID_PATTERN, 'u');
    for (let unit = 0; unit < 0x10000; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      const text = `x${String.fromCharCode(unit)}y`;
      const problem = unreadable(text);
      expect(id.test(text), `U+${unit.toString(16).padStart(4, '0')}`).toBe(problem === undefined || problem === 'nfc');
    }
  });

  test.prop([fc.string({ unit: fc.constantFrom('a', '中', '-', ' ', '\t', '\n', '\u00a0', '\u3000', '\u2028', '\u0007', '\u0085', '\u00ad', '\u200b', '\u200e', '\u2066', '\ufeff', '\u061c', '\u2800', '\u0301', 'e\u0301', '\u00e9', '\ud800', '\u{e0041}'), maxLength: 5 })], { numRuns: 2000 })(
    'the id pattern accepts every id the library accepts, and refuses every other but for NFC, lone surrogates and invisible characters outside the BMP',
    (text) => {
      const problem = unreadable(text);
      const library = text.length > 0 && problem === undefined && text.trim() === text;
      const schema = new RegExp(ID_PATTERN, 'u').test(text);
      if (library) expect(schema).toBe(true);
      else if (schema) expect(['nfc', 'surrogate', 'invisible']).toContain(problem);
      if (schema && problem === 'invisible') expect(text).toMatch(/[\u{10000}-\u{10ffff}]/u);
    },
  );

  it('the annual plan\'s day accepts exactly the days every year has', () => {
    const due = new RegExp(MONTH_DAY_PATTERN);
    for (let month = 0; month <= 13; month++) {
      for (let day = 0; day <= 32; day++) {
        const text = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(due.test(text), text).toBe(isIsoDate(`2023-${text}`));
      }
    }
  });
});

describe('generated inputs validate against input.json', () => {
  const inputs: [string, PlanningInput][] = [
    ['1 enterprise', generateDirectory({ size: 1, seed: 'schema-1' })],
    ['60, two inspectors a department', generateDirectory({ size: 60, seed: 'schema-60', inspectorsPerDepartment: 2 })],
    ['500, batch 4 of 2025', generateDirectory({ size: 500, seed: 'schema-500', year: 2025, batch: 4 })],
    ['3 000', generateDirectory({ size: 3_000, seed: 'schema-3000', departments: 5 })],
  ];
  for (const [name, input] of inputs) {
    it(name, () => {
      expect(parsePlanningInput(json(input))._tag).toBe('Right');
      for (const validate of [plain.input, asserting.input]) {
        expect(validate(input)).toBe(true);
        expect(validate(json(input))).toBe(true);
      }
    });
  }

  it('the minimal fixture, with its defaults left out', () => {
    expect(asserting.input(minimalInput())).toBe(true);
  });
});

/** What the two validators say of a raw input: `refused` by both, by the `format`-asserting one only, or by neither (`library-only`). */
function verdictOf(raw: unknown): Verdict {
  const [byPlain, byFormats] = [plain.input(raw), asserting.input(raw)];
  if (!byPlain && !byFormats) return 'refused';
  if (byPlain && !byFormats) return 'format';
  if (byPlain && byFormats) return 'library-only';
  throw new Error('refused without formats but accepted with them');
}

describe('every bad input of the parse tests: parsePlanningInput refuses it, and the JSON Schema agrees except where it cannot', () => {
  it.each(BAD_INPUTS.map((c) => [c.name, c] as const))('%s', (_name, { build, verdict, at }) => {
    const raw = build();
    const parsed = parsePlanningInput(raw);
    expect(parsed._tag).toBe('Left');
    if (at !== undefined && parsed._tag === 'Left') expect(parsed.left.issues.map((i) => i.at)).toContain(at);
    expect(verdictOf(raw)).toBe(verdict);
  });

  it('the cases left to the library are few, and each has a reason in the docs', () => {
    const libraryOnly = BAD_INPUTS.filter((c) => c.verdict !== 'refused');
    const docs = readFileSync(join(SCHEMAS_DIR, '..', 'docs', 'input-format.md'), 'utf8');
    for (const c of libraryOnly) expect(docs, `${c.name}: ${c.why ?? ''}`).toContain(c.why ?? '(no reason given)');
    expect(libraryOnly.length).toBeLessThan(BAD_INPUTS.length / 2);
  });
});

/** A plan with staffed and unplannable tasks, dropped items and a triggered task. */
function aPlan(): { readonly input: PlanningInput; readonly plan: Plan } {
  const input = generateDirectory({ size: 3_000, seed: 'schema-plan', inspectorsPerDepartment: 2 });
  const enterprise = input.enterprises[7]!.uscc;
  const item = input.items.find((i) => i.scope === 'general')!;
  const triggered = [{ id: 'complaint-1', enterprise, department: item.department, items: [item.id], reason: 'complaint' as const }];
  const planned = planPeriod(input, { seed: 'schema 2024-Q1', secret: 'schema visit secret 3c8e1a9d7f2b5064', triggered });
  if (planned._tag === 'Left') throw new Error(JSON.stringify(planned.left.issues));
  return { input, plan: planned.right };
}

/** A result `escalate` accepts, of a task of the plan: a violation of its first item, the others compliant. */
function aResult(input: PlanningInput, plan: Plan): InspectionResult {
  const task = plan.tasks.find((t) => t.reasons.length === 1 && t.reasons[0] === 'random')!;
  const result = {
    enterprise: task.enterprise, date: task.date, reason: 'random', lead: task.lead, departments: task.departments, contact: 'operating',
    findings: task.items.map((item, k) => (k === 0 ? { item, outcome: 'violation', severity: 'general', spread: 'single' } : { item, outcome: 'compliant' })),
  } as unknown as InspectionResult;
  const items = input.items.filter((i) => task.items.includes(i.id));
  const escalated = escalate(result, { creditClass: 'B', items });
  expect(escalated._tag).toBe('Right');
  return result;
}

describe('real outputs validate against their schemas; tampered ones do not', () => {
  const { input, plan } = aPlan();
  const result = aResult(input, plan);
  const drawn = planDraw(input, { seed: 'schema draw' });
  if (drawn._tag === 'Left') throw new Error('planDraw');
  const published = publicationRecords(plan, [result], { input, seed: 'schema 2024-Q1', secret: 'schema visit secret 3c8e1a9d7f2b5064', triggered: plan.record.triggered, asOf: '2024-12-31' as never });
  if (published._tag === 'Left') throw new Error(JSON.stringify(published.left.issues));

  it('the plan exercises every part of the schema: staffed, unplannable, dropped, triggered', () => {
    expect(plan.tasks.length).toBeGreaterThan(0);
    expect(plan.unplannable.length).toBeGreaterThan(0);
    expect(plan.tasks.some((t) => t.skipped.length > 0)).toBe(true);
    expect(plan.record.triggered).toHaveLength(1);
    expect(published.right.counts.published).toBe(1);
  });

  const cases: [SchemaName, string, unknown, (value: any) => void, (value: any) => void][] = [
    ['record', 'planDraw record', drawn.right.record, (r) => delete r.seed, (r) => (r.strata[0].quota = '3')],
    ['record', 'planPeriod record', plan.draw.record, (r) => delete r.inputDigest, (r) => (r.fullCoverage = 'none')],
    ['plan', 'planPeriod plan', plan, (p) => delete p.tasks[0].team, (p) => (p.metrics.visits = 'many')],
    ['result', 'escalate-accepted result', result, (r) => delete r.contact, (r) => (r.findings = 'none')],
    ['publication', 'publicationRecords', published.right, (p) => delete p.counts, (p) => (p.records[0].status = 'done')],
  ];
  for (const [name, what, value, missing, wrongType] of cases) {
    it(`${what} validates against ${name}.json, after a JSON round trip`, () => {
      for (const validate of [asserting[name], plain[name]]) expect(validate(json(value)), JSON.stringify(validate.errors)).toBe(true);
    });
    it(`${what}: a missing required field or a wrong type is refused`, () => {
      for (const tamper of [missing, wrongType]) {
        const copy = json(value);
        tamper(copy);
        expect(asserting[name](copy)).toBe(false);
      }
    });
  }

  it('an unknown field and a USCC of the wrong shape are refused in every output', () => {
    expect(asserting.record({ ...json(drawn.right.record), extra: 1 })).toBe(false);
    expect(asserting.plan({ ...json(plan), tasks: [{ ...json(plan.tasks[0]), enterprise: '91350100m000100Y43' }] })).toBe(false);
    expect(asserting.result({ ...result, enterprise: '9135010' })).toBe(false);
  });
});
