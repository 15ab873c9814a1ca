/**
 * The input-digest vectors of docs/draw-algorithm.md ("The input digest, exactly"): a raw input,
 * the exact text hashed for it and its digest, checked against each other, against the library
 * and against a re-implementation written from the page alone (R4, R27).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanningInput, planDraw, verifyDraw, type DrawSpec, type PlanningInput } from '../../src/index.js';

const DIGEST = 'a311633ab2bf5813520d8c859eb250ff412e0b561849ec6cdfe441a19ffa0139';
const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const raw = JSON.parse(read('docs/vectors/digest-input.json')) as unknown;
const text = read('docs/vectors/digest-input.txt');

function validated(): PlanningInput {
  const parsed = parsePlanningInput(raw);
  if (parsed._tag === 'Left') throw new Error(JSON.stringify(parsed.left.issues));
  return parsed.right;
}

/** Canonical JSON as the page states it: no white space, keys sorted by UTF-16 code units, JSON.stringify's leaves. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The hashed text, from the page's two tables. */
function fromThePage(input: PlanningInput): string {
  const byId = <T extends { id: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sort = (xs: readonly string[]): string[] => [...xs].sort();
  const { flyingItemShare, blackList, nonSiteWhereSufficient, annualPlanDue, publicIdentity, ...rest } = input.policy;
  const policy = { ...rest, ...(publicIdentity === 'names' ? {} : { publicIdentity }), ...(annualPlanDue === null ? {} : { annualPlanDue }), ...(flyingItemShare === 1 ? {} : { flyingItemShare }), ...(blackList === null ? {} : { blackList }), ...(nonSiteWhereSufficient ? { nonSiteWhereSufficient } : {}) };
  const head = canonical({
    algorithm: 'double-random/input/v1',
    versions: input.versions,
    departments: byId(input.departments),
    inspectors: byId(input.inspectors).map((i) => ({ ...i, qualifications: sort(i.qualifications), unavailable: sort(i.unavailable), conflicts: sort(i.conflicts) })),
    items: byId(input.items).map((i) => ({ ...i, industries: sort(i.industries) })),
    jointLists: byId(input.jointLists).map((l) => ({ ...l, departments: sort(l.departments), items: sort(l.items) })),
    history: sort(input.history.map((r) => canonical({ ...r, departments: sort(r.departments), itemKinds: sort(r.itemKinds) }))),
    policy,
    period: input.period,
  });
  const letter = { A: 'A', B: 'B', C: 'C', D: 'D', unrated: 'U', red: 'R', yellow: 'Y', green: 'G', none: 'N', operating: 'O', 'not-operating': 'N', unreachable: 'U', city: 'C', district: 'D', town: 'T' } as const;
  const lines = [...input.enterprises]
    .sort((a, b) => (a.uscc < b.uscc ? -1 : 1))
    .map((e) => [e.uscc, e.industry.padEnd(3, '-'), e.region, e.registeredOn.replaceAll('-', ''), letter[e.creditClass], letter[e.colour], Number(e.whiteList), Number(e.trustExempt), Number(e.blackList), letter[e.operatingStatus], letter[e.jurisdiction], '\n'].join(''));
  return `${head}\n${lines.join('')}`;
}

describe('a whole draw (docs/vectors/draw-*.json)', () => {
  it('replays the published record from the published input and seed', () => {
    const parsed = parsePlanningInput(JSON.parse(read('docs/vectors/draw-input.json')));
    if (parsed._tag === 'Left') throw new Error(JSON.stringify(parsed.left.issues));
    const record = JSON.parse(read('docs/vectors/draw-record.json')) as { strata: { drawn: string[] }[] };
    expect(verifyDraw(record, parsed.right, { seed: '2024-Q4 公证 3 1 4' })).toEqual({ valid: true, differences: [], truncated: false });
    expect(record.strata.flatMap((s) => s.drawn)).toHaveLength(116);
  });
});

describe('a draw with black-list strata and a directed draw of its own ratio (docs/vectors/draw2-*.json)', () => {
  it('replays the published record from the published input, draws and seed, and exercises §4.2 row 4 and DrawSpec.ratio', () => {
    const parsed = parsePlanningInput(JSON.parse(read('docs/vectors/draw2-input.json')));
    if (parsed._tag === 'Left') throw new Error(JSON.stringify(parsed.left.issues));
    const draws = JSON.parse(read('docs/vectors/draw2-draws.json')) as DrawSpec[];
    const record = JSON.parse(read('docs/vectors/draw2-record.json')) as { strata: { key: string; drawn: string[] }[]; draws: { id: string; ratio?: number }[] };
    expect(verifyDraw(record, parsed.right, { seed: '2025-Q2 公证 2 7 1 8', draws })).toEqual({ valid: true, differences: [], truncated: false });
    expect(record.strata.flatMap((s) => s.drawn)).toHaveLength(111);
    const input = parsed.right;
    const listed = input.enterprises.filter((e) => e.blackList);
    // A green and a class A black-listed member: members under the raised rule, in strata marked |black-list with colour none.
    expect(listed.some((e) => e.colour === 'green')).toBe(true);
    expect(record.strata.some((s) => /\|A\|none\|black-list$/.test(s.key))).toBe(true);
    expect(record.draws.find((d) => d.id === 'high-risk/catering')?.ratio).toBe(0.4);
  });
});

describe('input digest vectors (docs/vectors)', () => {
  it('the text file hashes to the published digest, and the page publishes it', () => {
    expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(DIGEST);
    expect(read('docs/draw-algorithm.md')).toContain(DIGEST);
  });

  it('the library gives the published digest for the raw input', () => {
    const plan = planDraw(validated(), { seed: '20240105' });
    expect(plan._tag === 'Right' && plan.right.record.inputDigest).toBe(DIGEST);
  });

  it('a re-implementation from the page alone writes the same text, byte for byte', () => {
    expect(fromThePage(validated())).toBe(text);
  });

  it('the vector exercises what the page warns about: defaults filled in, 1e-7, -0, escaped quotes, backslash and control character, history as strings, a padded industry', () => {
    expect(text).toContain('"A":1e-7');
    expect(text).toContain('"minimumPerStratum":0');
    expect(text).not.toContain('flyingItemShare');
    expect(text).not.toContain('blackList":null');
    expect(text).toContain('"name":"登记事项检查 \\"A\\" \\\\ 类\\u0007"');
    expect(text).toContain('"history":["{\\"date\\":\\"2024-01-10\\"');
    expect(text).toContain('"capacityPerDay":1');
    expect(text).toContain('F--440300');
  });
});
