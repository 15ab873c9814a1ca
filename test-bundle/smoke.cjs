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
console.log('smoke (require): ok');
