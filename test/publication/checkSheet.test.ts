/**
 * The comprehensive check sheet (综合检查单; Minhang 003 §三(二), §三(三)1): one sheet per joint
 * visit merging every department's checks — inspection content, supervision items, the result to
 * fill in, the possible measures — and a filled sheet that converts to the InspectionResult that
 * escalate takes, so the visit's record and its escalation cannot disagree (R15, R17, R21).
 */
import { describe, expect, it } from 'vitest';
import { checkSheet, escalate, planPeriod, sheetResult, type DepartmentId, type Plan, type PlanningInput } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';

const input: PlanningInput = generateDirectory({ size: 2_000, seed: 'check-sheet', year: 2024, batch: 2, inspectorsPerDepartment: 6 });
const planned = planPeriod(input, { seed: 'sheet-2024-Q2' });
if (planned._tag === 'Left') throw new Error(JSON.stringify(planned.left.issues));
const plan: Plan = planned.right;
const joint = plan.tasks.find((t) => t.departments.length >= 2 && t.items.length >= 2)!;

describe('checkSheet (003 §三(三)1)', () => {
  it('merges every department\'s checks of a joint visit on one sheet: content, supervision item, result to fill, measures', () => {
    expect(joint).toBeDefined();
    const sheet = checkSheet(joint, input);
    if (sheet._tag === 'Left') throw new Error(JSON.stringify(sheet.left.issues));
    const e = input.enterprises.find((x) => x.uscc === joint.enterprise)!;
    expect(sheet.right).toMatchObject({ task: joint.id, enterprise: e.uscc, name: e.name, date: joint.date, lead: joint.lead, departments: joint.departments, mode: joint.mode.mode });
    expect(sheet.right.rows.map((r) => r.item)).toEqual(joint.items);
    for (const row of sheet.right.rows) {
      const item = input.items.find((i) => i.id === row.item)!;
      expect(row).toMatchObject({ department: item.department, content: item.name, supervisionItem: item.kind, importance: item.importance, result: null });
      expect(row.measures.map((m) => m.kind)).toEqual(['penalty-procedure', 'flexible-enforcement', 'report-to-government']);
      for (const m of row.measures) expect(m.text.length).toBeGreaterThan(0);
    }
    expect(new Set(sheet.right.rows.map((r) => r.department)).size).toBe(joint.departments.length);
  });

  it('converts a filled sheet into the result escalate takes, so the record and its escalation agree (R21)', () => {
    const sheet = checkSheet(joint, input);
    if (sheet._tag === 'Left') throw new Error('sheet');
    const [first, ...others] = sheet.right.rows;
    const filled = {
      contact: 'operating' as const,
      rows: [{ item: first!.item, outcome: 'violation' as const, severity: 'general' as const }, ...others.map((r) => ({ item: r.item, outcome: 'compliant' as const }))],
    };
    const result = sheetResult(sheet.right, filled);
    if (result._tag === 'Left') throw new Error(JSON.stringify(result.left.issues));
    expect(result.right).toEqual({
      enterprise: joint.enterprise, date: joint.date, reason: 'random', lead: joint.lead, departments: joint.departments,
      findings: [{ item: first!.item, outcome: 'violation', severity: 'general', spread: 'single' }, ...others.map((r) => ({ item: r.item, outcome: 'compliant' }))],
      contact: 'operating', majorHazard: false, labResults: [],
    });
    const items = input.items.filter((i) => joint.items.includes(i.id));
    const actions = escalate(result.right, { creditClass: input.enterprises.find((x) => x.uscc === joint.enterprise)!.creditClass, items });
    expect(actions._tag === 'Right' && actions.right.map((a) => a.kind)).toContain('penalty-procedure');
  });

  it('refuses a sheet filled in part, twice, with an item not on it, or with findings for an unreachable enterprise; an unknown task enterprise', () => {
    const sheet = checkSheet(joint, input);
    if (sheet._tag === 'Left') throw new Error('sheet');
    const rows = sheet.right.rows.map((r) => ({ item: r.item, outcome: 'compliant' as const }));
    const at = (filled: object): string[] => {
      const r = sheetResult(sheet.right, filled as never);
      return r._tag === 'Left' ? r.left.issues.map((i) => i.at) : [];
    };
    expect(at({ contact: 'operating', rows: rows.slice(1) })).toEqual(['$.filled.rows']);
    expect(at({ contact: 'operating', rows: [...rows, rows[0]] })).toEqual([`$.filled.rows[${rows.length}].item`]);
    expect(at({ contact: 'operating', rows: [...rows, { item: 'nobody/nothing', outcome: 'compliant' }] })).toEqual([`$.filled.rows[${rows.length}].item`]);
    expect(at({ contact: 'unreachable', rows })).toEqual(['$.filled.rows']);
    expect(at({ contact: 'unreachable', rows: [] })).toEqual([]);
    expect(at({ contact: 'operating', rows, date: '2024/05/01' })).toEqual(['$.filled.date']);
    expect(at({ contact: 'operating', rows, extra: 1 })).toEqual(['$.filled.extra']);
    const stranger = checkSheet({ ...joint, enterprise: '91350100M000100Y43' as typeof joint.enterprise }, input);
    expect(stranger._tag === 'Left' && stranger.left.issues.map((i) => i.at)).toEqual(['$.task.enterprise']);
    const unknownItem = checkSheet({ ...joint, items: [...joint.items, 'ghost/item' as (typeof joint.items)[number]] }, input);
    expect(unknownItem._tag === 'Left' && unknownItem.left.issues.map((i) => i.at)).toEqual([`$.task.items[${joint.items.length}]`]);
  });

  it('takes the trigger as the reason when the visit merges one (R24: it is filed within 5 working days)', () => {
    const target = plan.tasks.find((t) => t.departments.includes('samr' as DepartmentId))!;
    const sheet = checkSheet({ ...target, reasons: ['complaint', 'random'] }, input);
    if (sheet._tag === 'Left') throw new Error('sheet');
    const result = sheetResult(sheet.right, { contact: 'operating', rows: sheet.right.rows.map((r) => ({ item: r.item, outcome: 'compliant' as const })) });
    expect(result._tag === 'Right' && result.right.reason).toBe('complaint');
  });

  describe('an outside review of the documents', () => {
    const sheet = checkSheet(joint, input);
    if (sheet._tag === 'Left') throw new Error('sheet');
    const compliant = sheet.right.rows.map((r) => ({ item: r.item, outcome: 'compliant' as const }));
    const at = (filled: object): string[] => {
      const r = sheetResult(sheet.right, filled as never);
      return r._tag === 'Left' ? r.left.issues.map((i) => i.at) : [];
    };

    it('refuses lab results for items not on the sheet, which escalate would refuse (R17)', () => {
      expect(at({ contact: 'operating', rows: compliant, labResults: [{ item: 'zzz', summary: 'x' }] })).toEqual(['$.filled.labResults[0].item']);
    });

    it('lets a not-operating enterprise be recorded with no findings, as escalation allows (R22), or with every row', () => {
      expect(at({ contact: 'not-operating', rows: [] })).toEqual([]);
      expect(at({ contact: 'not-operating', rows: compliant })).toEqual([]);
      expect(at({ contact: 'not-operating', rows: compliant.slice(1) })).toEqual(['$.filled.rows']);
    });

    it('refuses a task whose lead is not its first department, with no item or an item twice, or an unknown reason', () => {
      const codes = (task: object): string[] => {
        const r = checkSheet(task as never, input);
        return r._tag === 'Left' ? r.left.issues.map((i) => i.at) : [];
      };
      expect(codes({ ...joint, lead: joint.departments[1] })).toEqual(['$.task.lead']);
      expect(codes({ ...joint, items: [] })).toEqual(['$.task.items']);
      expect(codes({ ...joint, items: [joint.items[0], ...joint.items] })).toEqual(['$.task.items[1]']);
      expect(codes({ ...joint, reasons: ['gossip'] })).toEqual(['$.task.reasons[0]']);
    });

    it('keeps the mode of an unplannable task', () => {
      const { date: _date, team: _team, skipped: _skipped, ...unplannable } = joint;
      const result = checkSheet({ ...unplannable, problem: { reason: 'too-few-inspectors', rule: 'N1', message: 'x' } } as never, input);
      expect(result._tag === 'Right' && [result.right.mode, result.right.date]).toEqual([joint.mode.mode, null]);
    });
  });
});
