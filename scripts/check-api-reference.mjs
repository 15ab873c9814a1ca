// The API reference in Markdown (docs/reference/, typedoc with typedoc-plugin-markdown) is
// committed so that it can be read without building. This regenerates it into a temporary folder
// and fails when it differs from the committed one: run `npm run docs:reference` and commit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const committed = 'docs/reference';
const fresh = mkdtempSync(join(tmpdir(), 'api-reference-'));
const typedoc = spawnSync(process.execPath, ['node_modules/typedoc/bin/typedoc', '--options', 'typedoc.markdown.json', '--out', fresh], { encoding: 'utf8' });
if (typedoc.status !== 0) {
  console.error(typedoc.stdout, typedoc.stderr);
  process.exit(1);
}

/** Every file under a folder, as paths relative to it. */
function files(root) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(root);
  return out.sort();
}

const [want, have] = [files(fresh), files(committed)];
const differing = [...new Set([...want, ...have])].filter((f) => !want.includes(f) || !have.includes(f) || readFileSync(join(fresh, f), 'utf8') !== readFileSync(join(committed, f), 'utf8'));
rmSync(fresh, { recursive: true, force: true });
if (differing.length > 0) {
  console.error(`docs/reference is out of date (${differing.slice(0, 5).join(', ')}${differing.length > 5 ? ', …' : ''}): run \`npm run docs:reference\` and commit it`);
  process.exit(1);
}
console.log(`api reference: ${want.length} files, up to date`);
