import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Enterprise, PlanningInput } from '../model/types.js';

/** Writes a value as JSON with object keys sorted, so that equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value as Record<string, unknown>)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const CLASS = { A: 'A', B: 'B', C: 'C', D: 'D', unrated: 'U' } as const;
const COLOUR = { red: 'R', yellow: 'Y', green: 'G', none: 'N' } as const;
const STATUS = { operating: 'O', 'not-operating': 'N', unreachable: 'U' } as const;
const LEVEL = { city: 'C', district: 'D', town: 'T' } as const;

/**
 * An enterprise as one 42-character ASCII line of every field that can change a decision: USCC,
 * industry padded to 3 with `-`, region, registration date without dashes, class (A/B/C/D/U),
 * colour (R/Y/G/N), white list, trust exemption and black list as 0/1, operating status (O/N/U),
 * jurisdiction (C/D/T). The name decides nothing and is left out.
 */
export function enterpriseLine(e: Enterprise): string {
  return `${e.uscc}${e.industry.padEnd(3, '-')}${e.region}${e.registeredOn.replaceAll('-', '')}${CLASS[e.creditClass]}${COLOUR[e.colour]}${e.whiteList ? 1 : 0}${e.trustExempt ? 1 : 0}${e.blackList ? 1 : 0}${STATUS[e.operatingStatus]}${LEVEL[e.jurisdiction]}`;
}

const byId = <T extends { readonly id: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const sorted = (values: readonly string[]): string[] => [...values].sort();

/**
 * The SHA-256 digest of a planning input in canonical form, the same whatever the order of its
 * rows (R4, R27). The text hashed is, in UTF-8:
 *
 * 1. the canonical JSON (keys sorted) of `{ algorithm: "double-random/input/v1", versions,
 *    departments, inspectors, items, jointLists, history, policy, period }`, with rows sorted by
 *    id (history by canonical JSON) and id lists sorted, then a newline;
 * 2. one {@link enterpriseLine} per enterprise, sorted by USCC, each followed by a newline.
 */
export function inputDigest(input: PlanningInput): string {
  const head = canonicalJson({
    algorithm: 'double-random/input/v1',
    versions: input.versions,
    departments: byId(input.departments),
    inspectors: byId(input.inspectors).map((i) => ({ ...i, qualifications: sorted(i.qualifications), unavailable: sorted(i.unavailable), conflicts: sorted(i.conflicts) })),
    items: byId(input.items),
    jointLists: byId(input.jointLists).map((l) => ({ ...l, departments: sorted(l.departments), items: sorted(l.items) })),
    history: input.history
      .map((r) => canonicalJson({ ...r, departments: sorted(r.departments), itemKinds: sorted(r.itemKinds) }))
      .sort(),
    policy: input.policy,
    period: input.period,
  });
  const hash = sha256.create();
  hash.update(utf8ToBytes(`${head}\n`));
  const codes = input.enterprises.map((e) => e.uscc as string);
  const order = Int32Array.from(codes.keys()).sort((a, b) => ((codes[a] as string) < (codes[b] as string) ? -1 : 1));
  const chunk: string[] = [];
  for (let i = 0; i < order.length; i++) {
    chunk.push(enterpriseLine(input.enterprises[order[i] as number] as Enterprise));
    if (chunk.length === 4096 || i === order.length - 1) {
      hash.update(utf8ToBytes(`${chunk.join('\n')}\n`));
      chunk.length = 0;
    }
  }
  return bytesToHex(hash.digest());
}
