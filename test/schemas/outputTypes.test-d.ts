/**
 * The zod schemas behind schemas/record.json, plan.json and publication.json are written from the
 * library's types; here the compiler checks that each accepts exactly its type, as JSON has it
 * (brands off, functions dropped), so that a field added to a type fails here until the schema has it.
 */
import { expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import type { DrawRecord, Plan, Publication } from '../../src/index.js';
import type { Unbrand } from '../../src/model/brand.js';
import type { drawRecordSchema, planSchema, publicationSchema } from '../../scripts/json-schema/outputs.js';

type Fn = (...args: never[]) => unknown;
/** A value as JSON has it: branded strings as strings, no functions, every field and array readonly, no `undefined` beside an optional field. */
type Json<T> = T extends string
  ? Unbrand<T>
  : T extends readonly (infer E)[]
    ? readonly Json<E>[]
    : T extends object
      ? { readonly [K in keyof T as T[K] extends Fn ? never : K]: Json<Exclude<T[K], undefined>> }
      : T;

test('record.json is DrawRecord', () => {
  expectTypeOf<Json<z.output<typeof drawRecordSchema>>>().toEqualTypeOf<Json<DrawRecord>>();
});

test('plan.json is Plan as JSON (without draw.outcomeOf)', () => {
  expectTypeOf<Json<z.output<typeof planSchema>>>().toEqualTypeOf<Json<Plan>>();
});

test('publication.json is Publication', () => {
  expectTypeOf<Json<z.output<typeof publicationSchema>>>().toEqualTypeOf<Json<Publication>>();
});
