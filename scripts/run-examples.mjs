// Runs every example in examples/ against the built package, as a user would run it with Node
// (through scripts/tsx-plain.mjs, so that the package's own imports resolve as in an application).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const examples = readdirSync('examples').filter((f) => f.endsWith('.ts')).sort();
let failed = 0;
for (const file of examples) {
  const run = spawnSync(process.execPath, ['--import', './scripts/tsx-plain.mjs', `examples/${file}`], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (run.status === 0) {
    console.log(`example ${file}: ok`);
  } else {
    failed++;
    console.error(`example ${file}: failed (exit ${run.status})\n${run.stdout}\n${run.stderr}`);
  }
}
console.log(`examples: ${examples.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
