import { byId as idOrder } from '../internal/text.js';
import { createSha256 } from '#sha256';
import type { InputError } from '../model/issues.js';
import type { Result } from '../model/result.js';
import type { PlanningInput } from '../model/types.js';
import { duplicateRowIssue, notValidatedIssues, refusedEnterpriseRow } from '../input/validated.js';
import { left, right } from '../internal/result.js';
import { EnterpriseLines } from './enterpriseLines.js';
import { byCodeUnits, hasSevenKeys, JsonStrings, recordBytes, sortedIds, writeEscaped, type HeadSink } from './historyBytes.js';
import { sha256Of, toHex, updateText, utf8Bytes, type Sha256Hasher } from './sha256.js';

const isString = (value: unknown): value is string => typeof value === 'string';

/** Writes a value as JSON with object keys sorted, so that equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return value.every(isString) ? JSON.stringify(value) : `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    // A key whose value is undefined is left out, as JSON.stringify leaves it out.
    const entries = Object.keys(value as Record<string, unknown>)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const byId = <T extends { readonly id: string }>(rows: readonly T[]): T[] => [...rows].sort(idOrder);
const sorted = (values: readonly string[]): string[] => [...values].sort();

/** The policy without the fields added after v1 that hold their default (`flyingItemShare` 1, `blackList` null, `nonSiteWhereSufficient` false, `annualPlanDue` null, `publicIdentity` `names`). */
function withoutDefaults(policy: PlanningInput['policy']): object {
  const { flyingItemShare, blackList, nonSiteWhereSufficient, annualPlanDue, publicIdentity, ...rest } = policy;
  return {
    ...rest,
    ...(publicIdentity === 'names' ? {} : { publicIdentity }),
    ...(annualPlanDue === null ? {} : { annualPlanDue }),
    ...(flyingItemShare === 1 ? {} : { flyingItemShare }),
    ...(blackList === null ? {} : { blackList }),
    ...(nonSiteWhereSufficient ? { nonSiteWhereSufficient } : {}),
  };
}

/** An item as the head writes it: industries sorted, `noAdvanceNotice` only when `true` (so inputs written before it existed keep their digest, and `false` is the same as absent). */
function itemOf(item: PlanningInput['items'][number]): object {
  const { noAdvanceNotice, ...rest } = item;
  return { ...rest, industries: sorted(item.industries), ...(noAdvanceNotice === true ? { noAdvanceNotice } : {}) };
}

/** The head's sections other than the directory and its history, in canonical form. */
function setupOf(input: PlanningInput): Record<string, unknown> {
  return {
    algorithm: 'double-random/input/v1',
    versions: input.versions,
    departments: byId(input.departments),
    inspectors: byId(input.inspectors).map((i) => ({ ...i, qualifications: sorted(i.qualifications), unavailable: sorted(i.unavailable), conflicts: sorted(i.conflicts) })),
    items: byId(input.items).map(itemOf),
    jointLists: byId(input.jointLists).map((l) => ({ ...l, departments: sorted(l.departments), items: sorted(l.items) })),
    policy: withoutDefaults(input.policy),
    period: input.period,
  };
}

/** Part 1 of the text {@link inputDigest} hashes, without its newline. */
export function inputHead(input: PlanningInput): string {
  const pieces: string[] = [];
  writeHead(input, {
    text: (text) => pieces.push(text),
    ascii: (bytes, count) => {
      for (let from = 0; from < count; from += 8192) pieces.push(String.fromCharCode(...bytes.subarray(from, Math.min(count, from + 8192))));
    },
  });
  return pieces.join('');
}

/** Bytes of the history's text handed on at a time by {@link writeHistory}. */
const HISTORY_PIECE = 1 << 16;

/**
 * Writes {@link inputHead}'s text to `sink`: `canonicalJson({ ...setup, history })`, keys sorted,
 * with the history's records (each a JSON string of its canonical JSON) written by
 * {@link writeHistory}.
 */
function writeHead(input: PlanningInput, sink: HeadSink): void {
  const setup = setupOf(input);
  const keys = [...Object.keys(setup), 'history'].sort();
  sink.text('{');
  keys.forEach((key, k) => {
    sink.text(`${k === 0 ? '' : ','}${JSON.stringify(key)}:`);
    if (key === 'history') writeHistory(input.history, sink);
    else sink.text(canonicalJson(setup[key]));
  });
  sink.text('}');
}

/**
 * Writes the history's array: each record's canonical JSON text (its ids sorted), the texts sorted
 * as strings, each written as a JSON string (`JSON.stringify(text)`), as ASCII bytes about 64 KB
 * at a time. Records of plain ASCII strings are written, sorted and escaped as bytes
 * (`recordBytes`); a history with any other record takes the string path (`JsonStrings.addText`).
 */
function writeHistory(history: PlanningInput['history'], sink: HeadSink): void {
  sink.text('[');
  const records = recordBytes(history);
  if (records !== undefined) writeEscaped(records, sink, HISTORY_PIECE);
  else {
    const out = new JsonStrings(sink, HISTORY_PIECE);
    for (const text of sortedRecords(history)) out.addText(text);
    out.end();
  }
  sink.text(']');
}

/**
 * The records' canonical JSON, sorted as strings. Texts are grouped by their first 20 characters
 * (`{"date":"YYYY-MM-DD"` for a record of the seven fields), the groups sorted, then each group's
 * texts: the same order as one sort of every text (two texts whose first 20 characters differ
 * compare as those do), with half the comparisons for a year's 25 000 records (about 250 dates).
 */
function sortedRecords(history: PlanningInput['history']): string[] {
  const groups = new Map<string, string[]>();
  for (let i = 0; i < history.length; i++) {
    const text = recordJson(history[i] as PlanningInput['history'][number]);
    const key = text.slice(0, 20);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [text]);
    else group.push(text);
  }
  const out: string[] = [];
  for (const key of [...groups.keys()].sort(byCodeUnits)) for (const text of (groups.get(key) as string[]).sort(byCodeUnits)) out.push(text);
  return out;
}

/**
 * The canonical JSON of a validated inspection record, ids sorted: its seven fields written in key
 * order by `JSON.stringify` of an object built in that order (a year of history at 10⁶ is tens of
 * thousands of records, and the generic writer's key sort and spread cost twice as much). One
 * `JSON.stringify` writes the text in one piece: a template of its fields made a string of a dozen
 * pieces, which the sort then copied whole, 2 KB of garbage a record (docs/performance.md,
 * "History"). A record with other keys takes the generic writer, so the text is the same either
 * way (tested).
 */
function recordJson(r: PlanningInput['history'][number]): string {
  const departments = sortedIds(r.departments);
  const itemKinds = sortedIds(r.itemKinds);
  if (!hasSevenKeys(r)) return canonicalJson({ ...r, departments, itemKinds });
  return JSON.stringify({ date: r.date, departments, enterprise: r.enterprise, itemKinds, joint: r.joint, reason: r.reason, unified: r.unified });
}

/** The sections a split draw's setup covers, in the order a refusal names them. */
export const SETUP_SECTIONS = ['versions', 'departments', 'inspectors', 'items', 'jointLists', 'policy', 'period'] as const;

/** SHA-256 (hex) of each section's canonical JSON, as {@link setupDigest} writes it: what tells which section two shards disagree on. */
export function setupSectionDigests(input: PlanningInput): Record<(typeof SETUP_SECTIONS)[number], string> {
  const setup = setupOf(input);
  const digest = (key: string): string => toHex(sha256Of(utf8Bytes(canonicalJson(setup[key]))));
  return Object.fromEntries(SETUP_SECTIONS.map((key) => [key, digest(key)])) as Record<(typeof SETUP_SECTIONS)[number], string>;
}

/**
 * SHA-256 (hex) of the canonical JSON of what every shard of a split draw must share: the head of
 * the input digest without the history (versions, departments, inspectors, items, joint lists,
 * policy, period).
 */
export function setupDigest(input: PlanningInput): string {
  return toHex(sha256Of(utf8Bytes(canonicalJson(setupOf(input)))));
}

/**
 * The SHA-256 digest of a planning input in canonical form, the same whatever the order of its
 * rows (R4, R27). The text hashed is, in UTF-8:
 *
 * 1. the canonical JSON (keys sorted) of `{ algorithm: "double-random/input/v1", versions,
 *    departments, inspectors, items, jointLists, history, policy, period }`, with rows sorted by
 *    id (history by canonical JSON) and id lists sorted, then a newline; a policy field added
 *    after v1 is left out while it holds its default (`flyingItemShare` 1, `blackList` null,
 *    `nonSiteWhereSufficient` false, `annualPlanDue` null), so an input written before the field
 *    existed keeps its digest;
 * 2. one line per enterprise (docs/draw-algorithm.md, "The input digest, exactly"), sorted by USCC, each followed by a newline.
 *
 * docs/draw-algorithm.md ("The input digest, exactly") specifies the text byte for byte, with
 * vectors. A split draw's coordinator passes the digest of the whole directory to
 * {@link mergeShards}.
 *
 * @param input - A validated planning input (the `Right` of {@link parsePlanningInput}).
 * @returns `Right` with 64 lowercase hex digits, the `inputDigest` of the draw record; `Left`
 *   (`input/not-validated`) when `input` is not a validated planning input.
 * @example
 * ```ts
 * import { inputDigest } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 100, seed: 'digest' });
 * const reversed = { ...input, enterprises: [...input.enterprises].reverse() };
 * const [a, b] = [inputDigest(input), inputDigest(reversed)];
 * if (a._tag === 'Right' && b._tag === 'Right') console.log(a.right === b.right); // true: row order does not matter
 * ```
 * @category Draw
 * @since 0.1.0
 */
export function inputDigest(input: PlanningInput): Result<InputError, string> {
  // Enterprise rows are checked as their lines are written, and codes given twice found as they are hashed in order, as the draw does.
  const notValidated = notValidatedIssues(input, ['input'], 'caller checks them');
  if (notValidated !== undefined) return left({ code: 'invalid-input', issues: notValidated });
  const { enterprises } = input;
  const lines = new EnterpriseLines(enterprises.length);
  for (let row = 0; row < enterprises.length; row++) {
    if (!lines.write(enterprises[row], row)) return left({ code: 'invalid-input', issues: [refusedEnterpriseRow(enterprises[row], row)] });
  }
  const digest = inputDigestUnchecked(input, lines);
  const twins = lines.twins;
  return twins === undefined ? right(digest) : left({ code: 'invalid-input', issues: [duplicateRowIssue(twins[0], twins[1])] });
}

/**
 * {@link inputDigest} of an input already validated (the library's own callers). `lines`, when
 * given, already holds every enterprise's line (the draw writes them in its classification pass,
 * which reads each enterprise anyway); `createHasher` is the platform's SHA-256 by default.
 */
export function inputDigestUnchecked(input: PlanningInput, lines?: EnterpriseLines, createHasher: () => Sha256Hasher = createSha256): string {
  const hash = createHasher();
  writeHead(input, { text: (text) => updateText(hash, text), ascii: (bytes, count) => hash.update(bytes, 0, count) });
  updateText(hash, '\n');
  let filled = lines;
  if (filled === undefined) {
    const { enterprises } = input;
    filled = new EnterpriseLines(enterprises.length);
    for (let row = 0; row < enterprises.length; row++) filled.write(enterprises[row], row);
  }
  filled.hashInto(hash);
  return hash.hex();
}
