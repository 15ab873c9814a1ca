import type { Policy } from '../model/types.js';

/**
 * The parts of a policy that national and shared rules fix for every locality: items on safety,
 * environment, policing and unlicensed operation stay out of random planning (R1); teams of at
 * least two certified inspectors, three for escalated checks (N1, R9); the same-year exemption with
 * its four exceptions (R20); fewer repeat draws (R8); no caps until a department sets them (N8).
 */
export const NATIONAL_RULES: Pick<
  Policy,
  'excludedScopes' | 'avoidRepeatDraws' | 'caps' | 'teamSize' | 'escalatedTeamSize' | 'sameYearExemption'
> = Object.freeze({
  excludedScopes: Object.freeze(['safety', 'environment', 'police', 'unlicensed'] as const),
  avoidRepeatDraws: true,
  caps: Object.freeze([]),
  teamSize: 2,
  escalatedTeamSize: 3,
  sameYearExemption: Object.freeze({
    enabled: true,
    exceptions: Object.freeze(['complaint', 'referral', 'case-lead', 'campaign'] as const),
  }),
});
