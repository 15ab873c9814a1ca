/**
 * The notice page's own ticket and USCC check (#24 item 9): the committed bundle is exactly what
 * the library's code builds to (so it cannot drift from the draw), and run with no WebCrypto at
 * all it gives the library's tickets and its reasons for an invalid code.
 */
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeUscc, ticketOf } from '../../src/index.js';
import { PAGE_SCRIPT } from '../../src/node/notice/pageScript.generated.js';
// @ts-expect-error: a script of the project's own, without types
import { generatedModule } from '../../scripts/make-notice-script.mjs';
import { validUscc } from '../arbitraries.js';

interface Page {
  readonly ticket: (seed: string, uscc: string) => string;
  readonly code: (typed: string) => { readonly _tag: string; readonly left?: { readonly code: string }; readonly right?: string };
}

/** The bundle run in a bare context: no crypto, no TextEncoder, no window. */
const page = runInNewContext(`${PAGE_SCRIPT}; DoubleRandomPage`, Object.create(null)) as Page;

describe('the notice page\'s ticket check (#24)', () => {
  it('is the committed build of src/node/notice/pageScript.ts: run `npm run notice-script` after changing the ticket or the USCC code', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync('src/node/notice/pageScript.generated.ts', 'utf8')).toBe(await (generatedModule as () => Promise<string>)());
  }, 60_000);

  it('gives the library\'s ticket without WebCrypto, for any seed and code', () => {
    expect(page.ticket('20240105', '91350100M000100Y43')).toBe('8f8a701f42ea53a9');
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => ticketOf(s, '91350100M000100Y43')._tag === 'Right'), validUscc, (seed, uscc) => {
      const expected = ticketOf(seed, uscc);
      expect(expected._tag === 'Right' && page.ticket(seed, uscc)).toBe(expected._tag === 'Right' ? expected.right : '');
    }), { numRuns: 300 });
  });

  it('tells why a typed code is invalid, as the library does', () => {
    for (const typed of ['91350100M000100Y4', '91350100M000100Y44', '9135010OM000100Y43', '91A50100M000100Y43', ' 91350100m000100y43 ']) {
      const mine = page.code(typed);
      const library = normalizeUscc(typed);
      expect([typed, mine._tag, mine.left?.code]).toEqual([typed, library._tag, library._tag === 'Left' ? library.left.code : undefined]);
    }
  });
});
