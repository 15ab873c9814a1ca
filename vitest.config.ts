import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The core's one platform-chosen module (package.json "imports"): tests run in Node, as the
  // package does there; test/random/hashes.test.ts checks the JavaScript one gives the same digests.
  // The examples import the package by name; in the tests they run against the source.
  resolve: {
    alias: {
      '#sha256': fileURLToPath(new URL('./src/random/hash/node.ts', import.meta.url)),
      'double-random/testing': fileURLToPath(new URL('./src/testing/index.ts', import.meta.url)),
      'double-random': fileURLToPath(new URL('./src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
    testTimeout: 60_000,
    pool: 'threads',
    // One worker per core (vitest's default leaves one core idle, which on CI's two cores means
    // one file at a time), and workers keep the modules they loaded between files: the library
    // has no global state, so isolation only paid for re-importing it 36 times (docs/performance.md).
    maxWorkers: '100%',
    isolate: false,
  },
});
