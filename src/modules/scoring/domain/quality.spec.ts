import { describe, expect, it } from '@jest/globals';
import type { BuyerGroupRole } from '../../discovery/domain/buyer-group-role.js';
import { assessQuality, memberDataQuality, toQualityAssessment, type QualityMember } from './quality.js';
import { planGroupSize } from './sizing.js';

const m = (role: BuyerGroupRole, over: Partial<QualityMember> = {}): QualityMember => ({
  role, confidence: 80, email: 'x@y.test', emailStatus: 'verified', linkedin: 'https://linkedin.com/in/x', location: 'Berlin', freshness: 1, ...over,
});
const sizing = planGroupSize({ employeeCount: 300 }); // SMB, target 6: dm 1, champion 2 (1+), stakeholder, blocker 1, introducer 1

describe('quality', () => {
  const full = [m('decision_maker'), m('champion'), m('champion'), m('stakeholder'), m('blocker'), m('introducer')];
  it('excellent: every planned role present with targets met', () => {
    const q = assessQuality(full.slice(0, sizing.target), sizing);
    expect(sizing.target).toBe(6);
    expect(q.coverage).toBe('excellent');
    expect(q.missingRoles).toEqual([]);
  });

  it('good: four of five roles; acceptable: three including a decision maker; poor: three without one', () => {
    expect(assessQuality([m('decision_maker'), m('champion'), m('stakeholder'), m('blocker')], sizing)).toMatchObject({ coverage: 'good', missingRoles: ['introducer'] });
    expect(assessQuality([m('decision_maker'), m('champion'), m('stakeholder')], sizing)).toMatchObject({ coverage: 'acceptable', missingRoles: ['blocker', 'introducer'] });
    expect(assessQuality([m('champion'), m('stakeholder'), m('blocker')], sizing)).toMatchObject({ coverage: 'poor', missingRoles: ['decision_maker', 'introducer'] });
    expect(assessQuality([], sizing)).toMatchObject({ coverage: 'poor', confidence: 0, dataQuality: 0, overallScore: 0 });
  });

  it('all roles present but a target unmet is good, not excellent', () => {
    const q = assessQuality([m('decision_maker'), m('champion'), m('stakeholder'), m('blocker'), m('introducer')], planGroupSize({ employeeCount: 5_000 }));
    expect(q.coverage).toBe('good');
    expect(q.missingRoles).toEqual([]);
  });

  it('without sizing, all five roles are planned', () => {
    expect(assessQuality([m('decision_maker'), m('champion'), m('stakeholder')]).missingRoles).toEqual(['blocker', 'introducer']);
  });

  it('confidence weighs decision makers double', () => {
    const q = assessQuality([m('decision_maker', { confidence: 90 }), m('stakeholder', { confidence: 60 })], sizing);
    expect(q.confidence).toBe(80);
  });

  it('data quality weighs e-mail status, LinkedIn, location and freshness', () => {
    expect(memberDataQuality(m('champion'))).toBe(100);
    expect(memberDataQuality(m('champion', { emailStatus: 'guessed_common_pattern' }))).toBeCloseTo(74, 5);
    expect(memberDataQuality(m('champion', { email: null, linkedin: null, location: null, freshness: null }))).toBeCloseTo(12.5, 5);
    const fresh = assessQuality(full, sizing).dataQuality;
    const stale = assessQuality(full.map((x) => ({ ...x, freshness: 0.1 })), sizing).dataQuality;
    expect(stale).toBeLessThan(fresh);
  });

  it('overall = 0.4 coverage + 0.35 confidence + 0.25 data quality, in the event shape', () => {
    const q = assessQuality(full, sizing);
    expect(q.overallScore).toBe(Math.round(0.4 * 100 + 0.35 * 80 + 0.25 * 100));
    expect(Object.keys(toQualityAssessment(q)).sort()).toEqual(['confidence', 'coverage', 'dataQuality', 'missingRoles', 'overallScore']);
  });
});
