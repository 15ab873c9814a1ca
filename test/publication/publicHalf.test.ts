/**
 * The public half (一公开, #24): what is published must be true, and never what must stay secret.
 * Written as a citizen, an inspected enterprise and a county office would try it, against
 * `publicationRecords` and the notice's HTML and CSV (R23, R26, R32, R27, R10, R14, N7, R24).
 */
import { describe, expect, it } from 'vitest';
import {
  escalate, highRiskDraws, planPeriod, publicCodes, publicationRecords, verifyPlan, shenyangHighRiskFields, yongchuanPolicy,
  type DepartmentId, type DepartmentTask, type InspectionResult, type IsoDate, type ItemId, type Plan, type PlanningInput, type PublishedResult
} from '../../src/index.js';
import { noticeCsv } from '../../src/node/notice/csv.js';
import { noticeHtml } from '../../src/node/notice/html.js';
import { noticeOf } from '../../src/node/notice/notice.js';
import { generateDirectory } from '../../src/testing/index.js';
import { leftOf, rightOf } from '../result.js';

const SEED = '2024-Q2 公证 2 7 1 8';
const generated = generateDirectory({ size: 4_000, seed: 'public-half', year: 2024, batch: 2, inspectorsPerDepartment: 30 });
// One item may not be told in advance (R32): a superior asked so.
const secretItem = generated.items.find((i) => i.id === 'health/public-hygiene')!;
const input: PlanningInput = {
  ...generated,
  items: generated.items.map((i) => (i.id === secretItem.id ? { ...i, noAdvanceNotice: true } : i)),
  policy: { ...yongchuanPolicy, blackList: { coverage: 'full' } },
};
const draws = [...rightOf(highRiskDraws(input, [{ field: shenyangHighRiskFields.find((f) => f.id === 'food-drugs')!, departments: ['samr', 'health'] as DepartmentId[] }]))];
const complainedOf = input.enterprises.find((e) => e.colour === 'green')!;
const triggered: DepartmentTask[] = [{ id: 'complaint-1', enterprise: complainedOf.uscc, department: secretItem.department, items: [secretItem.id], reason: 'complaint' }];
// The platform's visit secret (R26): unannounced visits' dates are keyed by it, not by the public seed alone.
const SECRET = 'c0ffee5e5ame0a9b1c2d3e4f5a6b7c8d';
const plan: Plan = rightOf(planPeriod(input, { seed: SEED, secret: SECRET, draws, triggered }));
const options = { input, seed: SEED, secret: SECRET, draws, triggered, asOf: '2024-12-31' as IsoDate };

const publishedOf = (results: readonly InspectionResult[] = []): readonly PublishedResult[] => rightOf(publicationRecords(plan, results, options)).records;
const noticeFor = (results: readonly InspectionResult[] = []) => {
  const publication = rightOf(publicationRecords(plan, results, options));
  return noticeOf({ plan, publication, input, issuer: { authority: '重庆市永川区市场监督管理局', published: '2024-04-08' } });
};
const rowOf = (html: string, uscc: string): string => html.split('<tr').find((row) => row.includes(`data-uscc="${uscc}"`) && row.includes('class="task"')) ?? '';
const csvRowOf = (csv: string, uscc: string): string => csv.split('\r\n').find((row) => row.startsWith(uscc)) ?? '';
const unannounced = plan.tasks.filter((t) => !t.mode.advanceNotice);
const announced = plan.tasks.filter((t) => t.mode.advanceNotice);

describe('what must never be published before the visit (R26, R32)', () => {
  it('has the cases: flying visits, a visit with an item not to be told, announced visits', () => {
    expect(plan.tasks.filter((t) => t.mode.mode === 'flying').length).toBeGreaterThan(3);
    expect(plan.tasks.some((t) => t.mode.mode !== 'flying' && t.items.includes(secretItem.id))).toBe(true);
    expect(announced.length).toBeGreaterThan(3);
  });

  it('a visit with an item not to be told in advance is unannounced, whatever its class (R32)', () => {
    const withSecret = plan.tasks.filter((t) => t.items.includes(secretItem.id));
    expect(withSecret.length).toBeGreaterThan(0);
    for (const t of withSecret) expect(t.mode.advanceNotice, t.id).toBe(false);
  });

  it('no record of a pending unannounced visit holds its date, its due date or its secret item; announced ones show their date', () => {
    const records = new Map(publishedOf().map((r) => [r.task, r]));
    for (const t of unannounced) {
      const text = JSON.stringify(records.get(t.id));
      expect(text, t.id).not.toContain(t.date);
      expect(text, t.id).not.toContain(secretItem.id);
      // No lead, department or item either: one that brings only the secret item would single it out (an outside review).
      expect(records.get(t.id)).toMatchObject({ status: 'pending', announced: false, date: null, due: null, lead: null, departments: [], items: [] });
    }
    for (const t of announced) expect(records.get(t.id)).toMatchObject({ status: 'pending', announced: true, date: t.date });
  });

  it('neither the notice page nor its CSV shows a pending unannounced visit\'s date or secret item', () => {
    const notice = noticeFor();
    const html = noticeHtml(notice);
    const csv = noticeCsv(notice);
    for (const t of unannounced) {
      expect(rowOf(html, t.enterprise), t.id).not.toBe('');
      expect(rowOf(html, t.enterprise), t.id).not.toContain(t.date);
      expect(csvRowOf(csv, t.enterprise), t.id).not.toContain(t.date);
      expect(rowOf(html, t.enterprise)).not.toContain(secretItem.name);
      expect(csvRowOf(csv, t.enterprise)).not.toContain(secretItem.name);
    }
    for (const t of announced) expect(rowOf(html, t.enterprise)).toContain(t.date);
  });

  it('once the visit has happened, its date and every item are published', () => {
    const t = unannounced.find((x) => x.items.includes(secretItem.id))!;
    const result: InspectionResult = {
      enterprise: t.enterprise, date: t.date, reason: t.reasons.includes('complaint') ? 'complaint' : 'random', lead: t.lead, departments: t.departments,
      findings: t.items.map((item) => ({ item, outcome: 'compliant' as const })), contact: 'operating', majorHazard: false, labResults: [],
    };
    const record = publishedOf([result]).find((r) => r.task === t.id)!;
    expect(record).toMatchObject({ status: 'published', date: t.date, items: t.items });
  });
});

describe('an unannounced visit\'s date cannot be computed from what is public (R26, R32)', () => {
  const unannounced = plan.tasks.filter((t) => !t.mode.advanceNotice);
  const fromPublic = rightOf(planPeriod(input, { seed: SEED, draws, triggered }));
  const guessOf = new Map(fromPublic.tasks.map((t) => [t.id, t.date]));

  it('with a visit secret, replaying from the public seed and the input guesses few unannounced dates', () => {
    expect(unannounced.length).toBeGreaterThan(20);
    const guessed = unannounced.filter((t) => guessOf.get(t.id) === t.date).length;
    expect(guessed / unannounced.length).toBeLessThan(0.2);
    expect(plan.record.secretDigest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses to publish a plan without a visit secret while an unannounced visit is pending; verification needs the secret', () => {
    const refused = publicationRecords(fromPublic, [], { input, seed: SEED, draws, triggered, asOf: '2024-12-31' as IsoDate });
    expect(refused._tag === 'Left' && refused.left.issues.map((i) => `${i.at} ${i.code}`)).toEqual(['$.plan.record.secretDigest publication/predictable-visits']);
    expect(verifyPlan(plan, input, { seed: SEED, draws, triggered }).differences.map((d) => d.path)).toEqual(['options.secret']);
    expect(verifyPlan(plan, input, { seed: SEED, secret: 'another visit secret 9c2e7a1f4b3d8065', draws, triggered }).valid).toBe(false);
    expect(verifyPlan(plan, input, { seed: SEED, secret: SECRET, draws, triggered }).valid).toBe(true);
    expect(leftOf(planPeriod(input, { seed: SEED, secret: SEED })).issues.map((i) => i.at)).toEqual(['$.options.secret']);
    // A PIN or a word would be found by trying against the announced dates (an outside review): refused.
    for (const weak of ['4821', 'a', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'password-password-password-passwo']) expect(leftOf(planPeriod(input, { seed: SEED, secret: weak })).issues.map((i) => i.at), weak).toEqual(['$.options.secret']);
    expect(rightOf(publicationRecords(plan, [], options)).secretDigest).toBe(plan.record.secretDigest);
  });

  it('refuses a result dated after the day of publication, and a result of a task never staffed', () => {
    const t = unannounced.find((x) => x.reasons.every((r) => r === 'random'))!;
    const result: InspectionResult = {
      enterprise: t.enterprise, date: t.date, reason: 'random', lead: t.lead, departments: t.departments,
      findings: t.items.map((item) => ({ item, outcome: 'compliant' as const })), contact: 'operating', majorHazard: false, labResults: [],
    };
    const early = publicationRecords(plan, [result], { ...options, asOf: input.period.start });
    expect(early._tag === 'Left' && early.left.issues.map((i) => `${i.at} ${i.code}`)).toEqual(['$.results[0].date publication/future-result']);
    expect(publicationRecords(plan, [result], { ...options, asOf: t.date })._tag).toBe('Right');
    // Earlier than planned is not the drawn visit: a visit may slip later, not earlier.
    const before = publicationRecords(plan, [{ ...result, date: input.period.start }], options);
    expect(before._tag === 'Left' && before.left.issues.map((i) => `${i.at} ${i.code}`)).toEqual(['$.results[0].date publication/task-mismatch']);
  });
});

describe('each published task carries its real reason; a ticket only where a ticket decided (R10, R14, N7, R24, R27)', () => {
  const records = publishedOf();
  const kindsOf = (r: PublishedResult): string[] => r.reasons.map((x) => x.kind);
  const targetOf = new Map(plan.draw.targets.map((t) => [t.uscc as string, t]));

  it('has the cases: full coverage, black list, directed and undirected draws, a complaint', () => {
    const all = records.flatMap(kindsOf);
    for (const kind of ['full-coverage', 'black-list', 'random-draw', 'directed-draw', 'complaint']) expect(all, kind).toContain(kind);
  });

  it('a red-coded enterprise is published as full coverage (R10) with no ticket; a black-listed one as black list (R14)', () => {
    for (const r of records) {
      const target = targetOf.get(r.enterprise);
      if (target?.status !== 'full-coverage') continue;
      const expected = target.reason === 'red-code' ? 'full-coverage' : 'black-list';
      expect(kindsOf(r), r.task).toContain(expected);
      // Red and black-listed under the full rule: both reasons (R10, R14).
      if (input.enterprises.some((e) => e.uscc === r.enterprise && e.blackList)) expect(kindsOf(r), r.task).toContain('black-list');
      expect(JSON.stringify(r), r.task).not.toContain(target.ticket);
    }
  });

  it('a drawn enterprise shows its ticket, each draw that drew it, its stratum and rank; a directed draw names its list', () => {
    for (const r of records) {
      const target = targetOf.get(r.enterprise);
      if (target?.status !== 'drawn') continue;
      const drawn = r.reasons.filter((x) => x.kind === 'random-draw' || x.kind === 'directed-draw');
      expect(drawn.map((x) => ('draw' in x ? x.draw : '')).sort(), r.task).toEqual(target.placements.map((p) => p.draw).sort());
      for (const x of drawn) if ('ticket' in x) expect(x.ticket).toBe(target.ticket);
      for (const x of drawn) if (x.kind === 'directed-draw') expect(x.draw).toMatch(/^high-risk\//);
    }
  });

  it('a triggered visit is published with its trigger and no ticket', () => {
    const r = records.find((x) => x.enterprise === complainedOf.uscc)!;
    expect(kindsOf(r)).toEqual(['complaint']);
    expect(JSON.stringify(r)).not.toMatch(/"ticket"/);
  });

  it('the notice page labels full coverage and triggered visits by their reason, not as 随机抽取, and shows no ticket for them', () => {
    const html = noticeHtml(noticeFor());
    const red = records.find((r) => kindsOf(r).includes('full-coverage'))!;
    expect(rowOf(html, red.enterprise)).toContain('红码全覆盖');
    expect(rowOf(html, red.enterprise)).not.toContain('随机抽取');
    expect(rowOf(html, red.enterprise)).not.toContain(targetOf.get(red.enterprise)!.ticket);
    expect(rowOf(html, complainedOf.uscc)).toContain('投诉举报');
    expect(rowOf(html, complainedOf.uscc)).not.toContain('随机抽取');
  });
});

describe('nothing is published that verification rejects (R27)', () => {
  it('refuses a plan re-made under another seed, naming the seed', () => {
    const other = rightOf(planPeriod(input, { seed: 'another seed', secret: SECRET, draws, triggered }));
    const refused = publicationRecords(other, [], options);
    expect(refused._tag).toBe('Left');
    if (refused._tag === 'Left') expect(refused.left.issues[0]).toMatchObject({ code: 'publication/plan-differs', at: '$.plan.draw.record.seed' });
  });

  it('refuses a plan with an added visit or an inspector swapped in, and one made without a registered complaint', () => {
    const stored = JSON.parse(JSON.stringify(plan)) as { tasks: { team: { inspector: string }[] }[] };
    stored.tasks[0]!.team[0]!.inspector = 'nobody-001';
    expect(publicationRecords(stored as never, [], options)._tag).toBe('Left');
    const added = { ...plan, tasks: [...plan.tasks, { ...plan.tasks[0]!, id: 'joint:extra' }] };
    expect(publicationRecords(added, [], options)._tag).toBe('Left');
    expect(publicationRecords(plan, [], { ...options, triggered: [] })._tag).toBe('Left');
  });

  it('requires the announced seed and the registered triggered tasks', () => {
    const { seed: _s, ...noSeed } = options;
    const { triggered: _t, ...noTriggered } = options;
    const missing = [[noSeed, '$.options.seed'], [noTriggered, '$.options.triggered']] as const;
    for (const [given, at] of missing) {
      const refused = publicationRecords(plan, [], given as never);
      expect(refused._tag === 'Left' && refused.left.issues.map((i) => `${i.at} ${i.code} ${'received' in i ? i.received : ''}`)).toEqual([`${at} schema/invalid_type undefined`]);
    }
  });

  it('refuses a directory whose enterprise name differs, naming the names digest; publishes the digest it checked (R4)', () => {
    const t = plan.tasks[0]!;
    const forged = { ...input, enterprises: input.enterprises.map((e) => (e.uscc === t.enterprise ? { ...e, name: '某某冒名公司' } : e)) };
    const refused = publicationRecords(plan, [], { ...options, input: forged });
    expect(refused._tag === 'Left' && refused.left.issues.map((i) => `${i.at} ${i.code}`)).toEqual(['$.plan.record.namesDigest publication/plan-differs']);
    const untouched = input.enterprises.find((e) => !plan.draw.targets.some((x) => x.uscc === e.uscc) && ![...plan.tasks, ...plan.unplannable].some((x) => x.enterprise === e.uscc))!;
    const elsewhere = { ...input, enterprises: input.enterprises.map((e) => (e.uscc === untouched.uscc ? { ...e, name: '未公示的企业' } : e)) };
    expect(publicationRecords(plan, [], { ...options, input: elsewhere })._tag).toBe('Right');
    expect(rightOf(publicationRecords(plan, [], options)).namesDigest).toBe(plan.record.namesDigest);
  });

  it('refuses a result listing a department that was not on the task', () => {
    const t = plan.tasks.find((x) => x.departments.length === 1 && x.mode.advanceNotice)!;
    const stranger = input.departments.find((d) => !t.departments.includes(d.id))!.id;
    const result: InspectionResult = {
      enterprise: t.enterprise, date: t.date, reason: 'random', lead: t.lead, departments: [...t.departments, stranger],
      findings: t.items.map((item: ItemId) => ({ item, outcome: 'compliant' as const })), contact: 'operating', majorHazard: false, labResults: [],
    };
    const refused = publicationRecords(plan, [result], options);
    expect(refused._tag === 'Left' && refused.left.issues.map((i) => `${i.at} ${i.code}`)).toEqual(['$.results[0].departments[1] publication/task-mismatch']);
  });
});

describe('result categories of the publicity system (R23, R21, R22, N9)', () => {
  const t = plan.tasks.find((x) => x.mode.advanceNotice && x.reasons.includes('random') && !x.reasons.some((r) => r !== 'random'))!;
  const base: InspectionResult = {
    enterprise: t.enterprise, date: t.date, reason: 'random', lead: t.lead, departments: t.departments,
    findings: t.items.map((item) => ({ item, outcome: 'compliant' as const })), contact: 'operating', majorHazard: false, labResults: [],
  };
  const violation = (severity: 'minor-first' | 'general' | 'serious') => ({ ...base, findings: [{ item: t.items[0]!, outcome: 'violation' as const, severity, spread: 'single' as const }, ...base.findings.slice(1)] });
  const wordingOf = (result: InspectionResult): string | null | undefined => publishedOf([result]).find((r) => r.task === t.id)?.wording;
  const refusedAt = (result: InspectionResult): string[] => {
    const r = publicationRecords(plan, [result], options);
    return r._tag === 'Left' ? r.left.issues.map((i) => `${i.at} ${i.code}`) : [];
  };

  it('publishes each of the nine categories where the result supports it', () => {
    expect(wordingOf(base)).toBe('未发现问题');
    expect(wordingOf(violation('general'))).toBe('发现问题待后续处理');
    expect(wordingOf({ ...violation('minor-first'), publicity: 'problem-corrected' })).toBe('发现问题已责令改正');
    expect(wordingOf({ ...violation('general'), publicity: 'not-disclosed' })).toBe('未按规定公示应当公示的信息');
    expect(wordingOf({ ...violation('general'), publicity: 'false-disclosure' })).toBe('公示信息隐瞒真实情况弄虚作假');
    expect(wordingOf({ ...base, findings: [], contact: 'unreachable' })).toBe('通过登记的住所（经营场所）无法联系');
    expect(wordingOf({ ...base, contact: 'not-operating' })).toBe('未发现开展本次抽查涉及的经营活动');
    expect(wordingOf({ ...base, findings: [], publicity: 'refused' })).toBe('不予配合情节严重');
    expect(wordingOf({ ...base, findings: [], contact: 'not-operating', publicity: 'deregistered' })).toBe('已注销或被吊销营业执照');
  });

  it('refuses a category the result contradicts', () => {
    const mismatch = ['$.results[0].publicity result/publicity-mismatch'];
    expect(refusedAt({ ...violation('general'), publicity: 'no-problem' })).toEqual(mismatch);
    expect(refusedAt({ ...base, publicity: 'problem-follow-up' })).toEqual(mismatch);
    expect(refusedAt({ ...base, publicity: 'problem-corrected' })).toEqual(mismatch);
    expect(refusedAt({ ...violation('serious'), publicity: 'problem-corrected' })).toEqual(mismatch);
    expect(refusedAt({ ...violation('minor-first'), majorHazard: true, publicity: 'problem-corrected' })).toEqual(mismatch);
    expect(refusedAt({ ...base, publicity: 'not-disclosed' })).toEqual(mismatch);
    expect(refusedAt({ ...base, publicity: 'refused' })).toEqual(mismatch);
    expect(refusedAt({ ...base, findings: [], contact: 'unreachable', publicity: 'refused' })).toEqual(mismatch);
    expect(refusedAt({ ...base, publicity: 'unreachable' })).toEqual(mismatch);
    expect(refusedAt({ ...base, findings: [] })).toEqual(['$.results[0].findings result/no-findings']);
    // An outside review's cases: lab results of a visit that inspected nothing; a deregistered enterprise operating.
    expect(refusedAt({ ...base, findings: [], labResults: [{ item: t.items[0]!, summary: 'x' }], publicity: 'refused' })).toEqual(mismatch);
    expect(refusedAt({ ...base, findings: [], publicity: 'deregistered' })).toEqual(mismatch);
  });

  it('a major hazard is published as a problem even where nobody could be reached', () => {
    expect(wordingOf({ ...base, findings: [], contact: 'unreachable', majorHazard: true })).toBe('发现问题待后续处理');
  });

  it('escalate lists a false disclosure in the abnormal-operation directory (N9), and accepts a refusal without findings', () => {
    const items = input.items.filter((i) => t.items.includes(i.id));
    const listed = rightOf(escalate({ ...violation('general'), publicity: 'false-disclosure' }, { creditClass: 'B', items }));
    expect(listed.filter((a) => a.kind === 'abnormal-operation-listing').map((a) => a.rule)).toEqual(['N9']);
    const refused = rightOf(escalate({ ...base, findings: [], publicity: 'refused' }, { creditClass: 'B', items }));
    expect(refused.map((a) => a.kind)).toEqual(['credit-record', 'publish']);
  });
});

describe('public codes on the notice (R3)', () => {
  const coded: PlanningInput = { ...input, policy: { ...input.policy, publicIdentity: 'codes' } };
  const codedPlan = rightOf(planPeriod(coded, { seed: SEED, secret: SECRET, draws, triggered }));
  const publication = rightOf(publicationRecords(codedPlan, [], { ...options, input: coded }));
  const codes = rightOf(publicCodes(coded, { seed: '2024 名录代码 8 1 5' }));
  const issuer = { authority: '重庆市永川区市场监督管理局', published: '2024-04-08' };

  it('under `codes`, neither the page nor the CSV shows a USCC or a name of an enterprise it lists, only their codes', () => {
    const notice = noticeOf({ plan: codedPlan, publication, input: coded, issuer, codes });
    const html = noticeHtml(notice);
    const csv = noticeCsv(notice);
    const listed = new Set<string>([...codedPlan.draw.targets.map((t) => t.uscc), ...codedPlan.tasks.map((t) => t.enterprise)]);
    expect(listed.size).toBeGreaterThan(20);
    const codeOf = new Map(codes.enterprises.map((e) => [e.uscc, e.code]));
    const nameOf = new Map(coded.enterprises.map((e) => [e.uscc as string, e.name]));
    for (const uscc of listed) {
      expect(html).not.toContain(uscc);
      expect(csv).not.toContain(uscc);
      expect(html).not.toContain(nameOf.get(uscc));
      expect(html).toContain(codeOf.get(uscc));
    }
    expect(csv.slice(1).startsWith('企业公示代码,牵头部门')).toBe(true);
  });

  it('under `both`, shows the code beside the USCC and the name', () => {
    const both: PlanningInput = { ...input, policy: { ...input.policy, publicIdentity: 'both' } };
    const notice = noticeOf({ plan: rightOf(planPeriod(both, { seed: SEED, secret: SECRET, draws, triggered })), publication: rightOf(publicationRecords(rightOf(planPeriod(both, { seed: SEED, secret: SECRET, draws, triggered })), [], { ...options, input: both })), input: both, issuer, codes });
    const t = notice.tasks[0]!;
    expect([t.code, t.uscc, t.name].every((x) => x !== null && x !== '')).toBe(true);
    expect(noticeHtml(notice)).toContain(t.code!);
  });
});
