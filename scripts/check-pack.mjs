// The package a fresh clone packs is complete (#16): `npm pack` builds first (the `prepack`
// script), so the tarball ships dist/ (the library, its types, the command-line tool, both SHA-256
// modules `#sha256` chooses between), schemas/, and the documents the README links to (docs/, the
// API reference among them), and every file or folder the README links to.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts=false'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
const files = new Set(report.files.map((f) => f.path));
const needed = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/testing/index.js', 'dist/testing.d.ts', 'dist/cli.js', 'schemas/input.json', 'schemas/record.json', 'README.md', 'LICENSE', 'package.json',
  'dist/random/hash/node.js', 'dist/random/hash/node.cjs', 'dist/random/hash/portable.js', 'dist/random/hash/portable.cjs',
  'CHANGELOG.md', 'docs/draw-algorithm.md', 'docs/reference/README.md', 'docs/reference/index.md', 'docs/notice.png'];
// Every relative link of the README resolves inside the tarball (a file, or a folder some file is in).
const readme = readFileSync('README.md', 'utf8');
const links = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((link) => !/^[a-z]+:/.test(link));
const missing = [...needed, ...links].filter((f) => !files.has(f) && ![...files].some((file) => file.startsWith(`${f.replace(/\/$/, '')}/`)));
if (missing.length > 0) {
  console.error(`the packed package lacks ${missing.join(', ')} (${files.size} files)`);
  process.exit(1);
}
console.log(`pack: ${files.size} files, ${Math.round(report.size / 1024)} KB packed; dist, schemas and docs present, the README's ${links.length} relative links resolve`);
