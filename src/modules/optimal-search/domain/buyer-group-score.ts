/**
 * Phase 2 of the optimal buyer search: how complete and how reachable a company's buyer group is, read from an
 * `identify`-level discovery of it (names, titles, roles, LinkedIn URLs; the cheapest level). Pure.
 *
 * Score 0–100 = Σ weight × part (weights sum to 100):
 *
 * | part          | weight | part value 0–1                                                                       |
 * | ------------- | ------ | ------------------------------------------------------------------------------------ |
 * | roleCoverage  | 35     | roles of the rubric with at least one member, of 5                                   |
 * | decisionMaker | 20     | 1 when the group has a decision maker (nobody signs otherwise), else 0               |
 * | quality       | 25     | the discovery's overall quality score / 100 (coverage, confidence, data quality)     |
 * | reachability  | 20     | members with a LinkedIn URL or an email, of all members                              |
 *
 * Completeness (coverage, a decision maker: 55) weighs most: a group missing its signer or champion is a long
 * deal. Quality (25) adds how sure the roles are; reachability (20) whether the people can be contacted. A
 * discovery that found nobody scores 0.
 */
import { BUYER_GROUP_ROLES, type BuyerGroupRole } from '../../discovery/domain/buyer-group-role.js';
import { round1, type ScorePart } from './market-score.js';

export const BUYER_GROUP_WEIGHTS = {
  roleCoverage: 35,
  decisionMaker: 20,
  quality: 25,
  reachability: 20,
} as const;

export type BuyerGroupPartName = keyof typeof BUYER_GROUP_WEIGHTS;

/** What a discovery tells about the group (the fields of its result this score reads). */
export interface SampledGroup {
  composition: Record<BuyerGroupRole, number>;
  members: { role: BuyerGroupRole; title: string; linkedin?: string | null; email?: string | null }[];
  quality: { coverage: string; confidence: number; dataQuality: number; overallScore: number; missingRoles: readonly string[] };
}

export interface BuyerGroupScore {
  /** 0–100, one decimal */
  score: number;
  parts: ScorePart<BuyerGroupPartName>[];
}

export function buyerGroupScore(group: SampledGroup): BuyerGroupScore {
  const members = group.members;
  const present = BUYER_GROUP_ROLES.filter((role) => (group.composition[role] ?? 0) > 0);
  const missing = BUYER_GROUP_ROLES.filter((role) => !present.includes(role));
  const deciders = members.filter((member) => member.role === 'decision_maker');
  const reachable = members.filter((member) => Boolean(member.linkedin) || Boolean(member.email)).length;
  const overall = Math.max(0, Math.min(100, group.quality.overallScore));
  const empty = members.length === 0;
  const parts: Omit<ScorePart<BuyerGroupPartName>, 'points'>[] = [
    {
      name: 'roleCoverage',
      weight: BUYER_GROUP_WEIGHTS.roleCoverage,
      value: present.length / BUYER_GROUP_ROLES.length,
      reason: `${present.length} of ${BUYER_GROUP_ROLES.length} roles filled${missing.length > 0 ? ` (missing: ${missing.join(', ')})` : ''}`,
    },
    {
      name: 'decisionMaker',
      weight: BUYER_GROUP_WEIGHTS.decisionMaker,
      value: deciders.length > 0 ? 1 : 0,
      reason:
        deciders.length > 0
          ? `decision maker found: ${deciders.slice(0, 2).map((member) => member.title).join('; ')}`
          : 'no decision maker found',
    },
    {
      name: 'quality',
      weight: BUYER_GROUP_WEIGHTS.quality,
      value: empty ? 0 : overall / 100,
      reason: `group quality ${Math.round(overall)}/100 (coverage ${group.quality.coverage}, confidence ${Math.round(group.quality.confidence)})`,
    },
    {
      name: 'reachability',
      weight: BUYER_GROUP_WEIGHTS.reachability,
      value: empty ? 0 : reachable / members.length,
      reason: empty ? 'nobody to reach' : `${reachable} of ${members.length} members reachable (LinkedIn or email)`,
    },
  ];
  const scored = parts.map((part) => ({ ...part, points: round1(part.weight * part.value) }));
  const score = empty ? 0 : round1(parts.reduce((sum, part) => sum + part.weight * part.value, 0));
  return { score, parts: scored };
}
