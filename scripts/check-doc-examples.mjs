// Checks the API docs' examples: every public export has an @example, and every @example compiles
// against the public API (fp-ts runs its doc examples the same way). It needs no build:
// types come from src through tsconfig paths, so it runs on a clean checkout.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import ts from 'typescript';

const ENTRIES = ['src/index.ts', 'src/testing/index.ts'];
const OUT = '.doc-examples';
const program = ts.createProgram(ENTRIES, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true });
const checker = program.getTypeChecker();
const missing = [];
const blocks = [];

for (const entry of ENTRIES) {
  const source = program.getSourceFile(entry);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const tags = symbol.getJsDocTags(checker).filter((tag) => tag.name === 'example');
    if (tags.length === 0) missing.push(`${entry}: ${exported.name}`);
    for (const tag of tags) {
      const text = ts.displayPartsToString(tag.text);
      const code = /```ts\n([\s\S]*?)```/.exec(text)?.[1];
      if (code === undefined) missing.push(`${entry}: ${exported.name} (@example without a \`\`\`ts block)`);
      else blocks.push({ name: exported.name, code });
    }
  }
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT);
blocks.forEach(({ name, code }, i) => writeFileSync(join(OUT, `${String(i).padStart(3, '0')}-${name}.ts`), `export {};\n${code}`));
writeFileSync(join(OUT, 'tsconfig.json'), JSON.stringify({ extends: '../tsconfig.test.json', compilerOptions: { noUnusedLocals: false }, include: ['*.ts'] }));
const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', join(OUT, 'tsconfig.json')], { encoding: 'utf8' });
if (missing.length > 0) console.error(`exports without an @example:\n  ${missing.join('\n  ')}`);
if (tsc.status !== 0) console.error(`doc examples that do not compile:\n${tsc.stdout}${tsc.stderr}`);
const files = readdirSync(OUT).filter((f) => f.endsWith('.ts')).length;
if (missing.length > 0 || tsc.status !== 0) process.exit(1);
console.log(`doc examples: ${files} compiled, every export has one`);
