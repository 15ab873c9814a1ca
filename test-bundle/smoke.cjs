// Loads the built package the way a CommonJS platform does (`require`) and checks that it works.
'use strict';
const assert = require('node:assert/strict');
const api = require('double-random');
const testing = require('double-random/testing');

assert.equal(api.isValidUscc('91350100M000100Y43'), true);
assert.equal(api.parseUscc('91350100M000100Y44')._tag, 'Left');
const input = testing.generateDirectory({ size: 200, seed: 'smoke' });
const parsed = api.parsePlanningInput(JSON.parse(JSON.stringify(input)));
assert.equal(parsed._tag, 'Right');
assert.equal(parsed.right.enterprises.length, 200);
assert.equal(api.RULES.N1.title, 'At least two certified inspectors');
// `require('#sha256')` inside the CommonJS build resolves through package.json "imports" (node:crypto
// here); the digest is the one the ESM build and the JavaScript hasher give (test-bundle/smoke.mjs).
assert.equal(api.inputDigest(input).right, '84b8cccbff222c78969a9acb3e29b585897d6d1ecf04a38b27af0dfae6ed3663');
assert.equal(api.planDraw(input, { seed: 'smoke' }).right.record.inputDigest, '84b8cccbff222c78969a9acb3e29b585897d6d1ecf04a38b27af0dfae6ed3663');
console.log('smoke (require): ok');
