import { describe, expect, it } from 'vitest';
import { selectionSql } from '../../src/index.js';
import { leftOf, rightOf } from '../result.js';
import { fingerprint } from './golden.js';

describe('selectionSql returns a Left on bad arguments, never throws (#14)', () => {
  it.each([undefined, null, 42, '', ' seed'])('refuses the seed %o (R27)', (seed) => {
    expect(leftOf(selectionSql(seed as never)).issues).toEqual([expect.objectContaining({ code: 'seed/invalid', path: ['seed'], at: '$.seed', rule: 'R27' })]);
  });

  it.each([null, 42, 'members', []])('refuses options %o that are not an object', (options) => {
    expect(leftOf(selectionSql('s', options as never)).issues).toEqual([expect.objectContaining({ code: 'schema/invalid_type', path: ['options'], rule: 'R27' })]);
  });

  it('refuses an unknown option with a suggestion, a table name that is not a plain identifier, and a name that is not a string', () => {
    expect(leftOf(selectionSql('s', { member: 'draw_members' } as never)).issues).toEqual([
      expect.objectContaining({ code: 'schema/unrecognized_keys', path: ['options', 'member'], at: '$.options.member', suggestion: 'members', rule: 'R27' }),
    ]);
    expect(leftOf(selectionSql('s', { members: 'm; DROP TABLE quotas' })).issues).toEqual([
      expect.objectContaining({ code: 'schema/invalid_format', path: ['options', 'members'], rule: 'R27' }),
    ]);
    expect(leftOf(selectionSql('s', { quotas: 'a.b.c' })).issues).toEqual([expect.objectContaining({ code: 'schema/invalid_format', path: ['options', 'quotas'] })]);
    expect(leftOf(selectionSql('s', { quotas: 42 } as never)).issues).toEqual([expect.objectContaining({ code: 'schema/invalid_type', path: ['options', 'quotas'] })]);
  });

  it('reports the seed and the options at once', () => {
    expect(leftOf(selectionSql(42 as never, { membres: 'x' } as never)).issues.map((i) => i.at)).toEqual(['$.seed', '$.options.membres']);
  });

  it('gives the same query as before', () => {
    const query = rightOf(selectionSql('2024-Q2 公证 7 3 9 1 4 0', { members: 'draw_members', quotas: 'draw_quotas' }));
    expect(query.values).toEqual(['2024-Q2 公证 7 3 9 1 4 0']);
    expect(fingerprint(query)).toBe('c23f3ba135a4664c');
    expect(fingerprint(rightOf(selectionSql('s')))).toBe('c0e2cd71ec191f78');
    expect(rightOf(selectionSql('s', { members: 'public.Members' })).text).toContain('"public"."Members"');
  });
});
