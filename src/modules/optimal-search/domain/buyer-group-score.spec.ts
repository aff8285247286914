import { describe, expect, it } from '@jest/globals';
import type { BuyerGroupRole } from '../../discovery/domain/buyer-group-role.js';
import { BUYER_GROUP_WEIGHTS, buyerGroupScore, type SampledGroup } from './buyer-group-score.js';

const member = (role: BuyerGroupRole, linkedin: string | null = 'https://www.linkedin.com/in/x', title = 'Someone') => ({ role, title, linkedin });
const group = (members: SampledGroup['members'], overallScore = 80): SampledGroup => {
  const composition = { decision_maker: 0, champion: 0, stakeholder: 0, blocker: 0, introducer: 0 };
  for (const m of members) composition[m.role] += 1;
  return { composition, members, quality: { coverage: 'good', confidence: 75, dataQuality: 60, overallScore, missingRoles: [] } };
};

describe('buyer-group score (phase 2)', () => {
  it('weights sum to 100', () => {
    expect(Object.values(BUYER_GROUP_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('a complete, reachable group of top quality scores 100', () => {
    const roles: BuyerGroupRole[] = ['decision_maker', 'champion', 'stakeholder', 'blocker', 'introducer'];
    expect(buyerGroupScore(group(roles.map((r) => member(r)), 100)).score).toBe(100);
  });

  it('adds coverage, the decision maker, quality and reachability, each explained', () => {
    const score = buyerGroupScore(
      group([member('decision_maker', 'https://www.linkedin.com/in/ceo', 'CEO'), member('champion'), member('stakeholder', null), member('stakeholder')], 60),
    );
    // 35 × 3/5 + 20 × 1 + 25 × 0.6 + 20 × 3/4 = 21 + 20 + 15 + 15
    expect(score.score).toBe(71);
    expect(score.parts.map((p) => [p.name, p.points])).toEqual([
      ['roleCoverage', 21],
      ['decisionMaker', 20],
      ['quality', 15],
      ['reachability', 15],
    ]);
    expect(score.parts.map((p) => p.reason)).toEqual([
      '3 of 5 roles filled (missing: blocker, introducer)',
      'decision maker found: CEO',
      'group quality 60/100 (coverage good, confidence 75)',
      '3 of 4 members reachable (LinkedIn or email)',
    ]);
  });

  it('a group without a decision maker loses a fifth of the score', () => {
    const withDm = buyerGroupScore(group([member('decision_maker'), member('champion')])).score;
    const without = buyerGroupScore(group([member('stakeholder'), member('champion')])).score;
    expect(withDm - without).toBe(20);
  });

  it('nobody found scores 0', () => {
    const score = buyerGroupScore(group([], 0));
    expect(score.score).toBe(0);
    expect(score.parts.find((p) => p.name === 'reachability')!.reason).toBe('nobody to reach');
  });
});
