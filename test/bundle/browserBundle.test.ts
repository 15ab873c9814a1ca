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
  return { bytes: result.outputFiles[0]?.contents.length ?? 0, inputs: Object.keys(result.metafile.inputs) };
}

describe('the core bundles for a browser (#15)', () => {
  it('an app that calls planPeriod, verifyDraw and formatIssue bundles without Node built-ins or the CLI', async () => {
    const app = await bundle("import { planPeriod, verifyDraw, formatIssue } from './src/index.ts'; console.log(planPeriod, verifyDraw, formatIssue);");
    expect(app.inputs.filter((f) => f.startsWith('src/node/') || f.startsWith('node:'))).toEqual([]);
    expect(app.inputs.some((f) => f.includes('commander'))).toBe(false);
    expect(app.bytes).toBeGreaterThan(10_000);
  }, 60_000);
});
