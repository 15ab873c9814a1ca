/**
 * The public half as a law over generated plans (一公开, #24): no published form of a pending
 * unannounced visit contains its date or an item not to be told (R26, R32), and every published
 * reason is the plan's (R10, R14, R24, R27, N7), with a ticket exactly where a draw decided. The
 * generator's reach is checked with `fc.statistics` (through `shares`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  highRiskDraws, planPeriod, publicationRecords, shenyangHighRiskFields, yongchuanPolicy,
  type DepartmentId, type DepartmentTask, type InspectionReason, type InspectionResult, type IsoDate, type Plan, type PlanningInput, type Publication, type PublicationOptions,
} from '../../src/index.js';
import { noticeCsv } from '../../src/node/notice/csv.js';
import { noticeHtml } from '../../src/node/notice/html.js';
import { noticeOf } from '../../src/node/notice/notice.js';
import { generateDirectory } from '../../src/testing/index.js';
import { shares } from '../arbitraries.js';
import { rightOf } from '../result.js';

interface Scenario {
  readonly input: PlanningInput;
  readonly plan: Plan;
  readonly options: PublicationOptions;
  readonly publication: Publication;
  readonly secret: ReadonlySet<string>;
}

const TRIGGERS: readonly InspectionReason[] = ['complaint', 'referral', 'case-lead', 'campaign'];

/** A small batch: a seed, which item may not be told (or none), the black-list rule, a directed draw or not, triggered tasks, visits done. */
const scenario: fc.Arbitrary<Scenario> = fc.record({
  seed: fc.string({ minLength: 1, maxLength: 6 }).map((s) => `p-${s.trim() || 'x'}`),
  secretIndex: fc.option(fc.nat(20), { nil: undefined }),
  blackList: fc.constantFrom(null, 'full', 'raised'),
  directed: fc.boolean(),
  triggers: fc.array(fc.record({ at: fc.nat(10_000), reason: fc.constantFrom(...TRIGGERS) }), { maxLength: 3 }),
  done: fc.array(fc.nat(10_000), { maxLength: 4 }),
}).map(({ seed, secretIndex, blackList, directed, triggers, done }): Scenario => {
  const generated = generateDirectory({ size: 120, seed: `public-${seed}`, year: 2024, batch: 2, inspectorsPerDepartment: 6 });
  const secretId = secretIndex === undefined ? undefined : generated.items[secretIndex % generated.items.length]!.id;
  const policy = { ...yongchuanPolicy, blackList: blackList === null ? null : blackList === 'full' ? { coverage: 'full' as const } : { coverage: 'raised' as const, ratio: 0.5 } };
  const input: PlanningInput = { ...generated, policy, items: generated.items.map((i) => (i.id === secretId ? { ...i, noAdvanceNotice: true } : i)) };
  const draws = directed ? highRiskDraws(input, [{ field: shenyangHighRiskFields.find((f) => f.id === 'food-drugs')!, departments: ['samr', 'health'] as DepartmentId[] }], { ratio: 0.6 }) : undefined;
  const inScope = input.items.filter((i) => i.scope === 'general');
  const triggered: DepartmentTask[] = triggers.map(({ at, reason }, k) => {
    const item = inScope[at % inScope.length]!;
    return { id: `t-${k}`, enterprise: input.enterprises[at % input.enterprises.length]!.uscc, department: item.department, items: [item.id], reason };
  });
  const own = { seed, secret: `visit secret 2b7e1f9c4a3d8065 ${seed}`, triggered, ...(draws?._tag === 'Right' ? { draws: draws.right } : {}) };
  const plan = rightOf(planPeriod(input, own));
  const results = [...new Set(done.map((k) => plan.tasks[k % Math.max(1, plan.tasks.length)]).filter((t) => t !== undefined))].map((t): InspectionResult => ({
    enterprise: t.enterprise, date: t.date, reason: TRIGGERS.find((r) => t.reasons.includes(r)) ?? 'random', lead: t.lead, departments: t.departments,
    findings: t.items.map((item) => ({ item, outcome: 'compliant' as const })), contact: 'operating', majorHazard: false, labResults: [],
  }));
  const options = { input, ...own, asOf: '2024-12-31' as IsoDate };
  const publication = rightOf(publicationRecords(plan, results, options));
  const secret = new Set<string>(secretId === undefined ? [] : input.items.filter((i) => i.kind === input.items.find((x) => x.id === secretId)!.kind).map((i) => i.id));
  return { input, plan, options, publication, secret };
});

/** What the runs contain, for fc.statistics: each kind of visit that must be published right. */
function labels(s: Scenario): string[] {
  const pending = new Set(s.publication.records.filter((r) => r.status === 'pending').map((r) => r.task));
  const out = new Set<string>();
  for (const t of s.plan.tasks) {
    if (t.mode.mode === 'flying' && pending.has(t.id)) out.add('pending flying');
    if (t.mode.mode !== 'flying' && !t.mode.advanceNotice && pending.has(t.id)) out.add('pending, not to be told');
  }
  for (const r of s.publication.records) for (const x of r.reasons) out.add(x.kind);
  if (s.publication.counts.published > 0) out.add('visited');
  return [...out];
}

const pendingUnannounced = (s: Scenario) => s.plan.tasks.filter((t) => !t.mode.advanceNotice && s.publication.records.some((r) => r.task === t.id && r.status === 'pending'));

describe('the public half over generated plans (#24)', () => {
  it('the generator reaches every kind of visit', () => {
    const share = shares(scenario, labels, 60);
    for (const label of ['pending flying', 'pending, not to be told', 'full-coverage', 'black-list', 'random-draw', 'directed-draw', 'complaint', 'referral', 'visited']) {
      expect(share(label), label).toBeGreaterThan(5);
    }
  }, 120_000);

  it('no published form of a pending unannounced visit holds its date or an item not to be told; every reason is the plan\'s', () => {
    fc.assert(fc.property(scenario, (s) => {
      const notice = noticeOf({ plan: s.plan, publication: s.publication, input: s.input, issuer: { authority: '某区市场监督管理局', published: '2024-04-08' } });
      const html = noticeHtml(notice).split('<tr');
      const csv = noticeCsv(notice).split('\r\n');
      for (const t of pendingUnannounced(s)) {
        const record = JSON.stringify(s.publication.records.find((r) => r.task === t.id));
        expect(record).not.toContain(t.date);
        for (const id of s.secret) expect(record).not.toContain(`"${id}"`);
        expect(html.filter((row) => row.includes(`data-uscc="${t.enterprise}"`)).join('')).not.toContain(t.date);
        expect(csv.filter((row) => row.startsWith(t.enterprise)).join('')).not.toContain(t.date);
      }
      const targetOf = new Map(s.plan.draw.targets.map((t) => [t.uscc as string, t]));
      const taskOf = new Map([...s.plan.tasks, ...s.plan.unplannable].map((t) => [t.id, t]));
      for (const r of s.publication.records) {
        const task = taskOf.get(r.task)!;
        const target = targetOf.get(r.enterprise);
        const drawn = task.reasons.includes('random') && target?.status === 'drawn' ? target.placements.map((p) => `${p.draw}|${p.stratum}|${p.rank}|${target.ticket}`) : [];
        const black = s.input.policy.blackList?.coverage === 'full' && s.input.enterprises.some((e) => e.uscc === r.enterprise && e.blackList);
        const full = task.reasons.includes('random') && target?.status === 'full-coverage' ? [...(target.reason === 'red-code' ? ['full-coverage'] : []), ...(target.reason === 'black-list' || black ? ['black-list'] : [])] : [];
        const triggers = TRIGGERS.filter((x) => task.reasons.includes(x));
        const published = r.reasons.map((x) => ('ticket' in x ? `${x.draw}|${x.stratum}|${x.rank}|${x.ticket}` : x.kind));
        expect(published).toEqual([...drawn, ...full, ...triggers]);
        if (target !== undefined && target.status !== 'drawn') expect(JSON.stringify(r)).not.toContain(target.ticket);
      }
    }), { numRuns: 1_000 });
  }, 600_000);
});
