import { describe, expect, it } from '@jest/globals';
import type { ScorePart } from './market-score.js';
import { rankCompanies, type RankInput } from './ranking.js';

const part = (name: string, points: number, reason = `${name} reason`): ScorePart => ({ name, weight: 10, value: points / 10, points, reason });
const input = (companyId: number, market: number, group: number | null = null): RankInput => ({
  companyId,
  market: { score: market, parts: [part('headcountGrowth', market / 2, 'growing'), part('hiring', market / 2, 'hiring')] },
  buyerGroup: group === null ? null : { score: group, parts: [part('roleCoverage', group, 'all roles')] },
  ...(group === null ? { notSampledReason: 'not sampled: phase 2 covers the 2 best of phase 1' } : {}),
});

describe('ranking', () => {
  it('without phase 2 ranks on phase 1 alone, ties by company id', () => {
    const ranking = rankCompanies([input(30, 50), input(10, 70), input(20, 50)]);
    expect(ranking.estimatedBuyerGroupScore).toBeNull();
    expect(ranking.companies.map((c) => [c.rank, c.companyId, c.combined])).toEqual([
      [1, 10, 70],
      [2, 20, 50],
      [3, 30, 50],
    ]);
    expect(ranking.companies[0]!.reasons).toEqual([
      'phase 1 (market) 70: growing; hiring',
      'phase 2 (buyer group): not sampled: phase 2 covers the 2 best of phase 1; ranked on phase 1 alone',
    ]);
  });

  it('combines 0.4 × market + 0.6 × buyer group; unsampled companies get the sampled mean as an estimate', () => {
    const ranking = rankCompanies([input(1, 80, 30), input(2, 70, 90), input(3, 60)]);
    expect(ranking.estimatedBuyerGroupScore).toBe(60);
    expect(ranking.companies.map((c) => [c.companyId, c.combined, c.buyerGroup, c.buyerGroupEstimated])).toEqual([
      [2, 82, 90, false], // 28 + 54
      [3, 60, 60, true], // 24 + 36
      [1, 50, 30, false], // 32 + 18: a poor group sinks a good market score below an unknown one
    ]);
    expect(ranking.companies[0]!.reasons).toEqual([
      'phase 1 (market) 70: growing; hiring',
      'phase 2 (buyer group) 90: all roles',
      'combined 82 = 0.4 × 70 + 0.6 × 90',
    ]);
    expect(ranking.companies[1]!.reasons[1]).toBe('phase 2 (buyer group): not sampled: phase 2 covers the 2 best of phase 1; estimated 60, the mean of the sampled companies');
    expect(ranking.companies[1]!.reasons[2]).toBe('combined 60 = 0.4 × 60 + 0.6 × 60 (estimated)');
  });

  it('is a total order: equal combined scores fall back to market, sampled first, group, id', () => {
    // 0.4 × 50 + 0.6 × 50 = 50 for all but the market differs; then equal market: sampled before estimated
    const ranking = rankCompanies([input(4, 50), input(3, 50, 50), input(2, 60, 43.3), input(1, 50, 50)]);
    expect(ranking.companies.map((c) => c.companyId)).toEqual([2, 1, 3, 4]);
  });

  it('gives the same order whatever the input order', () => {
    const inputs = [input(5, 40, 70), input(1, 90), input(3, 65, 10), input(2, 65), input(4, 90, 80), input(6, 40)];
    const expected = rankCompanies(inputs).companies.map((c) => c.companyId);
    for (let i = 0; i < 20; i++) {
      const shuffled = [...inputs].sort(() => ((i * 7919) % 13) - 6);
      expect(rankCompanies(shuffled.reverse()).companies.map((c) => c.companyId)).toEqual(expected);
    }
  });
});
