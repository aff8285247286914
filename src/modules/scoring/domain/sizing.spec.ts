import { describe, expect, it } from '@jest/globals';
import { BUYER_GROUP_ROLES } from '../../discovery/domain/buyer-group-role.js';
import { dealSizeOf, planGroupSize, roleQuotas, ROLE_MAX } from './sizing.js';

const sum = (q: ReturnType<typeof roleQuotas>) => BUYER_GROUP_ROLES.reduce((s, r) => s + q[r].target, 0);

describe('sizing by headcount', () => {
  it.each([
    [25_000, 'enterprise', 12, 18],
    [10_000, 'enterprise', 12, 18],
    [9_999, 'large', 8, 15],
    [1_000, 'large', 8, 15],
    [750, 'mid_market', 6, 12],
    [499, 'smb', 4, 8],
    [100, 'smb', 4, 8],
    [60, 'small', 3, 6],
    [10, 'small', 3, 6],
    [7, 'micro', 1, 3],
  ] as const)('%i employees → %s %i–%i, target inside the range', (n, band, min, max) => {
    const s = planGroupSize({ employeeCount: n });
    expect(s.band).toBe(band);
    expect(s.range).toEqual({ min, max });
    expect(s.target).toBeGreaterThanOrEqual(min);
    expect(s.target).toBeLessThanOrEqual(max);
    expect(sum(s.quotas)).toBe(s.target);
  });

  it('caps everything at MAX_BUYER_GROUP_SIZE', () => {
    const s = planGroupSize({ employeeCount: 50_000, dealSize: 'enterprise', maxGroupSize: 10 });
    expect(s.range.max).toBe(10);
    expect(s.target).toBe(10);
    expect(sum(s.quotas)).toBe(10);
  });

  it('the deal size shrinks or grows the group and decides on gatekeepers and cross-functional coverage', () => {
    const small = planGroupSize({ employeeCount: 3_000, dealSize: 'small' });
    const medium = planGroupSize({ employeeCount: 3_000 });
    const large = planGroupSize({ employeeCount: 3_000, dealSize: 250_000 });
    const ent = planGroupSize({ employeeCount: 3_000, dealSize: '$2m' });
    expect([small.target, medium.target, large.target, ent.target]).toEqual([8, 12, 13, 15]);
    expect(small.includeGatekeepers).toBe(false);
    expect(small.quotas.blocker).toEqual({ min: 0, target: 0, max: 0 });
    expect(medium.quotas.blocker.target).toBe(1);
    expect(ent.quotas.blocker.target).toBe(2);
    expect(medium.coverageAreas).toEqual(['risk']);
    expect(large.coverageAreas).toEqual(['risk', 'technical']);
    expect(ent.coverageAreas).toEqual(['risk', 'technical', 'financial']);
  });

  it('a small company gets no gatekeepers on a medium deal', () => {
    expect(planGroupSize({ employeeCount: 25 }).includeGatekeepers).toBe(false);
    expect(planGroupSize({ employeeCount: 25, dealSize: 'large' }).includeGatekeepers).toBe(true);
  });

  it('reads deal-size hints', () => {
    expect(dealSizeOf('large')).toBe('large');
    expect(dealSizeOf('Mid-Market')).toBe('medium');
    expect(dealSizeOf(10_000)).toBe('small');
    expect(dealSizeOf('$50k')).toBe('medium');
    expect(dealSizeOf('120,000')).toBe('large');
    expect(dealSizeOf('1.2m')).toBe('enterprise');
    expect(dealSizeOf('whatever')).toBeNull();
    expect(planGroupSize({ employeeCount: 300, dealSize: 'whatever' }).reasons[0]).toContain('not understood');
  });
});

describe('role quotas scale with size', () => {
  it('follow the rubric counts in large groups and keep a decision maker in tiny ones', () => {
    const big = roleQuotas(18, true, 2);
    expect(big.decision_maker.target).toBe(3);
    expect(big.blocker.target).toBe(2);
    expect(big.champion.target).toBeGreaterThanOrEqual(2);
    expect(big.stakeholder.target).toBeLessThanOrEqual(8);
    for (const r of BUYER_GROUP_ROLES) expect(big[r].max).toBeLessThanOrEqual(ROLE_MAX[r]);
    const tiny = roleQuotas(1, false);
    expect(tiny.decision_maker).toMatchObject({ min: 1, target: 1 });
    expect(sum(tiny)).toBe(1);
    expect(roleQuotas(3, false).introducer.target).toBe(0);
    for (let t = 1; t <= 18; t++) expect(sum(roleQuotas(t, t >= 4))).toBe(t);
  });
});
