/**
 * Ids and seeds have one spelling (#14; R4, R27): an invisible format character or a non-NFC form
 * would make `samr` and `samr\u200b` two departments, or two byte forms of a seed read out at a
 * ceremony two draws.
 */
import { describe, expect, it } from 'vitest';
import { parsePlanningInput, planDraw, type InputIssue } from '../../src/index.js';
import { minimalInput } from '../fixtures.js';

function issuesOf(raw: unknown): readonly InputIssue[] {
  const result = parsePlanningInput(raw);
  if (result._tag === 'Right') throw new Error('expected the input to be refused');
  return result.left.issues;
}

describe('ids with an invisible character or not in NFC are refused', () => {
  const cases: [string, (i: any) => void, string, string][] = [
    ['zero-width space in a department id', (i) => (i.departments[0].id = 'samr\u200b'), '$.departments[0].id', 'id/invisible-character'],
    ['BOM in an inspector id', (i) => (i.inspectors[0].id = '\ufeffsamr-1'), '$.inspectors[0].id', 'id/invisible-character'],
    ['direction mark in an item id', (i) => (i.items[0].id = 'samr/\u200elicence'), '$.items[0].id', 'id/invisible-character'],
    ['zero-width joiner in an item kind', (i) => (i.items[0].kind = 'li\u200dcence'), '$.items[0].kind', 'id/invisible-character'],
    ['control character in a joint list id', (i) => (i.jointLists[0].id = 'j\u0007'), '$.jointLists[0].id', 'id/invisible-character'],
    ['decomposed é in a department id', (i) => (i.departments[0].id = 'sante\u0301'), '$.departments[0].id', 'id/not-nfc'],
    ['decomposed é in a qualification', (i) => (i.inspectors[0].qualifications = ['cafe\u0301']), '$.inspectors[0].qualifications[0]', 'id/not-nfc'],
    ['zero-width space in a history item kind', (i) => (i.history[0].itemKinds = ['licence\u200b']), '$.history[0].itemKinds[0]', 'id/invisible-character'],
  ];
  for (const [name, edit, at, code] of cases) {
    it(name, () => {
      const input = minimalInput() as any;
      edit(input);
      const found = issuesOf(input).find((issue) => issue.at === at);
      expect(found, JSON.stringify(issuesOf(input))).toMatchObject({ code, rule: 'R4' });
    });
  }

  it('a plain id with a Chinese name is fine', () => {
    const input = minimalInput() as any;
    input.departments[0].name = '市场监管局';
    expect(parsePlanningInput(input)._tag).toBe('Right');
  });
});

describe('seeds with an invisible character or not in NFC are refused', () => {
  const parsed = parsePlanningInput(minimalInput());
  if (parsed._tag === 'Left') throw new Error('fixture');
  for (const [name, seed, words] of [
    ['zero-width space', '2024\u200b-Q1', 'invisible'],
    ['decomposed é', 'tirage-cafe\u0301', 'NFC'],
    ['lone surrogate', 'x\ud800', 'surrogate'],
  ] as const) {
    it(name, () => {
      const result = planDraw(parsed.right, { seed });
      expect(result._tag).toBe('Left');
      if (result._tag === 'Left') expect(result.left.issues[0]).toMatchObject({ code: 'seed/invalid', at: '$.options.seed' });
      if (result._tag === 'Left') expect(result.left.issues[0]?.message).toContain(words);
    });
  }
});

describe('directed draws: ids and kinds have one spelling too', () => {
  const parsed = parsePlanningInput(minimalInput());
  if (parsed._tag === 'Left') throw new Error('fixture');
  it('a draw id with a zero-width space and a decomposed kind', () => {
    const result = planDraw(parsed.right, { seed: 's', draws: [{ id: 'q1\u200b', departments: ['samr'], kinds: ['samr:foo\u0301d'], filter: {} }] as never });
    expect(result._tag).toBe('Left');
    if (result._tag === 'Left') {
      expect(result.left.issues.map((i) => [i.at, i.code])).toEqual([
        ['$.options.draws[0].id', 'id/invisible-character'],
        ['$.options.draws[0].kinds[0]', 'id/not-nfc'],
      ]);
    }
  });
});
