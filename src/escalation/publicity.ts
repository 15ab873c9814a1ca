import type { RuleId } from '../model/rules.js';
import type { InspectionResult, PublicityOutcome } from './types.js';

/** Categories in which nothing was inspected: the enterprise refused, or no longer exists. Their results have no findings. */
export const NOT_INSPECTED: ReadonlySet<PublicityOutcome> = new Set<PublicityOutcome>(['refused', 'deregistered']);

/** The category the findings, the contact and the major hazard determine (R21, R22, R23): a major hazard is a problem even where nobody could be reached, a violation wherever it was found. */
function determined(result: InspectionResult): PublicityOutcome {
  if (result.majorHazard) return 'problem-follow-up';
  if (result.contact === 'unreachable') return 'unreachable';
  if (result.findings.some((f) => f.outcome === 'violation')) return 'problem-follow-up';
  return result.contact === 'not-operating' ? 'no-activity' : 'no-problem';
}

/** The publicity category of a result (R23): the one stated, else the one the result determines. Assumes {@link publicityProblem} found nothing. */
export function publicityOf(result: InspectionResult): PublicityOutcome {
  return result.publicity ?? determined(result);
}

/**
 * Why a stated category contradicts the result, with its rule, or `undefined` when it agrees: a
 * category the result determines must be that one; a corrected problem needs a violation, none
 * serious and no major hazard (those follow the penalty procedure or a report, R21); a disclosure
 * problem needs a violation (N9); a refusal or a deregistration has no findings (nothing was
 * inspected) and no major hazard; a refusal needs a reachable enterprise.
 */
export function publicityProblem(result: InspectionResult): { readonly message: string; readonly rule: RuleId } | undefined {
  const stated = result.publicity;
  if (stated === undefined) return undefined;
  const found = determined(result);
  const violations = result.findings.filter((f) => f.outcome === 'violation');
  const says = (why: string, rule: RuleId = 'R23') => ({ message: `"${stated}" contradicts the result: ${why}`, rule });
  switch (stated) {
    case 'no-problem': case 'problem-follow-up': case 'unreachable': case 'no-activity':
      return stated === found ? undefined : says(`the findings, contact and major hazard make it "${found}"`);
    case 'problem-corrected':
      if (violations.length === 0) return says('no violation was found, so there is nothing to correct', 'R21');
      if (result.majorHazard || violations.some((f) => f.severity === 'serious')) return says('a serious violation or a major hazard is followed up (penalty procedure, report to the government), not closed by a correction', 'R21');
      return result.contact === 'unreachable' ? says('the enterprise was unreachable', 'R22') : undefined;
    case 'not-disclosed': case 'false-disclosure':
      if (violations.length === 0) return says('no violation was found', 'N9');
      return result.contact === 'unreachable' ? says('the enterprise was unreachable', 'R22') : undefined;
    case 'refused': case 'deregistered':
      if (result.findings.length > 0 || result.majorHazard || result.labResults.length > 0) return says('nothing was inspected: findings: [], labResults: [] and majorHazard: false');
      if (stated === 'refused' && result.contact === 'unreachable') return says('an unreachable enterprise cannot refuse', 'R22');
      return stated === 'deregistered' && result.contact === 'operating' ? says('a deregistered enterprise does not operate: contact is not-operating or unreachable', 'R22') : undefined;
  }
}
