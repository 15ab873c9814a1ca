import { expectTypeOf, test } from 'vitest';
import { parsePlanningInput, parseUscc, type Enterprise, type PlanningInput, type Result, type Uscc, type UsccError } from '../src/index.js';
import type { Either } from 'fp-ts/lib/Either.js';

test('a raw string is not a Uscc: only parsers hand them out', () => {
  expectTypeOf<string>().not.toExtend<Uscc>();
  expectTypeOf<Uscc>().toExtend<string>();
  expectTypeOf(parseUscc).returns.toEqualTypeOf<Result<UsccError, Uscc>>();
});

test('results narrow on _tag and fit fp-ts Either', () => {
  const result = parsePlanningInput({});
  if (result._tag === 'Right') expectTypeOf(result.right).toEqualTypeOf<PlanningInput>();
  else expectTypeOf(result.left.issues[0].rule).toBeString();
  expectTypeOf<Result<UsccError, Uscc>>().toExtend<Either<UsccError, Uscc>>();
});

test('public data is readonly', () => {
  expectTypeOf<Enterprise['uscc']>().toEqualTypeOf<Uscc>();
  // @ts-expect-error readonly field
  ({} as Enterprise).name = 'x';
  // @ts-expect-error readonly array
  ({} as PlanningInput).enterprises.push({} as Enterprise);
});
