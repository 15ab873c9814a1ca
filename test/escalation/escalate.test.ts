import { describe, expect, it } from 'vitest';
import { escalate, type Action, type ActionKind, type DepartmentId, type EscalationContext, type InspectionItem } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';

const input = generateDirectory({ size: 20, seed: 'escalation' });
const item = (id: string): InspectionItem => {
  const found = input.items.find((i) => i.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};
const food = item('samr/food-safety');
const registration = item('samr/registration');
const hygiene = item('health/public-hygiene');
const context: EscalationContext = { creditClass: 'B', items: [food, registration, hygiene] };
const base = {
  enterprise: input.enterprises[0]?.uscc,
  date: '2024-09-27',
  reason: 'random',
  lead: 'samr',
  departments: ['samr', 'health'],
  contact: 'operating',
  findings: [{ item: food.id, outcome: 'compliant' }, { item: hygiene.id, outcome: 'compliant' }],
};

function actions(result: object, ctx: EscalationContext = context): readonly Action[] {
  const out = escalate({ ...base, ...result }, ctx);
  if (out._tag === 'Left') throw new Error(JSON.stringify(out.left.issues));
  return out.right;
}
const kinds = (list: readonly Action[]): ActionKind[] => list.map((a) => a.kind);
const find = (list: readonly Action[], kind: ActionKind): Action | undefined => list.find((a) => a.kind === kind);

describe('escalate: every action kind, with its rule', () => {
  it('nothing found → archive (R21), credit record (R23), publication within 20 working days (N4)', () => {
    const list = actions({});
    expect(kinds(list)).toEqual(['archive', 'credit-record', 'publish']);
    expect(find(list, 'archive')?.rule).toBe('R21');
    expect(find(list, 'credit-record')?.rule).toBe('R23');
    // 20 working days after Fri 27 Sep 2024: Sun 29 Sep and Sat 12 Oct are worked, 1–7 Oct are off.
    expect(find(list, 'publish')).toMatchObject({ rule: 'N4', due: '2024-10-30', workingDays: 20 });
  });

  it('violations → penalty procedure per department (R21)', () => {
    const list = actions({ findings: [{ item: food.id, outcome: 'violation', severity: 'general' }, { item: hygiene.id, outcome: 'violation', severity: 'serious' }] });
    expect(list.filter((a) => a.kind === 'penalty-procedure')).toEqual([
      expect.objectContaining({ rule: 'R21', department: 'samr', items: [food.id] }),
      expect.objectContaining({ rule: 'R21', department: 'health', items: [hygiene.id] }),
    ]);
    expect(kinds(list)).not.toContain('archive');
  });

  it('flexible enforcement where the three lists cover it: no penalty for a minor first offence, reduced, lighter (R21, 000 §二(七))', () => {
    const flexible: EscalationContext = {
      ...context,
      flexibleLists: { noPenalty: [registration.kind], reduced: [food.id], lighter: [hygiene.id] },
    };
    const list = actions({
      findings: [
        { item: registration.id, outcome: 'violation', severity: 'minor-first' },
        { item: food.id, outcome: 'violation', severity: 'general' },
        { item: hygiene.id, outcome: 'violation', severity: 'general' },
      ],
    }, flexible);
    expect(list.filter((a) => a.kind === 'flexible-enforcement').map((a) => [a.mode, a.items, a.rule])).toEqual([
      ['no-penalty', [registration.id], 'R21'],
      ['reduced', [food.id], 'R21'],
      ['lighter', [hygiene.id], 'R21'],
    ]);
    // The no-penalty list covers minor first offences only, and no list covers a serious violation.
    const notFirst = actions({ findings: [{ item: registration.id, outcome: 'violation', severity: 'general' }] }, flexible);
    expect(kinds(notFirst)).toContain('penalty-procedure');
    const serious = actions({ findings: [{ item: food.id, outcome: 'violation', severity: 'serious' }] }, flexible);
    expect(find(serious, 'penalty-procedure')?.items).toEqual([food.id]);
  });

  it('serious industry-wide or regional violations, or a major hazard → report to government and notify (R21)', () => {
    const industryWide = actions({ findings: [{ item: food.id, outcome: 'violation', severity: 'serious', spread: 'industry-wide' }] });
    expect(find(industryWide, 'report-to-government')).toMatchObject({ rule: 'R21', department: 'samr' });
    expect(find(industryWide, 'notify-departments')).toMatchObject({ rule: 'R21', recipients: ['health'] });
    expect(kinds(actions({ majorHazard: true }))).toContain('report-to-government');
    expect(kinds(actions({ findings: [{ item: food.id, outcome: 'violation', severity: 'serious', spread: 'single' }] }))).not.toContain('report-to-government');
  });

  it('unreachable → abnormal-operation listing (R22, N9); not operating but reachable → support (R22)', () => {
    expect(find(actions({ contact: 'unreachable', findings: [] }), 'abnormal-operation-listing')?.rule).toBe('R22');
    expect(find(actions({ contact: 'not-operating' }), 'support-resumption')?.rule).toBe('R22');
    expect(kinds(actions({ contact: 'not-operating' }))).not.toContain('abnormal-operation-listing');
  });

  it('a visit that found the enterprise unreachable or closed is a result of its own: no invented finding, no archive (R22)', () => {
    expect(kinds(actions({ contact: 'unreachable', findings: [] }))).toEqual(['abnormal-operation-listing', 'credit-record', 'publish']);
    expect(kinds(actions({ contact: 'not-operating', findings: [] }))).toEqual(['support-resumption', 'credit-record', 'publish']);
    // Nothing was inspected, so nothing is referred for rating either.
    expect(kinds(actions({ contact: 'unreachable', findings: [] }, { ...context, creditClass: 'unrated' }))).not.toContain('rating-referral');
  });

  it('notifies the departments the context names when one department alone finds a serious regional violation; never an empty list (R21)', () => {
    const alone = { departments: ['samr'], findings: [{ item: food.id, outcome: 'violation', severity: 'serious', spread: 'regional' }] };
    expect(find(actions(alone, { ...context, notify: ['health', 'commerce', 'samr', 'health'] as DepartmentId[] }), 'notify-departments')).toMatchObject({ rule: 'R21', recipients: ['health', 'commerce'] });
    expect(find(actions({ ...alone, departments: ['samr', 'health'] }, { ...context, notify: ['commerce'] as DepartmentId[] }), 'notify-departments')?.recipients).toEqual(['health', 'commerce']);
    const out = escalate({ ...base, ...alone }, context);
    expect(out._tag === 'Left' && out.left.issues.map((i) => [i.at, i.code, i.rule])).toEqual([['context.notify', 'escalation/no-recipients', 'R21']]);
  });

  it('unrated → rating referral (R9); lab results adopted by every department (R17)', () => {
    expect(find(actions({}, { ...context, creditClass: 'unrated' }), 'rating-referral')?.rule).toBe('R9');
    expect(find(actions({ labResults: [{ item: food.id, summary: 'sample conforms' }] }), 'adopt-lab-results')).toMatchObject({ rule: 'R17', recipients: ['samr', 'health'] });
  });

  it('an inspection outside the random plan → filed with the district bureau within 5 working days (R24)', () => {
    for (const reason of ['complaint', 'referral', 'case-lead', 'campaign']) {
      expect(find(actions({ reason }), 'file-with-district-bureau')).toMatchObject({ rule: 'R24', due: '2024-10-10', workingDays: 5 });
    }
    expect(kinds(actions({ reason: 'random' }))).not.toContain('file-with-district-bureau');
    // Spring Festival 2025: 28 Jan – 4 Feb off, Sat 8 Feb worked.
    expect(find(actions({ reason: 'complaint', date: '2025-01-27' }), 'file-with-district-bureau')?.due).toBe('2025-02-10');
  });
});

describe('escalate: bad results come back as Left with paths', () => {
  const issues = (result: object, ctx: EscalationContext = context) => {
    const out = escalate({ ...base, ...result }, ctx);
    return out._tag === 'Left' ? out.left.issues.map((i) => [i.at, i.code, i.rule]) : [];
  };
  it('an item not in the task, twice the same item, a violation without severity', () => {
    expect(issues({ findings: [{ item: 'fire/fire-safety', outcome: 'compliant' }] })).toEqual([['$.findings[0].item', 'reference/item', 'R17']]);
    expect(issues({ findings: [{ item: food.id, outcome: 'compliant' }, { item: food.id, outcome: 'compliant' }] })).toEqual([['$.findings[1].item', 'duplicate/item', 'R17']]);
    expect(issues({ findings: [{ item: food.id, outcome: 'violation' }] })).toEqual([['$.findings[0].severity', 'schema/invalid_value', 'R21']]);
  });
  it('findings that contradict the contact: none for an operating enterprise, some for an unreachable one (R21, R22)', () => {
    expect(issues({ findings: [] })).toEqual([['$.findings', 'result/no-findings', 'R21']]);
    expect(issues({ contact: 'unreachable' })).toEqual([['$.findings', 'result/unreachable-with-findings', 'R22']]);
  });
  it('a lead outside the departments, a bad code, a year without a calendar', () => {
    expect(issues({ lead: 'fire' })).toEqual([['$.lead', 'joint-list/lead-not-member', 'R16']]);
    expect(issues({ enterprise: '91350100M000100Y44' })).toEqual([['$.enterprise', 'schema/custom', 'N10']]);
    expect(issues({ date: '2027-03-01' })).toEqual([['$.date', 'calendar/unknown-year', 'N3']]);
    expect(escalate({ ...base, date: '2027-03-01' }, { ...context, calendar: { fallback: 'weekends' } })._tag).toBe('Right');
  });

  it('answers a missing, misspelt or malformed context with a Left at its path, never a throw (#14)', () => {
    const [item] = generateDirectory({ size: 5, seed: 'context' }).items;
    const result = { enterprise: '91350100M000100Y43', date: '2024-05-06', reason: 'random', lead: item!.department, departments: [item!.department], contact: 'operating', findings: [{ item: item!.id, outcome: 'compliant' }] };
    const at = (context: unknown): string[] => {
      const r = escalate(result, context as never);
      return r._tag === 'Left' ? r.left.issues.map((i) => i.at) : ['Right'];
    };
    expect(at(undefined)).toEqual(['$.context']);
    expect(at({ creditClass: 'B', items: null })).toEqual(['$.context.items']);
    expect(at({ creditClass: 'Z', items: [item] })).toEqual(['$.context.creditClass']);
    expect(at({ creditClass: 'B', items: [item], flexibleList: {} })).toEqual(['$.context.flexibleList']);
    expect(at({ creditClass: 'B', items: [item], calendar: null })).toEqual(['$.context.calendar']);
    expect(at({ creditClass: 'B', items: [item] })).toEqual(['Right']);
  });
});
