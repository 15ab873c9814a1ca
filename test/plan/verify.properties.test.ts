/**
 * Laws of draw verification (R27): any single edit of a record is reported with its path; any
 * key order and any JSON round trip of an honest record verifies.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { planDraw, verifyDraw, type DrawRecord, type PlanningInput } from '../../src/index.js';
import { shares } from '../arbitraries.js';
import { generateDirectory } from '../../src/testing/index.js';
import { pathText, shuffleKeys } from './json.js';

const RUNS = 1000;

/** Small batches; a share of them colour every enterprise red, so nothing is drawn at random. */
const arbDraw = fc.record({
  size: fc.integer({ min: 10, max: 300 }),
  directory: fc.stringMatching(/^[a-z]{1,6}$/),
  batch: fc.integer({ min: 1, max: 4 }),
  allRed: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  seed: fc.stringMatching(/^[a-z0-9][a-z0-9 ]{0,6}[a-z0-9]$/),
}).map(({ size, directory, batch, allRed, seed }) => {
  const generated = generateDirectory({ size, seed: directory, batch, inspectorsPerDepartment: 0 });
  const input = allRed ? { ...generated, enterprises: generated.enterprises.map((e) => ({ ...e, colour: 'red' as const })) } : generated;
  return { input, seed, record: drawOf(input, seed) };
});

function drawOf(input: PlanningInput, seed: string): DrawRecord {
  const result = planDraw(input, { seed });
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left.issues));
  return result.right.record;
}

const drawsSomething = (r: DrawRecord): boolean => r.strata.some((s) => s.drawn.length > 0);

type Json = Record<string | number, unknown>;
type Edit = { readonly kind: 'alter' | 'delete' | 'add' | 'repeat'; readonly path: (string | number)[] };

/** Every place of a JSON value where an edit can be made: leaves, object keys, array elements. */
function places(value: unknown, path: (string | number)[] = [], out: Edit[] = []): Edit[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push({ kind: 'repeat', path: [...path, i] });
      places(v, [...path, i], out);
    });
  } else if (value !== null && typeof value === 'object') {
    out.push({ kind: 'add', path: [...path, 'forged'] });
    for (const [k, v] of Object.entries(value)) {
      out.push({ kind: 'delete', path: [...path, k] });
      places(v, [...path, k], out);
    }
  } else out.push({ kind: 'alter', path });
  return out;
}

/** Makes the edit; returns the path where verification must report it. */
function apply(json: Json, edit: Edit): string {
  const parent = edit.path.slice(0, -1).reduce<Json>((at, key) => at[key] as Json, json);
  const key = edit.path[edit.path.length - 1] as string | number;
  const v = parent[key];
  switch (edit.kind) {
    case 'alter':
      parent[key] = typeof v === 'number' ? v + 1 : typeof v === 'boolean' ? !v : typeof v === 'string' ? `${v}x` : 0;
      return pathText(edit.path);
    case 'delete':
      delete parent[key];
      return pathText(edit.path);
    case 'add':
      parent[key] = 'forged';
      return pathText(edit.path);
    case 'repeat': {
      const list = parent as unknown as unknown[];
      list.splice(key as number, 0, structuredClone(v));
      // A repeated element shifts the rest: the list's length differs (and a stratum names its key twice).
      return `${pathText(edit.path.slice(0, -1))}.length`;
    }
  }
}

describe('verifyDraw laws (R27)', () => {
  it('the generator reaches the cases: runs that draw something and runs that draw nothing', () => {
    const share = shares(arbDraw, ({ record }) => (drawsSomething(record) ? 'draws something' : 'draws nothing'));
    expect(share('draws something')).toBeGreaterThan(50);
    expect(share('draws nothing')).toBeGreaterThan(1);
  });

  test.prop([arbDraw, fc.nat(), fc.constantFrom('alter', 'delete', 'add', 'repeat')], { numRuns: RUNS })(
    'any single edit of a record field is reported, with its path',
    ({ input, seed, record }, pick, kind) => {
      const json = JSON.parse(JSON.stringify(record)) as Json;
      const edits = places(json).filter((e) => e.kind === kind && pathText(e.path) !== 'library');
      fc.pre(edits.length > 0);
      const edit = edits[pick % edits.length] as Edit;
      const where = apply(json, edit);
      const verdict = verifyDraw(json, input, { seed, limit: 50 });
      expect(verdict.valid).toBe(false);
      expect(verdict.differences.map((d) => d.path)).toContain(where);
    },
  );

  test.prop([arbDraw, fc.integer()], { numRuns: RUNS })('any key order and JSON round trip of an honest record verifies', ({ input, seed, record }, salt) => {
    expect(verifyDraw(shuffleKeys(JSON.parse(JSON.stringify(record)), salt), input, { seed })).toEqual({ valid: true, differences: [], truncated: false });
  });
});
