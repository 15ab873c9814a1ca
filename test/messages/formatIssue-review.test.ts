/**
 * The outside review of formatIssue (#14): texts that match what each code means where it is
 * produced, places in the operator's words, citations in Chinese, the identifying fields of
 * unplannable tasks, skipped inspectors and actions, and no value left without a sentence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSheet, formatIssue, inspectionMode, parsePlanningInput, planPeriod, RULES, yongchuanPolicy, type Action, type InputError, type InputIssue } from '../../src/index.js';
import { articleZh, citationZh, numeralZh } from '../../src/messages/citations.js';
import { ISSUE_TEXTS } from '../../src/messages/issueTexts.js';
import { placeZh } from '../../src/messages/places.js';
import { QUOTED_CODES, quotedValues } from '../../src/messages/quoted.js';
import { generateDirectory } from '../../src/testing/index.js';
import { minimalInput } from '../fixtures.js';

const zh = (item: unknown): string => formatIssue(item as never, { locale: 'zh-CN' });
const en = (item: unknown): string => formatIssue(item as never, { locale: 'en' });
const issue = (code: string, path: (string | number)[], message: string, rule: string): InputIssue =>
  ({ code, path, at: `$.${path.join('.')}`, message, rule }) as unknown as InputIssue;

function refused(raw: unknown): readonly InputIssue[] {
  const result = parsePlanningInput(raw);
  if (result._tag === 'Right') throw new Error('expected the input to be refused');
  return result.left.issues;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('policy/team-size follows its rule (N1 or R9)', () => {
  it('a team below two: the law’s two certified officers (N1)', () => {
    const input = minimalInput();
    input.policy.teamSize = 1;
    const found = refused(input).find((i) => i.code === 'policy/team-size');
    expect(found).toMatchObject({ rule: 'N1' });
    expect(zh(found)).toContain('至少由两名持证执法人员');
  });

  it('an escalated team smaller than the minimum team (R9) does not claim the law’s minimum', () => {
    const input = minimalInput();
    input.policy.teamSize = 3;
    input.policy.escalatedTeamSize = 2;
    const found = refused(input).find((i) => i.code === 'policy/team-size');
    expect(found).toMatchObject({ rule: 'R9', path: ['policy', 'escalatedTeamSize'] });
    const text = zh(found);
    expect(text).not.toContain('两名持证执法人员');
    expect(text).toContain('加强检查组人数');
    expect(text).toContain('抽查政策 · 加强检查组人数');
  });
});

describe('each Chinese text says what the code means where it is produced', () => {
  it('sheet/no-item: a visit checks at least one item', () => {
    const text = zh(issue('sheet/no-item', ['task', 'items'], 'a visit checks at least one item', 'R15'));
    expect(text).not.toContain('不在抽查事项清单');
    expect(text).toMatch(/至少.*一个抽查事项/);
    expect(ISSUE_TEXTS['sheet/no-item'].en).toMatch(/at least one item|without items/);
  });

  it('a real check sheet of a task without items', () => {
    const input = generateDirectory({ size: 50, seed: 'sheet', inspectorsPerDepartment: 2 });
    const e = input.enterprises[0]!;
    const d = input.departments[0]!.id;
    const sheet = checkSheet({ id: 'joint:x', enterprise: e.uscc, lead: d, leadBy: 'most-items', departments: [d], items: [], tasks: [], reasons: ['random'] } as never, input);
    if (sheet._tag === 'Right') throw new Error('refused');
    const noItem = sheet.left.issues.find((i) => i.code === 'sheet/no-item');
    expect(noItem).toBeDefined();
    expect(zh(noItem)).toContain('检查任务 · 抽查事项：');
  });

  it('the lead of a check sheet’s task is first of its departments, not a member of a joint list', () => {
    const text = zh(issue('joint-list/lead-not-member', ['task', 'lead'], 'the lead "tax" is the first of the task\'s departments (R16)', 'R16'));
    expect(text).toContain('第一位');
    expect(text).not.toContain('联合抽查清单');
    expect(zh(issue('joint-list/lead-not-member', ['jointLists', 0, 'lead'], 'lead department "tax" is not among the list\'s departments', 'R16'))).toContain('联合抽查事项清单');
  });

  it('a finding of an item the task does not have is not an unknown item of the list', () => {
    const text = zh(issue('reference/item', ['findings', 0, 'item'], 'item "x" is not an item of the inspected task', 'R17'));
    expect(text).toContain('不属于本次检查任务');
    expect(text).toContain('（“x”）');
  });

  it('a stratum that lists an enterprise twice is not the directory', () => {
    expect(zh(issue('duplicate/uscc', ['codes', 1], '"91350100M000100Y43" is already listed at $.codes[0]; a stratum lists each enterprise once', 'R2'))).not.toContain('检查对象名录库中');
  });

  it('shard counts and quotas that are malformed, an unreachable enterprise, a result without findings', () => {
    expect(zh(issue('split/counts', ['counts', 0, 'strata', 1], 'stratum "a" is listed twice', 'R27'))).not.toContain('名额不一致');
    expect(zh(issue('split/quotas', ['quotas', 'strata', 1], 'strata are listed once each, sorted by key', 'R27'))).not.toContain('与计数不一致');
    expect(zh(issue('result/no-findings', ['findings'], 'an inspection of an operating enterprise records a finding for each item checked, at least one', 'R21'))).toContain('正常经营');
    expect(zh(issue('result/unreachable-with-findings', ['findings'], 'unreachable', 'R22'))).toContain('无法联系');
    expect(zh(issue('escalation/no-recipients', ['context', 'notify'], 'inspected alone', 'R21'))).toContain('通报');
  });
});

describe('places in the operator’s words', () => {
  it('enterprise is 企业: the argument of inspectionMode, and a history row’s enterprise', () => {
    expect(zh(issue('schema/invalid_value', ['enterprise', 'creditClass'], 'x', 'N5'))).toMatch(/^企业 · 信用等级：/);
    expect(placeZh(['history', 0, 'enterprise'])).toBe('检查记录第 1 条 · 企业');
  });

  it('an issue of inspectionMode’s enterprise renders as 企业 · 信用等级', () => {
    const [row] = generateDirectory({ size: 1, seed: 'mode' }).enterprises;
    const result = inspectionMode({ ...row!, creditClass: 'E' } as never, yongchuanPolicy);
    if (result._tag === 'Right') throw new Error('refused');
    expect(zh(result.left.issues[0])).toMatch(/^企业 · 信用等级：/);
  });

  it('the keys of the functions’ arguments have Chinese names', () => {
    const keys = ['query', 'rule', 'enabled', 'exceptions', 'field', 'fields', 'k', 'n', 'from', 'to', 'target', 'counts', 'codes', 'maxIssues', 'members',
      'quotas', 'notify', 'item', 'items', 'rows', 'labResults', 'date', 'lead', 'departments', 'reasons', 'mode', 'onProgress', 'limit', 'fallback',
      'inputDigest', 'strata', 'candidates', 'fullCoverage', 'id', 'algorithm', 'setup', 'base', 'eligible', 'alreadyDrawn', 'population', 'quota',
      'regular', 'ticket', 'key', 'late', 'contact', 'severity', 'spread', 'flexibleLists', 'noPenalty', 'reduced', 'lighter', 'off', 'workdays',
      'targets', 'placements', 'status', 'draw', 'line', 'perYear', 'excludeIndustries', 'unrated', 'yellow', 'windows', 'library'];
    for (const key of keys) expect(placeZh([key]), key).toMatch(/[\u4e00-\u9fff]/);
  });

  it('every literal key of an issue path in src/ has a Chinese name', () => {
    const call = /(?:issueAt|typeIssue|countIssue|disagree|report|issue|warn)\((?:'[^']*', )?\[([^\]]*)\]|path: \[([^\]]*)\]|(?:schemaIssues|shapeIssues)\([^)]*?, \[([^\]]*)\]/g;
    const keys = new Set<string>();
    for (const file of sourceFiles('src')) {
      for (const m of readFileSync(file, 'utf8').matchAll(call)) {
        for (const [, key] of (m[1] ?? m[2] ?? m[3] ?? '').matchAll(/'([A-Za-z]+)'/g)) keys.add(key as string);
      }
    }
    expect(keys.size).toBeGreaterThan(30);
    expect([...keys].filter((key) => !/[\u4e00-\u9fff]/.test(placeZh([key])))).toEqual([]);
  });

  it('an index after an unknown key reads naturally; a calendar year is a year', () => {
    expect(placeZh(['codes', 0])).toBe('统一社会信用代码列表第 1 条');
    expect(placeZh(['somethingNew', 2])).toBe('somethingNew 第 3 条');
    expect(placeZh(['policy', 'ratios', 'B'])).toBe('抽查政策 · 抽查比例 · B 类');
    expect(placeZh(['options', 'calendar', 'calendar', '2025', 'off', 0])).toBe('选项 · 节假日安排 · 节假日安排 · 2025 年 · 放假日期第 1 条');
  });
});

describe('citations in Chinese', () => {
  it('numerals and articles', () => {
    expect([1, 6, 10, 14, 20, 42, 85, 100, 101, 110, 1000, 1024].map(numeralZh)).toEqual(['一', '六', '十', '十四', '二十', '四十二', '八十五', '一百', '一百零一', '一百一十', '一千', '一千零二十四']);
    expect(articleZh('art. 42')).toBe('第四十二条');
    expect(articleZh('arts. 6, 14')).toBe('第六条、第十四条');
    expect(articleZh('arts. 6 and 14')).toBe('第六条、第十四条');
  });

  it('the documents of the rules: titles kept, articles in Chinese, no English left', () => {
    expect(citationZh('行政处罚法 (2021) art. 42')).toBe('行政处罚法（2021 年）第四十二条');
    expect(citationZh('企业信息公示暂行条例 (2024) art. 6, art. 14')).toBe('企业信息公示暂行条例（2024 年）第六条、第十四条');
    expect(citationZh('錫政辦發〔2024〕24號 §二(二), §二(三)')).toBe('錫政辦發〔2024〕24號 §二(二)、§二(三)');
    expect(citationZh('行政处罚法 (2021) art. 85; 国务院办公厅节假日安排通知')).toBe('行政处罚法（2021 年）第八十五条；国务院办公厅节假日安排通知');
    for (const [id, rule] of Object.entries(RULES)) expect(citationZh(rule.source), id).not.toMatch(/\barts?\.|; /);
  });

  it('formatIssue cites the article in Chinese', () => {
    const text = zh(issue('policy/team-size', ['policy', 'teamSize'], 'x', 'N1'));
    expect(text).toContain('〔依据 N1：行政处罚法（2021 年）第四十二条〕');
    expect(text).not.toContain('art.');
  });
});

describe('the identifying fields', () => {
  const thin = generateDirectory({ size: 400, seed: 'messages', inspectorsPerDepartment: 1 });
  const planned = planPeriod(thin, { seed: 'messages' });
  if (planned._tag === 'Left') throw new Error('plan');
  const task = planned.right.unplannable.find((t) => t.problem.reason !== 'no-working-day')!;

  it('an unplannable task names the task, the enterprise, the department and the kind', () => {
    const problem = task.problem as typeof task.problem & { department: string; kind?: string };
    for (const text of [zh(problem), en(problem)]) {
      expect(text).toContain(problem.task);
      expect(text).toContain(problem.enterprise);
      expect(text).toContain(problem.department);
      if (problem.kind !== undefined) expect(text).toContain(problem.kind);
    }
    expect(zh(problem)).toMatch(/^检查任务 /);
    expect(zh({ task: 't1', enterprise: '91350100M000100Y43', reason: 'no-qualified-inspector', rule: 'R19', department: 'samr', kind: 'food', message: 'm' }))
      .toBe('检查任务 t1（企业 91350100M000100Y43，部门 samr，事项类别 food）：没有具备相应检查资格的持证执法人员〔依据 R19：永川市监函〔2024〕48号 §一(三)；沈政发〔2017〕59号 §三(十)〕');
  });

  it('an unplannable task of the plan renders through its problem', () => {
    for (const text of [zh(task), en(task)]) {
      expect(text).toContain(task.id);
      expect(text).not.toMatch(/不是本库给出的|not an issue/);
    }
    expect(zh(task)).toBe(zh(task.problem));
  });

  it('a skipped inspector names the inspector and the department', () => {
    const skipped = { inspector: 'insp-7', department: 'samr', draw: 3, reason: 'recused', rule: 'N2' };
    for (const text of [zh(skipped), en(skipped)]) {
      expect(text).toContain('insp-7');
      expect(text).toContain('samr');
    }
    expect(zh(skipped)).toMatch(/^执法检查人员 insp-7（部门 samr，随机顺序第 3 位）：与检查对象有利害关系，回避/);
  });

  it('an action names its department, items, recipients, due date and working days', () => {
    const publish: Action = { kind: 'publish', rule: 'N4', department: 'samr' as never, due: '2024-10-28' as never, workingDays: 20, description: 'published' };
    expect(zh(publish)).toContain('承办部门 samr');
    expect(zh(publish)).toContain('2024-10-28');
    expect(zh(publish)).toContain('20 个工作日');
    expect(en(publish)).toContain('2024-10-28');
    expect(en(publish)).toContain('20 working days');
    const notify: Action = { kind: 'adopt-lab-results', rule: 'R17', department: 'samr' as never, recipients: ['health', 'agri'] as never, items: ['samr/food', 'health/water'], description: 'adopted' };
    expect(zh(notify)).toContain('health、agri');
    expect(zh(notify)).toContain('samr/food、health/water');
    expect(en(notify)).toContain('health, agri');
    expect(en(notify)).toContain('samr/food, health/water');
    const flexible: Action = { kind: 'flexible-enforcement', rule: 'R21', department: 'samr' as never, items: ['samr/food'], mode: 'reduced', description: 'covered by the reduced list' };
    expect(zh(flexible)).toContain('减罚');
  });
});

describe('the values quoted in the English message reach the Chinese text', () => {
  it('quotedValues', () => {
    expect(quotedValues('unknown department "tax"')).toEqual(['tax']);
    expect(quotedValues('item "a" belongs to department "b", which is not on this joint list')).toEqual(['a', 'b']);
    expect(quotedValues('no quotes')).toEqual([]);
    expect(quotedValues('"x" is already used at $.items[0].id; "x" again')).toEqual(['x']);
  });

  it('reference and duplicate issues show them', () => {
    expect(zh(issue('reference/department', ['draws', 0, 'departments', 1], 'unknown department "tax"', 'N7'))).toContain('引用的部门不在部门名单中（“tax”）');
    const input = minimalInput();
    input.departments.push({ ...input.departments[0] });
    const dup = refused(input).find((i) => i.code === 'duplicate/department')!;
    expect(zh(dup)).toContain(`（“${input.departments[0].id as string}”）`);
  });

  it('only for codes whose messages quote the offending value', () => {
    expect(QUOTED_CODES.has('reference/department')).toBe(true);
    expect(QUOTED_CODES.has('date/invalid')).toBe(false);
    expect(zh(issue('date/invalid', ['period', 'start'], 'expected a calendar date "YYYY-MM-DD" that exists, got "x"', 'R25'))).not.toContain('“YYYY-MM-DD”');
  });
});

describe('nothing renders empty', () => {
  it('an input error without issues is a sentence', () => {
    const error = { code: 'invalid-input', issues: [] } as unknown as InputError;
    expect(zh(error)).toMatch(/[\u4e00-\u9fff]/);
    expect(en(error).length).toBeGreaterThan(10);
  });
});

describe('docs/validation.md lists every code', () => {
  const doc = readFileSync('docs/validation.md', 'utf8');
  const rows = doc.split('\n').filter((line) => line.startsWith('| `'));

  it('every check code has a row', () => {
    const codes = Object.keys(ISSUE_TEXTS).filter((code) => !code.startsWith('schema/') || code === 'schema/misspelt-key');
    expect(codes.filter((code) => !rows.some((row) => row.split('|')[1]!.includes(`\`${code}\``)))).toEqual([]);
  });

  it('policy/team-size has one row, with both rules', () => {
    const teamSize = rows.filter((row) => row.split('|')[1]!.includes('`policy/team-size`'));
    expect(teamSize).toHaveLength(1);
    expect(teamSize[0]).toMatch(/N1, R9 \|$/);
  });
});

describe('odd values still render', () => {
  it('an unplannable task whose problem has no task id is named by its id; a problem that contains itself does not loop', () => {
    expect(zh({ id: 'joint:1', problem: { reason: 'no-working-day', rule: 'N3', message: 'm' } })).toMatch(/^检查任务 joint:1：检查时间段内没有工作日/);
    const looped: Record<string, unknown> = { reason: 'all-recused', rule: 'N2', task: 't' };
    looped['problem'] = looped;
    expect(zh({ id: 'x', problem: looped })).toContain('检查任务 t');
    expect(zh({ reason: 'all-recused', rule: 'N2' })).toBe('具备资格的执法人员均需回避〔依据 N2：行政处罚法（2021 年）第四十三条〕');
    expect(en({ reason: 'all-recused', rule: 'N2' })).toBe('every qualified inspector is recused [N2: Recusal on conflict of interest]');
  });
});
