import type { CheckCode, InputIssue } from '../model/issues.js';
import { formatPath } from '../model/paths.js';
import type { RuleId } from '../model/rules.js';
import type { PlanningInput } from '../model/types.js';
import type { EnterpriseLookup } from './lookup.js';

/** What the checks of department tasks and of joint tasks share: issues under a root, ids, enterprises. */
export interface TaskChecks {
  /** The issues found so far. */
  readonly issues: InputIssue[];
  /** The input's department ids. */
  readonly departments: ReadonlySet<string>;
  /** Adds an issue at `root` + path. */
  readonly report: (path: (string | number)[], code: CheckCode, message: string, rule: RuleId) => void;
  /** Checks a task's id is not used before (R15) and its enterprise is in the directory (R2). */
  readonly common: (task: { readonly id: string; readonly enterprise: string }, i: number) => void;
}

/** Starts checking a list of tasks whose issues have paths under `root`. */
export function taskChecks(input: PlanningInput, lookup: EnterpriseLookup, root: readonly (string | number)[]): TaskChecks {
  const issues: InputIssue[] = [];
  const report = (path: (string | number)[], code: CheckCode, message: string, rule: RuleId): void => {
    issues.push({ code, path: [...root, ...path], at: formatPath([...root, ...path]), message, rule });
  };
  const ids = new Set<string>();
  const common = (task: { readonly id: string; readonly enterprise: string }, i: number): void => {
    if (ids.has(task.id)) report([i, 'id'], 'duplicate/task', `task id "${task.id}" is used twice`, 'R15');
    ids.add(task.id);
    if (lookup(task.enterprise) === undefined) report([i, 'enterprise'], 'reference/enterprise', `unknown enterprise "${task.enterprise}"`, 'R2');
  };
  return { issues, departments: new Set<string>(input.departments.map((d) => d.id)), report, common };
}
