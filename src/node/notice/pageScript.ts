/**
 * What the notice page computes in the browser, bundled from the library's own code (the ticket's
 * SHA-256 and the USCC check, docs/draw-algorithm.md §2, N10) into `pageScript.generated.ts` by
 * `npm run notice-script`, so the page checks a ticket without WebCrypto: from `file://`, over plain
 * HTTP, in old browsers, offline. test/node/pageScript.test.ts rebuilds it and fails on any drift.
 */
export { ticketOfUnchecked as ticket } from '../../random/drawSample.js';
export { normalizeUscc as code } from '../../uscc/normalizeUscc.js';
