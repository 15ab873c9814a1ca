/**
 * Writes the JSON Schemas (draft 2020-12) of `schemas/`: the planning input, the draw record, the
 * plan, the inspection result and the publication records (run with `npm run schemas`; the
 * committed files are pinned by test/schemas/jsonSchemas.test.ts). They are generated from the
 * library's zod schemas, with the checks zod keeps in code written by hand (scripts/json-schema/).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resultSchema } from '../src/escalation/resultSchema.js';
import { INPUT_DESCRIPTIONS, inputSchema } from './json-schema/input.js';
import { describeShared, drawRecordSchema, planSchema, publicationSchema } from './json-schema/outputs.js';
import { finish, fromZod, renderSchema, type JsonSchema } from './json-schema/parts.js';

/** The names of the schemas, as in `schemas/<name>.json` and `double-random/schemas/<name>.json`. */
export const SCHEMA_NAMES = ['input', 'record', 'plan', 'result', 'publication'] as const;

/** A schema's name. */
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** The descriptions of a period's fields, as in the input. */
const PERIOD = Object.fromEntries(Object.entries(INPUT_DESCRIPTIONS).filter(([path]) => path.startsWith('period.')).map(([path, text]) => [path.slice('period.'.length), text]));

/** The JSON Schema of an output, with the descriptions of the library's schemas inside it. */
function output(schema: Parameters<typeof fromZod>[0], at: Parameters<typeof describeShared>[1]): JsonSchema {
  const json = fromZod(schema);
  describeShared(json, at, PERIOD);
  return json;
}

/** Every schema, as written to `schemas/`. */
export function makeSchemas(): Record<SchemaName, JsonSchema> {
  return {
    input: inputSchema(),
    record: finish(
      'record',
      'Draw record of double-random (抽取记录)',
      'The DrawRecord of planDraw (plan.record) and of planPeriod (plan.draw.record): the seed, the algorithm, the input digest, the draws and each stratum\'s population, quota and drawn enterprises. With the input, verifyDraw replays it (R27).',
      output(drawRecordSchema, { record: '' }),
    ),
    plan: finish(
      'plan',
      'Plan of double-random (抽查计划)',
      'The Plan of planPeriod as JSON (JSON.stringify drops draw.outcomeOf, a function): the draw, the staffed joint tasks with mode, date and team, the tasks that could not be staffed and why, the enterprises not visited, the dropped items, what replays it and its measures. verifyPlan checks it against the input.',
      output(planSchema, { record: 'draw.record.', triggered: 'record.triggered' }),
    ),
    result: finish(
      'result',
      'Inspection result of double-random (检查结果)',
      'An InspectionResult, as the platform records it after a visit: what escalate and publicationRecords accept (R21–R24). escalate also checks what a JSON Schema cannot: the USCC check character, that the date exists, that each finding is of an item of the task and appears once, that the lead is among the departments, that an operating enterprise has findings and an unreachable one has none.',
      fromZod(resultSchema),
    ),
    publication: finish(
      'publication',
      'Publication of double-random (一公开)',
      'What publicationRecords returns: the draw record and one record per joint task, published, pending or unplannable, with the result in the wording of the national enterprise credit information publicity system and the due date of publication (R23, N4).',
      output(publicationSchema, { record: 'draw.' }),
    ),
  };
}

/** The folder the schemas are written to: `schemas/` at the root of the package. */
export const SCHEMAS_DIR: string = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');

/** Writes every schema to `schemas/<name>.json`. */
function main(): void {
  mkdirSync(SCHEMAS_DIR, { recursive: true });
  const schemas = makeSchemas();
  for (const name of SCHEMA_NAMES) {
    writeFileSync(join(SCHEMAS_DIR, `${name}.json`), renderSchema(schemas[name]));
    console.log(`schemas/${name}.json`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
