// The package a fresh clone packs is complete (#16): `npm pack` builds first (the `prepack`
// script), so the tarball ships dist/ (the library, its types, the command-line tool) and schemas/.
import { execFileSync } from 'node:child_process';

const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts=false'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
const files = new Set(report.files.map((f) => f.path));
const needed = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/testing/index.js', 'dist/testing.d.ts', 'dist/cli.js', 'schemas/input.json', 'schemas/record.json', 'README.md', 'LICENSE', 'package.json'];
const missing = needed.filter((f) => !files.has(f));
if (missing.length > 0) {
  console.error(`the packed package lacks ${missing.join(', ')} (${files.size} files)`);
  process.exit(1);
}
console.log(`pack: ${files.size} files, ${Math.round(report.size / 1024)} KB packed; dist and schemas present`);
