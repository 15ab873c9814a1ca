import type { Policy } from '../model/types.js';
import { nationalPolicy } from './national.js';

/**
 * Wuxi's policy (錫政辦發〔2024〕24號): joint (multi-department) tasks make up at least 25 % of all
 * inspection tasks (R7), duplicate targets are merged (R15), the same-year exemption holds with its
 * four exceptions (R20), and fewer repeat draws (R8). Wuxi sets no ratios of its own, so these
 * are the national defaults (N5). {@link mergeTasks} merges duplicate targets and checks each kind
 * once across levels (R15, R18); {@link planPeriod}'s metrics and {@link jointShare} check the
 * joint share against `jointShareTarget`.
 *
 * @example
 * ```ts
 * import { wuxiPolicy } from 'double-random';
 *
 * console.log(wuxiPolicy.jointShareTarget); // 0.25
 * ```
 * @category Policy
 * @since 0.1.0
 */
export const wuxiPolicy: Policy = Object.freeze({
  ...nationalPolicy,
  id: 'wuxi-2024',
  jointShareTarget: 0.25,
  avoidRepeatDraws: true,
});
