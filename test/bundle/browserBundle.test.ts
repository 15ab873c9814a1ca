/**
 * The core runs in a browser (#15 item 7, DESIGN "Around the core"): an app that imports the
 * library bundles for `platform: 'browser'` with no Node built-in, and the Node-only layer
 * (src/node: the command-line tool) never enters it. Sizes are measured here and reported; their
 * targets belong to the embeddable-and-fast issue.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

async function bundle(entry: string): Promise<{ readonly bytes: number; readonly inputs: readonly string[] }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), sourcefile: 'app.ts', loader: 'ts' },
    bundle: true, platform: 'browser', format: 'esm', minify: true, write: false, metafile: true, logLevel: 'silent',
  });
  // The files that put bytes in the bundle (esbuild lists every file it read, tree-shaken or not).
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output?.inputs ?? {}).filter(([, i]) => i.bytesInOutput > 0).map(([f]) => f);
  return { bytes: result.outputFiles[0]?.contents.length ?? 0, inputs };
}

describe('the core bundles for a browser (#15)', () => {
  it('an app that calls planPeriod, verifyDraw and formatIssue bundles without Node built-ins or the CLI', async () => {
    const app = await bundle("import { planPeriod, verifyDraw, formatIssue } from './src/index.ts'; console.log(planPeriod, verifyDraw, formatIssue);");
    expect(app.inputs.filter((f) => f.startsWith('src/node/') || f.startsWith('node:'))).toEqual([]);
    expect(app.inputs.some((f) => f.includes('commander'))).toBe(false);
    expect(app.bytes).toBeGreaterThan(10_000);
  }, 60_000);
});

/**
 * Bundle budgets (#16): an app that only calls planDraw bundles to at most 150 KB minified, one
 * that only calls ticketOf and isValidUscc to at most 30 KB (docs/performance.md, "Bundle size").
 * The same budgets are checked on the built package by scripts/check-bundle-sizes.mjs.
 */
describe('bundle budgets (#16)', () => {
  for (const [name, entry, budget] of [
    ['planDraw only', "import { planDraw } from './src/index.ts'; console.log(planDraw);", 150_000],
    ['ticketOf and isValidUscc only', "import { ticketOf, isValidUscc } from './src/index.ts'; console.log(ticketOf, isValidUscc);", 30_000],
  ] as const) {
    it(`${name}: at most ${budget / 1000} KB minified`, async () => {
      const app = await bundle(entry);
      expect(app.inputs.some((f) => f.includes('zod/v4/locales') && !f.endsWith('en.js'))).toBe(false);
      expect(app.inputs.some((f) => f.includes('fp-ts'))).toBe(false);
      expect(app.bytes).toBeLessThanOrEqual(budget);
    }, 60_000);
  }
});
