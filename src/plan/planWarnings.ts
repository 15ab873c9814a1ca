import { formatPath } from '../model/paths.js';
import type { Warning } from '../model/issues.js';
import type { PlanningInput } from '../model/types.js';
import type { DrawPlan, PlanMetrics } from './types.js';

const warn = (code: Warning['code'], path: (string | number)[], message: string, rule: Warning['rule']): Warning => ({ code, path, at: formatPath(path), message, rule });
const percent = (share: number): string => `${Math.round(share * 1000) / 10} %`;

/**
 * What a valid plan says beside the draw's own warnings: a batch window with no working day, so
 * that every visit is unplannable (N3), and a joint-share target (R7) that the plan's joint lists
 * and merged visits do not meet.
 */
export function planWarnings(input: PlanningInput, draw: DrawPlan, metrics: PlanMetrics, workingDays: readonly string[]): Warning[] {
  const warnings = [...draw.warnings];
  if (workingDays.length === 0) {
    warnings.push(warn('period/no-working-day', ['period'], `the batch window ${input.period.start} – ${input.period.end} has no working day: no visit can be dated, every one is unplannable`, 'N3'));
  }
  const share = metrics.jointShare;
  if (share.target !== null && !share.met && share.total > 0) {
    warnings.push(warn('policy/joint-share-unreachable', ['policy', 'jointShareTarget'], `the joint share is ${percent(share.share)} (${share.joint} of ${share.total} visits with two or more departments) against a target of ${percent(share.target)}: joint lists (一业一查) for more industries, or with more departments, would make more visits joint`, 'R7'));
  }
  return warnings;
}

/**
 * A plan made without a visit secret that has unannounced visits (R26, R32): their dates and teams
 * follow from the public seed, so the plan cannot be published before they happen
 * (`publicationRecords` refuses it); planning with `secret` avoids that.
 */
export function predictableWarning(secret: string | undefined, unannounced: readonly string[]): Warning[] {
  if (secret !== undefined || unannounced.length === 0) return [];
  return [warn('plan/predictable-visits', ['options', 'secret'], `${unannounced.length} unannounced visit(s) (such as ${unannounced[0]}) are dated from the public seed alone: anyone with the seed and the input can compute when they take place, and publicationRecords will not publish the plan before they happen; plan with options.secret (docs/staffing.md)`, 'R26')];
}
