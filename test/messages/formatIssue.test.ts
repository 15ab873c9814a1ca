/**
 * formatIssue renders every issue, warning, outcome, unplannable task, skipped inspector and action
 * in Chinese for the operator and in English (#14): no code without both texts, structured fields
 * in the operator's words, and never a throw.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escalate, formatIssue, parsePlanningInput, planDraw, planPeriod, REASONS, type InputIssue } from '../../src/index.js';
import { ISSUE_TEXTS, WARNING_TEXTS } from '../../src/messages/issueTexts.js';
import { ACTION_TEXTS, REASON_TEXTS, SKIP_TEXTS, UNPLANNABLE_TEXTS } from '../../src/messages/outcomeTexts.js';
import { generateDirectory } from '../../src/testing/index.js';
import { minimalInput } from '../fixtures.js';

const CJK = /[\u4e00-\u9fff]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

function refused(raw: unknown): readonly InputIssue[] {
  const result = parsePlanningInput(raw);
  if (result._tag === 'Right') throw new Error('expected the input to be refused');
  return result.left.issues;
}

describe('every code has a Chinese and an English text', () => {
  const tables = { ISSUE_TEXTS, WARNING_TEXTS, REASON_TEXTS, UNPLANNABLE_TEXTS, SKIP_TEXTS, ACTION_TEXTS };
  for (const [name, table] of Object.entries(tables)) {
    it(name, () => {
      for (const [code, texts] of Object.entries(table)) {
        expect(texts.en.length, code).toBeGreaterThan(3);
        expect(texts['zh-CN'], code).toMatch(CJK);
      }
    });
  }

  it('every issue code the source produces is in the catalogue (a new code without texts fails here)', () => {
    const notCodes = new Set(['double-random/testing', 'samr/food-safety', 'high-risk/road-transport', 'testing/directory', 'testing/enterprises', 'zod/mini', 'zod/locales']);
    const produced = new Set<string>();
    for (const file of sourceFiles('src')) {
      for (const [, code] of readFileSync(file, 'utf8').matchAll(/'([a-z]+(?:-[a-z]+)*\/[a-z_]+(?:-[a-z_]+)*)'/g)) {
        if (!notCodes.has(code as string) && !/^(?:stream|target|staff|draw)\//.test(code as string)) produced.add(code as string);
      }
    }
    const known = new Set([...Object.keys(ISSUE_TEXTS), ...Object.keys(WARNING_TEXTS)]);
    expect([...produced].filter((c) => !known.has(c))).toEqual([]);
    expect(produced.size).toBeGreaterThan(60);
  });

  it('every enterprise reason of REASONS has texts', () => {
    expect(Object.keys(REASON_TEXTS).sort()).toEqual(Object.keys(REASONS).sort());
  });
});

describe('input issues in Chinese, with their structured fields', () => {
  it('a wrong check character: the place, the position, what was found and expected, the rule and its document', () => {
    const input = minimalInput() as any;
    input.history = [];
    input.inspectors[0].conflicts = [];
    input.enterprises[0].uscc = '91350100M000100Y44';
    const [issue] = refused(input);
    const zh = formatIssue(issue as InputIssue, { locale: 'zh-CN' });
    expect(zh).toContain('检查对象名录库第 1 条 · 统一社会信用代码');
    expect(zh).toContain('校验位错误');
    expect(zh).toContain('第 18 位为“4”，应为“3”');
    expect(zh).toContain('依据 N10');
    expect(zh).toContain('$.enterprises[0].uscc');
    expect(formatIssue(issue as InputIssue)).toMatch(/^\$\.enterprises\[0\]\.uscc: position 18/);
  });

  it('a misspelt column: the key and the one it meant', () => {
    const input = minimalInput() as any;
    input.enterprises[0].creditClas = input.enterprises[0].creditClass;
    delete input.enterprises[0].creditClass;
    const [issue] = refused(input);
    expect(issue).toMatchObject({ code: 'schema/misspelt-key', key: 'creditClas', suggestion: 'creditClass' });
    expect(formatIssue(issue as InputIssue, { locale: 'zh-CN' })).toContain('字段名拼写有误：“creditClas”应为“creditClass”');
  });

  it('a percentage written as a whole number, a missing field, a wrong enum value', () => {
    const input = minimalInput() as any;
    input.policy.ratios.B = 4;
    delete input.inspectors[0].certified;
    input.items[0].importance = 'high';
    const zh = refused(input).map((i) => formatIssue(i, { locale: 'zh-CN' }));
    expect(zh).toContainEqual(expect.stringContaining('抽查政策 · 抽查比例 · B 类：数值过大或内容过多：不得大于 1（比例写作 0 到 1 之间的小数，例如 4% 写作 0.04）'));
    expect(zh).toContainEqual(expect.stringContaining('执法检查人员名录库第 1 条 · 执法资格：数据类型不对：缺少此项（应为是/否（布尔值））'));
    expect(zh).toContainEqual(expect.stringContaining('应为 “key”、“general” 之一'));
  });

  it('the structured fields of zod issues are there for a platform to use', () => {
    const input = minimalInput() as any;
    input.policy.ratios.B = 4;
    input.departments[0].level = 7;
    const issues = refused(input);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'schema/too_big', maximum: 1, origin: 'number', inclusive: true }));
    expect(issues).toContainEqual(expect.objectContaining({ code: 'schema/invalid_value', values: ['city', 'district', 'town'] }));
  });

  it('a whole input error: one line per issue', () => {
    const result = parsePlanningInput({ enterprises: 'none' });
    if (result._tag === 'Right') throw new Error('refused');
    const zh = formatIssue(result.left, { locale: 'zh-CN' }).split('\n');
    expect(zh).toHaveLength(result.left.issues.length);
    expect(zh[0]).toMatch(CJK);
  });

  it('one rendering for each code of the catalogue, in both locales, never the fallback', () => {
    for (const code of Object.keys(ISSUE_TEXTS)) {
      const issue = { code, path: ['items', 0, 'id'], at: '$.items[0].id', message: 'detail', rule: 'R1' } as unknown as InputIssue;
      expect(formatIssue(issue, { locale: 'zh-CN' }), code).toContain('抽查事项第 1 条 · 编号：');
      expect(formatIssue(issue, { locale: 'en' }), code).toBe('$.items[0].id: detail [R1: Scope of random inspection]');
    }
  });
});

describe('outcomes, unplannable tasks, skipped inspectors and actions', () => {
  const input = generateDirectory({ size: 400, seed: 'messages', inspectorsPerDepartment: 2 });
  const thin = generateDirectory({ size: 400, seed: 'messages', inspectorsPerDepartment: 1 });
  const planned = planPeriod(thin, { seed: 'messages' });
  if (planned._tag === 'Left') throw new Error('plan');
  const draw = planDraw(input, { seed: 'messages' });
  if (draw._tag === 'Left') throw new Error('draw');

  it('every outcome of a draw renders in Chinese', () => {
    const outcomes = input.enterprises.map((e) => draw.right.outcomeOf(e.uscc)!);
    for (const outcome of outcomes) expect(formatIssue(outcome, { locale: 'zh-CN' })).toMatch(CJK);
    expect(formatIssue({ status: 'drawn', reason: 'drawn', rule: 'R27' }, { locale: 'zh-CN' })).toContain('随机抽中');
  });

  it('unplannable tasks and skipped inspectors', () => {
    const unplannable = planned.right.unplannable.map((u) => u.problem);
    expect(unplannable.length).toBeGreaterThan(0);
    for (const problem of unplannable) expect(formatIssue(problem, { locale: 'zh-CN' })).toMatch(CJK);
    expect(formatIssue({ inspector: 'x', department: 'samr', draw: 1, reason: 'recused', rule: 'N2' } as never, { locale: 'zh-CN' })).toContain('回避');
  });

  it('the actions of an escalated result', () => {
    const food = input.items[0]!;
    const actions = escalate(
      {
        enterprise: input.enterprises[0]!.uscc, date: '2024-09-27', reason: 'complaint', lead: food.department, departments: [food.department],
        contact: 'operating', findings: [{ item: food.id, outcome: 'violation', severity: 'general', spread: 'single' }],
      },
      { creditClass: 'unrated', items: input.items },
    );
    if (actions._tag === 'Left') throw new Error(JSON.stringify(actions.left));
    const zh = actions.right.map((a) => formatIssue(a, { locale: 'zh-CN' }));
    expect(formatIssue(actions.right[0]!)).toMatch(/^administrative penalty by legal procedure: /);
    expect(zh.join('\n')).toContain('依法立案处罚');
    expect(zh.join('\n')).toContain('国家企业信用信息公示系统');
  });
});

describe('never throws, says what it could not render', () => {
  it('a value the library did not produce', () => {
    expect(formatIssue(42 as never, { locale: 'zh-CN' })).toContain('不是本库给出的');
    expect(formatIssue({ code: 'nonsense' } as never)).toContain('not an issue');
  });
  it('misspelt or unusable options', () => {
    expect(formatIssue({ status: 'drawn', reason: 'drawn', rule: 'R27' }, { locle: 'zh-CN' } as never)).toContain('did you mean "locale"');
    expect(formatIssue({ status: 'drawn', reason: 'drawn', rule: 'R27' }, { locale: 'fr' } as never)).toContain('$.options.locale');
  });
});

describe('hints for common mistakes reach the Chinese text', () => {
  it('a date with slashes says how to write it, in the row and in the history', () => {
    const input = minimalInput() as any;
    input.history[0].date = '2024/01/10';
    input.enterprises[0].registeredOn = '2015年6月1日';
    const issues = refused(input);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'date/invalid', at: '$.history[0].date', expected: '2024-01-10' }));
    const zh = issues.map((i) => formatIssue(i, { locale: 'zh-CN' }));
    expect(zh).toContainEqual(expect.stringContaining('应写作“2024-01-10”'));
    expect(zh).toContainEqual(expect.stringContaining('应写作“2015-06-01”'));
  });
});
