// The built package's bundle budgets (#16): a browser app bundled with esbuild (minified) from
// dist/index.js, as a consumer's bundler would, must stay within the issue's targets, and must
// take the JavaScript SHA-256 (`#sha256` under the `default` condition), never node:crypto. The
// project's own tsconfig.json is ignored (`tsconfigRaw`): its `paths` map `#sha256` to src/ for
// development, which a consumer's bundler never sees.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const apps = [
  ['only planDraw', "import { planDraw } from './dist/index.js'; console.log(planDraw);", 150_000],
  ['only ticketOf and isValidUscc', "import { ticketOf, isValidUscc } from './dist/index.js'; console.log(ticketOf, isValidUscc);", 30_000],
];
let failed = false;
for (const [name, contents, budget] of apps) {
  const result = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'js' }, bundle: true, platform: 'browser', format: 'esm', minify: true, write: false, metafile: true, logLevel: 'silent', tsconfigRaw: {} });
  const bytes = result.outputFiles[0].contents;
  const over = bytes.length > budget;
  const native = Object.keys(result.metafile.inputs).filter((path) => path.includes('hash/node') || path.includes('crypto'));
  failed ||= over || native.length > 0;
  console.log(`bundle ${name}: ${(bytes.length / 1000).toFixed(1)} KB minified (${(gzipSync(bytes).length / 1000).toFixed(1)} KB gzip), budget ${budget / 1000} KB${over ? ': OVER' : ''}${native.length > 0 ? `; takes Node's hashing: ${native.join(', ')}` : ''}`);
}
if (failed) process.exit(1);
