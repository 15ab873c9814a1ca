/**
 * An outside auditor's attacks on verification (R27, issue "A draw nobody can fake"): forged
 * records, unbound seeds, unchecked fields, storage round trips and hostile JSON values.
 */
import { describe, expect, it } from 'vitest';
import { planDraw, planPeriod, verifyDraw, verifyPlan, type DrawRecord, type Plan, type PlanningInput } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';

const SEED = '2024-Q2 公证 7 3 9 1 4 0';

function drawOf(input: PlanningInput, seed = SEED): DrawRecord {
  const result = planDraw(input, { seed });
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left.issues));
  return result.right.record;
}

function planOf(input: PlanningInput, seed = SEED): Plan {
  const result = planPeriod(input, { seed });
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left.issues));
  return result.right;
}

/** The same JSON value with every object's keys in reverse order (what `jsonb` may do). */
function reorderKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reorderKeys);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reorderKeys(v)]));
  return value;
}

const json = <T>(value: T): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
/** A path as verification writes it: keys and indexes, such as `strata[3].drawn[0]`, or `options.seed`. */
const PATH = /^(\(record\)|\(plan\)|[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*|\[\d+\]|\["[^"]*"\])*)$/;

const input = generateDirectory({ size: 2_000, seed: 'verify-attack', batch: 2 });
const record = drawOf(input);
const drawnStratum = record.strata.findIndex((s) => s.drawn.length > 0);
const other = input.enterprises.find((e) => !record.strata.some((s) => s.drawn.includes(e.uscc)))?.uscc;

describe('verifyDraw: a forged record never verifies (item 1)', () => {
  it('rejects a record with a stratum twice: a forged copy beside the genuine one', () => {
    const genuine = record.strata[drawnStratum] as DrawRecord['strata'][number];
    const forged = { ...genuine, drawn: [other, ...genuine.drawn.slice(1)] };
    const tampered = { ...record, strata: [...record.strata.slice(0, drawnStratum), forged, ...record.strata.slice(drawnStratum)] };
    const verdict = verifyDraw(tampered, input, { seed: SEED });
    expect(verdict.valid).toBe(false);
    expect(verdict.differences.map((d) => d.path)).toContain(`strata[${drawnStratum + 1}].key`);
  });

  it('reports unknown fields, missing fields and wrong types with their path', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...json(record), forged: true }, 'forged'],
      [{ ...json(record), strata: json(record)['strata'] as unknown[] }, ''],
    ];
    const missing = json(record);
    delete missing['fullCoverage'];
    cases.push([missing, 'fullCoverage']);
    const wrongType = json(record);
    (wrongType['strata'] as Record<string, unknown>[])[drawnStratum]!['quota'] = String(record.strata[drawnStratum]?.quota);
    cases.push([wrongType, `strata[${drawnStratum}].quota`]);
    const extraInStratum = json(record);
    (extraInStratum['strata'] as Record<string, unknown>[])[0]!['note'] = 'x';
    cases.push([extraInStratum, 'strata[0].note']);
    for (const [tampered, path] of cases) {
      const verdict = verifyDraw(tampered, input, { seed: SEED });
      if (path === '') expect(verdict).toEqual({ valid: true, differences: [], truncated: false });
      else expect(verdict.differences.map((d) => d.path)).toContain(path);
    }
  });
});

describe('verifyDraw: the announced seed is bound (item 2)', () => {
  it('names the seed first when the operator re-drew under a seed of his choosing', () => {
    const redrawn = drawOf(input, 'a seed the operator liked better');
    const verdict = verifyDraw(redrawn, input, { seed: SEED });
    expect(verdict.valid).toBe(false);
    expect(verdict.differences[0]).toEqual({ path: 'seed', expected: SEED, found: 'a seed the operator liked better' });
  });

  it('detects a changed seed when nothing is drawn at random', () => {
    const allRed: PlanningInput = { ...input, enterprises: input.enterprises.map((e) => ({ ...e, colour: 'red' as const })) };
    const redrawn = drawOf(allRed, 'another');
    expect(redrawn.strata).toEqual([]);
    expect(verifyDraw(redrawn, allRed, { seed: SEED }).differences.map((d) => d.path)).toEqual(['seed']);
  });

  it('never says valid without an announced seed', () => {
    for (const options of [undefined, {}, { seed: '' }, { seed: 42 }, { seed: ' padded ' }, null]) {
      const verdict = verifyDraw(record, input, options as never);
      expect(verdict.valid).toBe(false);
      expect(verdict.differences[0]?.path).toBe('options.seed');
    }
  });
});

describe('verifyDraw: every recorded field is checked (item 3)', () => {
  const edits: [string, (r: Record<string, unknown>) => void, string][] = [
    ['a department removed from a draw', (r) => {
      const draw = (r['draws'] as Record<string, unknown>[])[0]!;
      draw['departments'] = (draw['departments'] as string[]).slice(1);
    }, 'draws[0].departments'],
    ['a kind added to a draw', (r) => {
      const draw = (r['draws'] as Record<string, unknown>[])[0]!;
      draw['kinds'] = [...(draw['kinds'] as string[]), 'samr:invented'];
    }, 'draws[0].kinds'],
    ['a kind renamed', (r) => {
      const draw = (r['draws'] as Record<string, unknown>[])[0]!;
      draw['kinds'] = (draw['kinds'] as string[]).map((k, i) => (i === 0 ? `${k}-renamed` : k));
    }, 'draws[0].kinds[0]'],
    ['draws deleted', (r) => delete r['draws'], 'draws'],
    ['a draw deleted', (r) => (r['draws'] = (r['draws'] as unknown[]).slice(1)), 'draws'],
    ['an unknown field added', (r) => (r['approvedBy'] = 'notary'), 'approvedBy'],
    ['the library version made a number', (r) => (r['library'] = 1), 'library'],
  ];
  for (const [what, edit, path] of edits) {
    it(`rejects ${what}, at ${path}`, () => {
      const tampered = json(record);
      edit(tampered);
      const verdict = verifyDraw(tampered, input, { seed: SEED });
      expect(verdict.valid).toBe(false);
      expect(verdict.differences.some((d) => d.path === path || d.path.startsWith(`${path}.`) || d.path.startsWith(`${path}[`))).toBe(true);
    });
  }
});

describe('storage keeps honest records valid (item 4)', () => {
  it('verifies a record and a plan whose keys were reordered, as jsonb does', () => {
    expect(verifyDraw(reorderKeys(json(record)), input, { seed: SEED }).valid).toBe(true);
    const small = generateDirectory({ size: 800, seed: 'verify-order' });
    const plan = planOf(small);
    expect(verifyPlan(reorderKeys(json(plan)), small, { seed: SEED })).toEqual({ valid: true, differences: [], truncated: false, unchecked: ['record.triggered'] });
  });

  it('verifies a plan made from a policy with -0 after a JSON round trip', () => {
    const small = generateDirectory({ size: 800, seed: 'verify-zero' });
    const negative: PlanningInput = { ...small, policy: { ...small.policy, minimumPerStratum: -0, batchMinimumRatio: -0, jointShareTarget: -0 } };
    const plan = planOf(negative);
    expect(verifyPlan(json(plan), negative, { seed: SEED, triggered: [] })).toEqual({ valid: true, differences: [], truncated: false, unchecked: [] });
  });
});

describe('verification never throws, and its paths are right (item 5)', () => {
  const small = generateDirectory({ size: 600, seed: 'verify-hostile' });
  const plan = json(planOf(small));
  const drawRecord = json(drawOf(small));

  const hostile: unknown[] = [null, undefined, 0, -1, '', 'record', true, [], [1, 2], {}, { algorithm: null }, 10n, Symbol('x')];
  it('gives valid: false with a path for any value passed as a record or a plan', () => {
    for (const value of hostile) {
      for (const verdict of [verifyDraw(value, small, { seed: SEED }), verifyPlan(value, small, { seed: SEED })]) {
        expect(verdict.valid).toBe(false);
        expect(verdict.differences.length).toBeGreaterThan(0);
        for (const d of verdict.differences) expect(d.path).toMatch(PATH);
      }
    }
  });

  it('survives every structural edit of every field of a record: null, numbers, a string, an array, an object, a boolean, deletion', () => {
    const replacements: unknown[] = [null, -0, 1.5, 'x', [null], { key: 1 }, true];
    let edits = 0;
    const walk = (value: unknown, path: (string | number)[]): void => {
      for (const replacement of [...replacements, DELETE]) {
        const tampered = json(drawRecord);
        if (!set(tampered, path, replacement)) continue;
        edits++;
        const verdict = verifyDraw(tampered, small, { seed: SEED });
        // Same JSON, or another library version (not compared on purpose: same algorithm, same draw).
        if (JSON.stringify(tampered) === JSON.stringify(drawRecord) || (path[0] === 'library' && typeof replacement === 'string')) continue;
        expect(verdict.valid, `${path.join('.')} := ${String(replacement)}`).toBe(false);
        for (const d of verdict.differences) expect(d.path).toMatch(PATH);
      }
      if (Array.isArray(value)) value.slice(0, 2).forEach((v, i) => walk(v, [...path, i]));
      else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(drawRecord, []);
    // The issue counted 46 structural edits that threw; this walk makes every kind of edit at every field.
    expect(edits).toBeGreaterThan(46);
  });

  it('survives a plan without its draw, record, tasks or metrics', () => {
    for (const key of ['draw', 'record', 'tasks', 'metrics', 'unplannable']) {
      const tampered = { ...plan };
      delete tampered[key];
      const verdict = verifyPlan(tampered, small, { seed: SEED });
      expect(verdict.valid).toBe(false);
      expect(verdict.differences.some((d) => d.path === key || d.path.startsWith(`${key}.`) || d.path.startsWith(`${key}[`))).toBe(true);
    }
    for (const triggered of [null, 'x', [{}], [{ id: 42 }], [null]]) {
      const tampered = { ...plan, record: { ...(plan['record'] as object), triggered } };
      const verdict = verifyPlan(tampered, small, { seed: SEED });
      expect(verdict.valid).toBe(false);
      expect(verdict.differences[0]?.path).toMatch(/^record\.triggered/);
    }
  });

  it('refuses a limit that is not a positive integer instead of flipping a forged plan to valid', () => {
    const forged = { ...plan, tasks: [], metrics: {} };
    for (const limit of [-1, 0, 1.5, Number.NaN, '3', Infinity]) {
      const verdict = verifyPlan(forged, small, { seed: SEED, limit: limit as number });
      expect(verdict.valid).toBe(false);
      expect(verdict.differences[0]?.path).toBe('options.limit');
      expect(verifyDraw(drawRecord, small, { seed: SEED, limit: limit as number }).valid).toBe(false);
    }
    expect(verifyPlan(forged, small, { seed: SEED, limit: 1 })).toMatchObject({ valid: false, truncated: true });
  });

  it('writes paths of recorded draws right (never "drawss")', () => {
    const tampered = json(drawRecord);
    (tampered['draws'] as Record<string, unknown>[])[0]!['id'] = 'a|b';
    for (const d of verifyDraw(tampered, small, { seed: SEED }).differences) expect(d.path).toMatch(PATH);
  });
});

const DELETE = Symbol('delete');

/** Sets (or deletes) the value at a path; false when the path is the root. */
function set(root: Record<string, unknown>, path: readonly (string | number)[], value: unknown): boolean {
  if (path.length === 0) return false;
  let at = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  if (value === DELETE) {
    if (Array.isArray(at)) at.splice(key as number, 1);
    else delete at[key];
  } else at[key] = value;
  return true;
}

describe('an outside review of the verifiers (forged plans, odd options, unreadable seeds)', () => {
  const small = generateDirectory({ size: 500, seed: 'x' });
  const seed = 'S1';
  const green = small.enterprises.find((e) => e.colour === 'green');
  const item = small.items.find((i) => i.scope === 'general');
  if (green === undefined || item === undefined) throw new Error('fixture');
  const honest = planOf(small, seed);

  it('refuses a triggered task that claims to be random, so no undrawn enterprise gets a "random" visit (R15, R27)', () => {
    const fake = { id: 'x', enterprise: green.uscc, department: item.department, items: [item.id], reason: 'random' as const };
    const result = planPeriod(small, { seed, triggered: [fake] });
    expect(result._tag === 'Left' && result.left.issues.map((i) => i.at)).toEqual(['$.options.triggered[0].reason']);
    const stored = { ...json(honest), record: { ...(json(honest)['record'] as object), triggered: [fake] } };
    expect(verifyPlan(stored, small, { seed }).differences[0]?.path).toBe('record.triggered[0].reason');
  });

  it('checks the triggered tasks against the registered ones when given, and says they went unchecked when not', () => {
    const complaint = { id: 'c-1', enterprise: green.uscc, department: item.department, items: [item.id], reason: 'complaint' as const };
    const withComplaint = planOf({ ...small }, seed);
    expect(verifyPlan(json(withComplaint), small, { seed }).unchecked).toEqual(['record.triggered']);
    expect(verifyPlan(json(withComplaint), small, { seed, triggered: [] })).toEqual({ valid: true, differences: [], truncated: false, unchecked: [] });
    const invented = planPeriod(small, { seed, triggered: [complaint] });
    if (invented._tag === 'Left') throw new Error('fixture');
    const verdict = verifyPlan(json(invented.right), small, { seed, triggered: [] });
    expect(verdict.valid).toBe(false);
    expect(verdict.differences.map((d) => d.path)).toContain('record.triggered.length');
  });

  it('refuses data where the replay has a function (draw.outcomeOf)', () => {
    for (const value of [{ anything: 'forged' }, 42, 'x', null]) {
      const stored = json(honest);
      (stored['draw'] as Record<string, unknown>)['outcomeOf'] = value;
      expect(verifyPlan(stored, small, { seed }).differences.map((d) => d.path)).toEqual(['draw.outcomeOf']);
    }
    expect(verifyPlan(honest, small, { seed }).valid).toBe(true);
  });

  it('answers odd options with a difference under options., never a throw', () => {
    const record = json(drawOf(small, seed));
    for (const [options, path] of [
      [{ seed, draws: null }, 'options.draws'],
      [{ seed, limit: null }, 'options.limit'],
      [{ seed, calendar: null }, 'options.calendar'],
      [{ seed, calendar: 'x' }, 'options.calendar'],
      [{ seed, calendar: { fallback: 'nope' } }, 'options.calendar.fallback'],
      [{ seed, triggered: 'x' }, 'options.triggered'],
    ] as const) {
      const plan = verifyPlan(json(honest), small, options as never);
      expect(plan.valid, JSON.stringify(options)).toBe(false);
      expect(plan.differences[0]?.path, JSON.stringify(options)).toBe(path);
      if (!('calendar' in options) && !('triggered' in options)) expect(verifyDraw(record, small, options as never).differences[0]?.path).toBe(path);
    }
    expect(planDraw(small, { seed, draws: null as never })._tag).toBe('Left');
    expect(planPeriod(small, { seed, calendar: null as never })._tag).toBe('Left');
  });

  it('refuses seeds a notary cannot read out unambiguously: lone surrogates, invisible characters, unnormalised text', () => {
    for (const bad of ['a\ud800', 'S1\u200b', '\ufeffS1', 'Cafe\u0301']) {
      const refused = planDraw(small, { seed: bad });
      expect(refused._tag === 'Left' && refused.left.issues.map((i) => i.at), JSON.stringify(bad)).toEqual(['$.options.seed']);
      expect(verifyDraw(json(drawOf(small, seed)), small, { seed: bad }).differences[0]?.path).toBe('options.seed');
    }
    expect(planDraw(small, { seed: 'Café 公证 7' })._tag).toBe('Right');
  });

  it('names a missing seed or library once', () => {
    const record = json(drawOf(small, seed));
    delete record['seed'];
    delete record['library'];
    expect(verifyDraw(record, small, { seed }).differences.map((d) => d.path)).toEqual(['seed', 'library']);
  });

  it('goes on with the comparison when a plan has no record', () => {
    const verdict = verifyPlan({ ...json(honest), record: null }, small, { seed });
    expect(verdict.valid).toBe(false);
    expect(verdict.differences.map((d) => d.path)).toContain('record');
  });

  it('treats a key holding undefined as absent, as JSON does, and names the type when a number was recorded as text (second outside review)', () => {
    const input = generateDirectory({ size: 300, seed: 'undefined-key' });
    const plan = planDraw(input, { seed: 's' });
    if (plan._tag === 'Left') throw new Error('planDraw');
    const record = { ...plan.right.record, draws: plan.right.record.draws.map((d) => ({ ...d, ratio: undefined })) };
    expect(verifyDraw(record, input, { seed: 's' })).toMatchObject({ valid: true });
    const text = { ...plan.right.record, period: { ...plan.right.record.period, batch: String(plan.right.record.period.batch) } };
    const result = verifyDraw(text, input, { seed: 's' });
    expect(result.differences).toEqual([{ path: 'period.batch', expected: `${plan.right.record.period.batch} (a number)`, found: String(plan.right.record.period.batch) }]);
  });
});
