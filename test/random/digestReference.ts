// The input digest as docs/draw-algorithm.md defines it, built the plain way (text lines sorted as
// strings, @noble/hashes), for tests to check the fast implementation against.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Enterprise, PlanningInput } from '../../src/index.js';
import { inputHead } from '../../src/random/inputDigest.js';

const LETTER = {
  creditClass: { A: 'A', B: 'B', C: 'C', D: 'D', unrated: 'U' },
  colour: { red: 'R', yellow: 'Y', green: 'G', none: 'N' },
  operatingStatus: { operating: 'O', 'not-operating': 'N', unreachable: 'U' },
  jurisdiction: { city: 'C', district: 'D', town: 'T' },
} as const;

/** An enterprise line as docs/draw-algorithm.md §5 states it, built as text. */
export function line(e: Enterprise): string {
  const flag = (b: boolean): string => (b ? '1' : '0');
  return (
    `${e.uscc}${e.industry.padEnd(3, '-').slice(0, 3)}${e.region}${e.registeredOn.replaceAll('-', '')}` +
    `${LETTER.creditClass[e.creditClass]}${LETTER.colour[e.colour]}${flag(e.whiteList)}${flag(e.trustExempt)}${flag(e.blackList)}` +
    `${LETTER.operatingStatus[e.operatingStatus]}${LETTER.jurisdiction[e.jurisdiction]}\n`
  );
}

/** The digest as the documentation defines it: @noble/hashes over the head and the lines sorted by USCC as strings. */
export function reference(input: PlanningInput): string {
  const lines = input.enterprises.map(line).sort();
  return bytesToHex(sha256(utf8ToBytes(`${inputHead(input)}\n${lines.join('')}`)));
}

