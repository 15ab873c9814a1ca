/**
 * What the JSON Schemas of `schemas/` share: the hand-written JSON Schema of each check that zod
 * cannot represent (the library's branded checks are `z.custom`), the `override` that puts them in
 * place, and the helpers that patch, describe and lay out a generated schema.
 */
import { z } from 'zod';
import { USCC_ALPHABET } from '../../src/uscc/alphabet.js';
import { INDUSTRY_SECTIONS, sectionDivisions } from '../../src/model/industry.js';

/** A JSON Schema, as plain data. */
export type JsonSchema = { [key: string]: unknown };

/** Where the published schemas live: `$id` is `${SCHEMA_BASE}<name>.json`. */
export const SCHEMA_BASE = 'https://double-random.dev/schemas/';

/** A set of characters as a regex class body, runs of three or more as ranges (`0-9A-HJ-NP-RTUW-Y`). */
export function characterClass(characters: string): string {
  const codes = [...characters].map((c) => c.charCodeAt(0)).sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === (codes[j] as number) + 1) j++;
    const run = codes.slice(i, j + 1).map((c) => String.fromCharCode(c));
    out += run.length >= 3 ? `${run[0]}-${run[run.length - 1]}` : run.join('');
    i = j + 1;
  }
  return out;
}

/** Two-digit numbers from `first` to `last` as a regex (`0[6-9]|1[0-2]`). */
function twoDigitRange(first: number, last: number): string {
  const parts: string[] = [];
  for (let tens = Math.floor(first / 10); tens <= Math.floor(last / 10); tens++) {
    const from = Math.max(first, tens * 10) % 10;
    const to = Math.min(last, tens * 10 + 9) % 10;
    parts.push(from === to ? `${tens}${from}` : `${tens}[${from}-${to}]`);
  }
  return parts.join('|');
}

const USCC_CLASS = `[${characterClass(USCC_ALPHABET)}]`;
/** A USCC's shape (N10): 18 characters of the alphabet, positions 3–8 digits; not its check character. */
export const USCC_PATTERN = `^${USCC_CLASS}{2}[0-9]{6}${USCC_CLASS}{10}$`;
/** A GB/T 4754-2017 section, optionally with a division of that section (`F`, `F52`, never `F13`). */
export const INDUSTRY_PATTERN = `^(?:${INDUSTRY_SECTIONS.map((s) => {
  const [first, last] = sectionDivisions(s) ?? [0, 0];
  return `${s}(?:${twoDigitRange(first, last)})?`;
}).join('|')})$`;
/** `YYYY-MM-DD` with a month 01–12 and a day 01–31; `format: date` says the day must exist. */
export const DATE_PATTERN = '^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$';
/** `MM-DD` naming a day that every year has (not 02-29). */
export const MONTH_DAY_PATTERN = '^(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)$';
/** A six-digit administrative division code (GB/T 2260). */
export const REGION_PATTERN = '^[0-9]{6}$';
/** At least one character that is not white space. */
export const NOT_BLANK_PATTERN = '\\S';

/**
 * Characters an id may not contain (R4), in the Basic Multilingual Plane, as the library's
 * `unreadable` finds them with Unicode 17: control characters (C0, DEL, C1), white space other than
 * U+0020 (no-break, figure, ideographic spaces, line and paragraph separators), and invisible
 * characters (default-ignorable code points and format characters: soft hyphen, zero-width space
 * and joiners, direction marks, variation selectors, byte order mark; and the blank braille
 * pattern). test/schemas/jsonSchemas.test.ts compares the list with the library, code unit by code
 * unit. Invisible characters outside the BMP, lone surrogates and forms other than NFC are left to
 * the library.
 */
const NOT_IN_ID = [
  '\\u0000-\\u001f', '\\u007f-\\u00a0', '\\u00ad', '\\u034f', '\\u0600-\\u0605', '\\u061c', '\\u06dd', '\\u070f', '\\u0890-\\u0891',
  '\\u08e2', '\\u115f-\\u1160', '\\u1680', '\\u17b4-\\u17b5', '\\u180b-\\u180f', '\\u2000-\\u200f', '\\u2028-\\u202f', '\\u205f-\\u206f',
  '\\u2800', '\\u3000', '\\u3164', '\\ufe00-\\ufe0f', '\\ufeff', '\\uffa0', '\\ufff0-\\ufffb',
].join('');
/** An id's text: not empty, no space at either end, none of NOT_IN_ID. */
const ID_BODY = `[^ ${NOT_IN_ID}](?:[^${NOT_IN_ID}]*[^ ${NOT_IN_ID}])?`;
/** An id (R4): not empty, no space at either end, no other white space, no control or invisible character. */
export const ID_PATTERN = `^${ID_BODY}$`;
/** A version label: empty, or text with one spelling as an id has. */
export const LABEL_PATTERN = `^(?:${ID_BODY})?$`;

/** The JSON Schema of each branded check, shared through `$defs`. */
export const DEFS: Readonly<Record<'uscc' | 'date' | 'id' | 'label' | 'industry', JsonSchema>> = {
  uscc: {
    title: 'Unified social credit code (统一社会信用代码)',
    description: 'GB 32100-2015 (N10): 18 characters of 0-9 and A-Y without I, O, S, V and Z; positions 3-8 (the administrative division) are digits. The check character (position 18) is not checked by this schema: parsePlanningInput and escalate check it.',
    type: 'string',
    pattern: USCC_PATTERN,
  },
  date: {
    title: 'Calendar date',
    description: 'A day as YYYY-MM-DD. The day must exist (2023-02-29 does not): a validator that asserts format "date" checks it; the library always does.',
    type: 'string',
    format: 'date',
    pattern: DATE_PATTERN,
  },
  id: {
    title: 'Id',
    description: 'An id, kind or qualification (R4): a non-empty string with one spelling: no space at either end, no white space but U+0020, no control or invisible character, in Unicode NFC (which only the library checks). Ids are compared exactly.',
    type: 'string',
    minLength: 1,
    pattern: ID_PATTERN,
  },
  label: {
    title: 'Version label',
    description: 'A version label (R4): empty, or text with one spelling, as an id.',
    type: 'string',
    pattern: LABEL_PATTERN,
  },
  industry: {
    title: 'Industry code (国民经济行业分类)',
    description: 'GB/T 4754-2017: a section letter A-T, optionally followed by a two-digit division of that section ("F" or "F52", never "F13"). A section covers its divisions.',
    type: 'string',
    pattern: INDUSTRY_PATTERN,
  },
};

/** Which `$defs` entry gives the JSON Schema of a branded check, by the field that holds it. */
const DEF_OF_FIELD: Readonly<Record<string, keyof typeof DEFS>> = {
  uscc: 'uscc', enterprise: 'uscc', conflicts: 'uscc',
  date: 'date', start: 'date', end: 'date', unavailable: 'date', registeredOn: 'date',
  industry: 'industry', industries: 'industry', excludeIndustries: 'industry',
  id: 'id', department: 'id', departments: 'id', lead: 'id', items: 'id', kind: 'id', kinds: 'id', itemKinds: 'id', qualifications: 'id',
};
/** The same, by the path of the field where its name alone does not say (`versions.items` is a label, other `items` ids). */
const DEF_OF_PATH: Readonly<Record<string, keyof typeof DEFS>> = {
  'versions.directory': 'label', 'versions.inspectors': 'label', 'versions.items': 'label',
};

/** The property names along a schema path (`[properties, items, items, properties, id]` → `items.id`). */
export function propertyPath(path: readonly (string | number)[]): string {
  return path.filter((_, i) => i > 0 && path[i - 1] === 'properties').join('.');
}

/** The `$defs` entry of the branded check at a schema path, or `undefined`. */
function defOf(path: readonly (string | number)[]): keyof typeof DEFS | undefined {
  const dotted = propertyPath(path);
  return DEF_OF_PATH[dotted] ?? DEF_OF_FIELD[dotted.slice(dotted.lastIndexOf('.') + 1)];
}

/**
 * The `override` of `z.toJSONSchema`: a string whose metadata names a `$defs` entry (`jsonDef`, in
 * the output schemas) and a branded check (`z.custom`, unrepresentable) become a reference to that
 * entry, a branded check chosen by the field that holds it. zod converts each schema instance once,
 * so the first field that uses a shared check (`departmentId`) names it for all. Throws on a check
 * of a field it does not know, so that a new one is never left as `{}`.
 */
export function override(ctx: { readonly zodSchema: z.core.$ZodType; readonly jsonSchema: JsonSchema; readonly path: (string | number)[] }): void {
  const meta = z.globalRegistry.get(ctx.zodSchema);
  const named = meta?.['jsonDef'];
  if (typeof named === 'string') {
    for (const key of Object.keys(ctx.jsonSchema)) if (key !== 'description') delete ctx.jsonSchema[key];
    ctx.jsonSchema['$ref'] = `#/$defs/${named}`;
    return;
  }
  if (ctx.zodSchema._zod.def.type !== 'custom') return;
  const def = defOf(ctx.path);
  if (def === undefined) throw new Error(`no JSON Schema for the check at ${ctx.path.join('/')}: add its field to DEF_OF_FIELD or DEF_OF_PATH`);
  ctx.jsonSchema['$ref'] = `#/$defs/${def}`;
}

/** The JSON Schema (draft 2020-12) of a zod schema's input, with the branded checks in place. */
export function fromZod(schema: z.ZodType): JsonSchema {
  // A copy, so that patching one place never changes another that zod may share it with.
  return JSON.parse(JSON.stringify(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any', override }))) as JsonSchema;
}

/** The properties of an object schema, or of the object branch of a nullable one (`anyOf: [object, null]`). */
function propertiesOf(node: JsonSchema): Record<string, JsonSchema> | undefined {
  if (node['properties'] !== undefined) return node['properties'] as Record<string, JsonSchema>;
  const branches = (node['anyOf'] ?? []) as JsonSchema[];
  return branches.map(propertiesOf).find((p) => p !== undefined);
}

/** The node at a path of property names (`policy.teamSize`, `enterprises[].name`); throws when the schema has none there. */
export function nodeAt(schema: JsonSchema, path: string): JsonSchema {
  let node = schema;
  for (const step of path.split('.')) {
    const name = step.replace(/\[\]$/, '');
    let next = propertiesOf(node)?.[name];
    if (next === undefined) throw new Error(`the schema has no property ${path} (at ${step})`);
    if (step.endsWith('[]')) next = next['items'] as JsonSchema;
    if (next === undefined) throw new Error(`${path}: ${name} is not an array`);
    node = next;
  }
  return node;
}

/** Gives the fields at `prefix` + each path their description. */
export function describeFields(schema: JsonSchema, descriptions: Readonly<Record<string, string>>, prefix = ''): void {
  for (const [path, description] of Object.entries(descriptions)) nodeAt(schema, `${prefix}${path}`)['description'] = description;
}

/** Every `$ref` under a node, as `$defs` names. */
function refsIn(node: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) refsIn(item, out);
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')) out.add(value.slice('#/$defs/'.length));
      else refsIn(value, out);
    }
  }
  return out;
}

/** A generated schema with its `$schema`, `$id`, title and description, and the `$defs` it uses (its own first). */
export function finish(name: string, title: string, description: string, schema: JsonSchema): JsonSchema {
  const own = (schema['$defs'] ?? {}) as Record<string, JsonSchema>;
  const used = [...refsIn(schema, new Set())].filter((d) => !Object.hasOwn(own, d)).sort();
  const defs = { ...own, ...Object.fromEntries(used.map((d) => [d, DEFS[d as keyof typeof DEFS]])) };
  const { $schema: _schema, $defs: _defs, ...rest } = schema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_BASE}${name}.json`,
    title,
    description,
    ...rest,
    ...(Object.keys(defs).length === 0 ? {} : { $defs: defs }),
  };
}

/** Schema keywords in the order they are written; others follow in alphabetical order. */
const KEYWORD_ORDER = [
  '$schema', '$id', '$ref', 'title', 'description', 'type', 'const', 'enum', 'format', 'pattern',
  'minLength', 'maxLength', 'minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum', 'multipleOf',
  'minItems', 'maxItems', 'uniqueItems', 'default', 'items', 'properties', 'required', 'additionalProperties',
  'propertyNames', 'oneOf', 'anyOf', 'allOf', '$defs',
];
/** Keywords whose value is a map of names (kept in their order), or data (kept as is). */
const MAPS = new Set(['properties', '$defs']);
const DATA = new Set(['default', 'const', 'enum', 'examples', 'required']);

function rank(key: string): number {
  const index = KEYWORD_ORDER.indexOf(key);
  return index === -1 ? KEYWORD_ORDER.length : index;
}

/** A schema with its keywords in a stable order, whatever order zod wrote them in (names of properties keep theirs). */
export function canonical(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(canonical);
  if (typeof node !== 'object' || node === null) return node;
  const keys = Object.keys(node).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const record = node as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => {
    const value = record[key];
    if (DATA.has(key)) return [key, value];
    if (MAPS.has(key) && typeof value === 'object' && value !== null) {
      return [key, Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, canonical(schema)]))];
    }
    return [key, canonical(value)];
  }));
}

/** A schema as written to `schemas/<name>.json`: canonical key order, two spaces per level, a final newline. */
export function renderSchema(schema: JsonSchema): string {
  return `${JSON.stringify(canonical(schema), null, 2)}\n`;
}
