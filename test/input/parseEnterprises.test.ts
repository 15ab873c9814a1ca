import { expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { parsePlanningInput } from '../../src/index.js';
import { enterpriseRowSchema } from '../../src/input/parseEnterprises.js';
import { minimalInput } from '../fixtures.js';

const valid = minimalInput().enterprises[0];
const junk = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.boolean(), fc.string({ maxLength: 3 }), fc.constant([]), fc.constant({}));

/** A row whose every field is either its valid value, another value of the right kind, or junk. */
const row = fc.record(
  Object.fromEntries(
    Object.entries(valid).map(([key, value]) => [
      key,
      fc.oneof(
        { weight: 6, arbitrary: fc.constant(value) },
        { weight: 1, arbitrary: typeof value === 'boolean' ? fc.boolean() : fc.constantFrom('A', 'unrated', 'red', 'town', 'operating', 'x') },
        { weight: 1, arbitrary: junk },
      ),
    ]),
  ),
  { requiredKeys: [] },
);

test.prop([row], { numRuns: 1000 })('the fast path refuses a row exactly when the zod row schema does', (candidate) => {
  const input = minimalInput();
  input.history = [];
  input.inspectors[0].conflicts = [];
  input.enterprises = [candidate];
  const result = parsePlanningInput(input);
  const schemaIssues = result._tag === 'Left' ? result.left.issues.filter((i) => i.code.startsWith('schema/') && i.path[0] === 'enterprises') : [];
  const typeIssues = schemaIssues.filter((i) => i.code !== 'schema/too_small');
  const zod = enterpriseRowSchema.safeParse(candidate);
  expect(typeIssues.length === 0).toBe(zod.success);
  if (!zod.success) expect(typeIssues.map((i) => i.path.slice(2).join('.')).sort()).toEqual(zod.error.issues.map((i) => i.path.join('.')).sort());
  if (result._tag === 'Right') expect(result.right.enterprises[0]).toEqual(candidate);
});
