import { expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { unreadable, unreadableByRules } from '../../src/internal/text.js';

// Strings of printable ASCII, of any UTF-16 code units (lone surrogates, controls), and of
// characters the rules name (invisible, other spaces, a decomposed é), mixed.
const special = fc.constantFrom('\u200b', '\u00a0', '\u2800', '\ufeff', '\u0007', '\u007f', '\u0085', '\ud800', '\udc00', 'e\u0301', '\u3000', ' ', 'é', '市场监管');
const texts = fc.oneof(
  fc.string({ unit: 'binary-ascii' }),
  fc.string({ unit: 'grapheme-ascii' }),
  fc.string({ unit: fc.oneof(fc.constantFrom(...'samr-01 _.'), special) }),
  fc.string({ unit: 'binary' }),
);
const kind = (t: string): string => (/^[\x20-\x7e]*$/.test(t) ? 'printable ASCII' : 'other');

test.prop([texts], { numRuns: 3000 })('agrees with its rules on every string', (text) => {
  expect(unreadable(text)).toBe(unreadableByRules(text));
});

it('the generator reaches printable ASCII, each kind of problem and strings with none', () => {
  const seen = new Set<string>();
  fc.statistics(texts, (t) => `${kind(t)}: ${unreadableByRules(t) ?? 'one spelling'}`, { numRuns: 5000, logger: (line) => line.split('\n').forEach((l) => seen.add(l.replace(/\.+.*$/, '').trim())) });
  for (const label of ['printable ASCII: one spelling', 'other: control', 'other: surrogate', 'other: invisible', 'other: space', 'other: nfc', 'other: one spelling']) expect(seen).toContain(label);
});

it('finds the problems the fast path must not hide', () => {
  expect(unreadable('samr\u200b')).toBe('invisible');
  expect(unreadable('a\u00a0b')).toBe('space');
  expect(unreadable('a\tb')).toBe('control');
  expect(unreadable('caf\u0065\u0301')).toBe('nfc');
  expect(unreadable('samr-01 x')).toBeUndefined();
});
