import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { drawSample, planDraw, ticketOf } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { VERSION } from '../../src/version.js';
import { rightOf } from '../result.js';

// Golden vectors of double-random/prn/v1. They are published in docs/draw-algorithm.md, where the
// tickets are recomputed with sha256sum. If any of them changes, every past draw record stops
// replaying: that is a breaking change and needs a new algorithm id, never an update of these values.
describe('draw algorithm double-random/prn/v1 (golden vectors)', () => {
  it('tickets', () => {
    expect(rightOf(ticketOf('20240105', '91350100M000100Y43'))).toBe('8f8a701f42ea53a9');
    expect(rightOf(ticketOf('20240105', '914403001922038216'))).toBe('b42b9682225171f2');
    expect(rightOf(ticketOf('20240105', '91110000802100433B'))).toBe('80d576940ee7aede');
    expect(rightOf(ticketOf('双随机 2024 第一批', '91350100M000100Y43'))).toBe('05f7ca9f853e1419'); // a UTF-8 seed
  });

  it('a stratum', () => {
    expect(rightOf(drawSample('20240105', ['91350100M000100Y43', '914403001922038216', '91110000802100433B'], 2))).toEqual(['91110000802100433B', '91350100M000100Y43']);
  });

  // The input digest here covers the synthetic input; it changes when the generator's output does
  // (as when items gained `industries`, or the roster came to scale with the directory), while the
  // drawn lists, which the algorithm alone fixes, do not.
  it('a batch', () => {
    const input = generateDirectory({ size: 400, seed: 'golden' });
    const plan = planDraw(input, { seed: 'golden-2024-Q1' });
    if (plan._tag === 'Left') throw new Error('unexpected');
    const { inputDigest, strata, fullCoverage } = plan.right.record;
    expect({ inputDigest, drawn: strata.filter((s) => s.drawn.length > 0).map((s) => `${s.key}: ${s.drawn.join(' ')}`), fullCoverage: fullCoverage.length }).toMatchInlineSnapshot(`
      {
        "drawn": [
          "general|F|B|none: 91500118HPD0HDCK6A",
          "general|F|B|yellow: 91500118GM7H8M5R77",
        ],
        "fullCoverage": 8,
        "inputDigest": "83f148476ec9befd2b80dce0a9edcc034527df55831f88673400d8975e94a9e8",
      }
    `);
  });

  it('records the package version', () => {
    expect(VERSION).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });
});
