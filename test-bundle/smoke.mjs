// Loads the built package the way an ESM platform does (`import`) and checks that it works.
import assert from 'node:assert/strict';
import { inputDigest, isValidUscc, parsePlanningInput, parseUscc, RULES } from 'double-random';
import { generateDirectory } from 'double-random/testing';
import { createRequire } from 'node:module';

assert.equal(isValidUscc('914403001922038216'), true);
assert.equal(parseUscc('914403001922038217')._tag, 'Left');
const input = generateDirectory({ size: 200, seed: 'smoke' });
const parsed = parsePlanningInput(JSON.parse(JSON.stringify(input)));
assert.equal(parsed._tag, 'Right');
assert.equal(RULES.R20.title, 'Same-year exemption');
// The input digest through `#sha256` (node:crypto under the `node` condition) is the one the
// JavaScript hasher gives: pinned here and in test-bundle/smoke.cjs.
assert.equal(inputDigest(input).right, '84b8cccbff222c78969a9acb3e29b585897d6d1ecf04a38b27af0dfae6ed3663');

// Both builds draw the same synthetic directory.
const cjs = createRequire(import.meta.url)('double-random/testing');
assert.deepEqual(cjs.generateDirectory({ size: 200, seed: 'smoke' }), input);
console.log('smoke (import): ok');
