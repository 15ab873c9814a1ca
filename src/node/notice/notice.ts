import type { Publication } from '../../publication/publicationRecords.js';
import type { PublishedReason } from '../../publication/publishedReasons.js';
import type { Plan } from '../../plan/types.js';
import type { PlanningInput } from '../../model/types.js';
import type { PublicCodes } from '../../publication/publicCodes.js';

/**
 * Who an enterprise is on the notice, as the policy says (R3, `Policy.publicIdentity`): its USCC and
 * name (`names`), its public code only (`codes`: the USCC and the name are `null`, so no renderer can
 * show them), or all three (`both`).
 */
export interface NoticeIdentity {
  readonly uscc: string | null;
  readonly name: string | null;
  /** The 15-digit public code (R3), or `null` under `names`. */
  readonly code: string | null;
}

/** One drawn or fully covered enterprise of a stratum, as the notice lists it. */
export interface NoticeTarget extends NoticeIdentity {
  /** Its ticket where the draw decided; `null` in full coverage (no ticket decided it, R10, R14). */
  readonly ticket: string | null;
}

/** One row of the notice's task table: the visit and, when published, its result. */
export interface NoticeTask extends NoticeIdentity {
  /** The lead department's name; `null` before an unannounced visit (R32). */
  readonly lead: string | null;
  readonly departments: readonly string[];
  readonly items: readonly string[];
  /** The date: `null` while an unannounced visit is pending (R26, R32) or when unplannable. */
  readonly date: string | null;
  /** Whether the visit's time may be told before it (R26, R32). */
  readonly announced: boolean;
  readonly status: 'published' | 'pending' | 'unplannable';
  readonly result: string | null;
  /** The ticket, only where a draw decided (never for full coverage or a trigger). */
  readonly ticket: string | null;
  /** Why the visit is made, each in the notice's words (随机抽取（joint/H）, 红码全覆盖, 投诉举报…). */
  readonly reasons: readonly string[];
}

/**
 * The public notice of a batch (一公开; R23, R27, N4) as data: the draw's public facts (seed,
 * algorithm, input digest, each stratum's quota and drawn list with each enterprise's ticket), and
 * every task with its departments, date and published result. Rendering it (HTML, CSV) is the
 * outer layer's job; this is what both render.
 */
export interface Notice {
  /** Who publishes the notice (发布单位), such as 重庆市永川区市场监督管理局. */
  readonly authority: string;
  /** The day it is published (发布日期), `YYYY-MM-DD`. */
  readonly published: string;
  /** What it shows for an enterprise (R3): names, codes or both. */
  readonly identity: 'names' | 'codes' | 'both';
  readonly policy: string;
  readonly year: number;
  readonly batch: number;
  readonly window: { readonly start: string; readonly end: string };
  readonly seed: string;
  readonly algorithm: string;
  readonly library: string;
  readonly inputDigest: string;
  /** The plan's names digest (R4): binds the enterprises' names shown. */
  readonly namesDigest: string;
  /** The digest of the plan's visit secret (R26), or `null`: the secret published after the visits is checked against it. */
  readonly secretDigest: string | null;
  readonly strata: readonly { readonly key: string; readonly population: number; readonly quota: number; readonly drawn: readonly NoticeTarget[] }[];
  readonly fullCoverage: readonly NoticeTarget[];
  readonly tasks: readonly NoticeTask[];
  readonly counts: Publication['counts'];
}

/** Who publishes a notice and when: the issuing authority and the day of publication. */
export interface Issuer {
  readonly authority: string;
  readonly published: string;
}

/** Who each enterprise is on the notice, as the policy says: USCC and name, public code, or both (R3). */
function identities(input: PlanningInput, codes: PublicCodes | undefined): (uscc: string) => NoticeIdentity {
  const identity = input.policy.publicIdentity;
  if (identity !== 'names' && codes === undefined) throw new Error(`noticeOf: the policy shows ${identity}: pass the public codes`);
  const names = new Map(input.enterprises.map((e) => [e.uscc as string, e.name]));
  const codeOf = new Map(codes?.enterprises.map((e) => [e.uscc, e.code]));
  return (uscc) => ({
    uscc: identity === 'codes' ? null : uscc,
    name: identity === 'codes' ? null : names.get(uscc) ?? '',
    code: identity === 'names' ? null : codeOf.get(uscc) ?? '',
  });
}

/**
 * The notice of a (verified) plan and its publication records, with the names of the input's
 * enterprises (or their public codes, as `input.policy.publicIdentity` says: then `codes` is
 * required), departments and items.
 */
export function noticeOf({ plan, publication, input, issuer, codes }: { readonly plan: Plan; readonly publication: Publication; readonly input: PlanningInput; readonly issuer: Issuer; readonly codes?: PublicCodes }): Notice {
  const record = plan.draw.record;
  const who = identities(input, codes);
  const departmentName = new Map(input.departments.map((d) => [d.id as string, d.name]));
  const itemName = new Map(input.items.map((i) => [i.id as string, i.name]));
  const ticketOf = new Map(plan.draw.targets.map((t) => [t.uscc as string, t.ticket]));
  const target = (uscc: string): NoticeTarget => ({ ...who(uscc), ticket: ticketOf.get(uscc) ?? null });
  return {
    authority: issuer.authority,
    published: issuer.published,
    identity: input.policy.publicIdentity,
    policy: record.policy,
    year: record.period.year,
    batch: record.period.batch,
    window: { start: record.period.start, end: record.period.end },
    seed: record.seed,
    algorithm: record.algorithm,
    library: record.library,
    inputDigest: record.inputDigest,
    namesDigest: publication.namesDigest,
    secretDigest: publication.secretDigest,
    strata: record.strata.map((s) => ({ key: s.key, population: s.population, quota: s.quota, drawn: s.drawn.map(target) })),
    fullCoverage: record.fullCoverage.map((uscc) => ({ ...who(uscc), ticket: null })),
    tasks: publication.records.map((r) => ({
      ...who(r.enterprise), lead: r.lead === null ? null : departmentName.get(r.lead) ?? r.lead,
      departments: r.departments.map((d) => departmentName.get(d) ?? d), items: r.items.map((i) => itemName.get(i) ?? i), date: r.date,
      announced: r.announced, status: r.status, result: r.wording, ticket: ticketIn(r.reasons), reasons: r.reasons.map(reasonText),
    })),
    counts: publication.counts,
  };
}

/** Why a visit is made, as the notice says it (R10, R14, R24, R27, N7). */
const REASON_ZH: Readonly<Record<PublishedReason['kind'], string>> = {
  'random-draw': '随机抽取', 'directed-draw': '定向抽取', 'full-coverage': '红码全覆盖', 'black-list': '黑名单全覆盖',
  complaint: '投诉举报', referral: '转办交办', 'case-lead': '案件线索', campaign: '专项行动',
};

/** A reason in the notice's words; a draw names its list (随机抽取（joint/H）, 定向抽取（high-risk/food）). */
export function reasonText(r: PublishedReason): string {
  return 'draw' in r ? `${REASON_ZH[r.kind]}（${r.draw}）` : REASON_ZH[r.kind];
}

/** The ticket that decided a visit, or `null` when none did (full coverage, a trigger). */
function ticketIn(reasons: readonly PublishedReason[]): string | null {
  for (const r of reasons) if ('ticket' in r) return r.ticket;
  return null;
}

/** Where a task stands, as the notice says it. */
export const STATUS_ZH: Readonly<Record<NoticeTask['status'], string>> = { published: '已公示', pending: '待检查', unplannable: '无法安排' };
