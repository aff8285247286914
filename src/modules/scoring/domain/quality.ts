/**
 * Quality of a buyer group (PRODUCT.md §4), shaped as QualityAssessment (buyer-group.events.ts).
 *
 * - Planned roles: the roles the sizing gives a target > 0 (all five when no sizing is given). missingRoles = planned
 *   roles without any member.
 * - coverage: excellent = every planned role present with its target met; good = at most one planned role missing
 *   (or all present with some target unmet); acceptable = at most two missing and a decision maker present;
 *   poor = anything worse, or no members. With the usual five planned roles this is exactly "all five / four /
 *   three including a decision maker / worse".
 * - confidence 0–100: the members' confidences, averaged with role weights (decision_maker 2, champion 1.5, others 1).
 * - dataQuality 0–100: mean over members of e-mail 0.4 × status weight (verified 1, matched_email 0.85,
 *   matched_pattern 0.6, guessed_common_pattern 0.35, unknown status 0.5) + LinkedIn 0.25 + location 0.1 +
 *   freshness 0.25 (verification freshness: 1 up to 7 days, halving every 90 days; 0.5 when unknown).
 * - overallScore 0–100 = 0.4 × coverage score + 0.35 × confidence + 0.25 × dataQuality, where coverage score =
 *   0.8 × level score (excellent 100, good 80, acceptable 60, poor 30, no members 0) + 0.2 × 100 × min(1, members / target).
 */
import { BUYER_GROUP_ROLES, type BuyerGroupRole, type Coverage } from '../../discovery/domain/buyer-group-role.js';
import type { QualityAssessment } from '../../discovery/domain/buyer-group.events.js';
import type { EmailStatus } from '../../enrichment/domain/coresignal-records.js';
import type { GroupSizing } from './sizing.js';

export const QUALITY_WEIGHTS = { coverage: 0.4, confidence: 0.35, dataQuality: 0.25 } as const;
export const COVERAGE_SCORE: Readonly<Record<Coverage, number>> = { excellent: 100, good: 80, acceptable: 60, poor: 30 };
export const CONFIDENCE_ROLE_WEIGHT: Readonly<Record<BuyerGroupRole, number>> = { decision_maker: 2, champion: 1.5, stakeholder: 1, blocker: 1, introducer: 1 };
export const EMAIL_STATUS_WEIGHT: Readonly<Record<EmailStatus, number>> = { verified: 1, matched_email: 0.85, matched_pattern: 0.6, guessed_common_pattern: 0.35 };
export const DATA_QUALITY_WEIGHTS = { email: 0.4, linkedin: 0.25, location: 0.1, freshness: 0.25 } as const;

/** What quality needs of a member (SelectedMember fits, as do plain rows). */
export interface QualityMember {
  role: BuyerGroupRole;
  confidence: number;
  email?: string | null;
  emailStatus?: EmailStatus | null;
  linkedin?: string | null;
  location?: string | null;
  /** 0–1, null/undefined = unknown (0.5) */
  freshness?: number | null;
}

export interface QualityDetails extends QualityAssessment {
  composition: Record<BuyerGroupRole, number>;
  plannedRoles: BuyerGroupRole[];
  coverageScore: number;
  reasons: string[];
}

export function memberDataQuality(m: QualityMember): number {
  const W = DATA_QUALITY_WEIGHTS;
  const email = m.email ? (m.emailStatus ? EMAIL_STATUS_WEIGHT[m.emailStatus] : 0.5) : 0;
  const freshness = m.freshness === null || m.freshness === undefined ? 0.5 : Math.max(0, Math.min(1, m.freshness));
  return 100 * (W.email * email + W.linkedin * (m.linkedin ? 1 : 0) + W.location * (m.location ? 1 : 0) + W.freshness * freshness);
}

export function coverageOf(composition: Record<BuyerGroupRole, number>, sizing?: Pick<GroupSizing, 'quotas'> | null): { coverage: Coverage; missing: BuyerGroupRole[]; planned: BuyerGroupRole[] } {
  const planned = sizing ? BUYER_GROUP_ROLES.filter((r) => sizing.quotas[r].target > 0) : [...BUYER_GROUP_ROLES];
  const missing = planned.filter((r) => composition[r] === 0);
  const total = BUYER_GROUP_ROLES.reduce((s, r) => s + composition[r], 0);
  const targetsMet = planned.every((r) => composition[r] >= (sizing ? sizing.quotas[r].target : 1));
  let coverage: Coverage;
  if (total === 0) coverage = 'poor';
  else if (missing.length === 0 && targetsMet) coverage = 'excellent';
  else if (missing.length <= 1) coverage = 'good';
  else if (missing.length <= 2 && composition.decision_maker > 0) coverage = 'acceptable';
  else coverage = 'poor';
  return { coverage, missing, planned };
}

export function assessQuality(members: readonly QualityMember[], sizing?: GroupSizing | null): QualityDetails {
  const composition = { decision_maker: 0, champion: 0, stakeholder: 0, blocker: 0, introducer: 0 } as Record<BuyerGroupRole, number>;
  for (const m of members) composition[m.role]++;
  const { coverage, missing, planned } = coverageOf(composition, sizing);

  let cw = 0;
  let cs = 0;
  for (const m of members) {
    cw += CONFIDENCE_ROLE_WEIGHT[m.role];
    cs += CONFIDENCE_ROLE_WEIGHT[m.role] * Math.max(0, Math.min(100, m.confidence));
  }
  const confidence = cw > 0 ? Math.round(cs / cw) : 0;
  const dataQuality = members.length > 0 ? Math.round(members.reduce((s, m) => s + memberDataQuality(m), 0) / members.length) : 0;
  const target = sizing?.target ?? 5;
  const coverageScore = members.length === 0 ? 0 : 0.8 * COVERAGE_SCORE[coverage] + 0.2 * 100 * Math.min(1, members.length / Math.max(1, target));
  const W = QUALITY_WEIGHTS;
  const overallScore = Math.round(W.coverage * coverageScore + W.confidence * confidence + W.dataQuality * dataQuality);
  const reasons = [
    `coverage ${coverage}: ${planned.length - missing.length}/${planned.length} planned roles${missing.length ? ` (missing ${missing.join(', ')})` : ''}`,
    `overall ${overallScore} = ${W.coverage}×${Math.round(coverageScore)} + ${W.confidence}×${confidence} + ${W.dataQuality}×${dataQuality}`,
  ];
  return { coverage, confidence, dataQuality, overallScore, missingRoles: missing, composition, plannedRoles: planned, coverageScore: Math.round(coverageScore), reasons };
}

/** Only the event's fields (QualityAssessed data). */
export function toQualityAssessment(q: QualityDetails): QualityAssessment {
  return { coverage: q.coverage, confidence: q.confidence, dataQuality: q.dataQuality, overallScore: q.overallScore, missingRoles: [...q.missingRoles] };
}
