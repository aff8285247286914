import { describe, expect, it } from '@jest/globals';
import type { CompanySignals } from '../../enrichment/domain/company-search.js';
import { MARKET_WEIGHTS, marketScore, marketScoreValue } from './market-score.js';

const signals = (over: Partial<CompanySignals> = {}): CompanySignals => ({
  headcountGrowth: null,
  hiring: null,
  funding: null,
  b2b: null,
  technologies: [],
  ...over,
});

const best = signals({ headcountGrowth: 'hyper', hiring: 'lots', funding: 'last_6_months', b2b: true });

describe('market score (phase 1)', () => {
  it('weights sum to 100 and every part is 0-1', () => {
    expect(Object.values(MARKET_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    for (const part of marketScore(best, 2).parts) {
      expect(part.value).toBeGreaterThanOrEqual(0);
      expect(part.value).toBeLessThanOrEqual(1);
    }
  });

  it('a company with every growth signal at its best scores 100; one with none on record scores little', () => {
    expect(marketScore(best, 0).score).toBe(100);
    expect(marketScore({ ...best, technologies: ['AWS', 'Stripe'] }, 2).score).toBe(100);
    // unknowns: growth 0.25 × 30 + hiring 0.2 × 25 + funding 0 + b2b 0.5 × 15 = 20 of 90 → 22.2
    expect(marketScore(signals(), 0).score).toBe(22.2);
  });

  it('is the weighted mean of its parts, and the parts say where the points come from', () => {
    const s = signals({ headcountGrowth: 'fast', hiring: 'some', funding: 'last_12_months', b2b: false });
    const score = marketScore(s, 0, { yearlyHeadcountGrowthPercent: 22.46, activeJobPostings: 12, lastFundingRound: { name: 'Series B', date: '2026-03-01' } });
    // (30 × 0.85 + 25 × 0.65 + 20 × 0.75 + 15 × 0) / 90 × 100 = 56.75 / 90 × 100 → 63.1
    expect(score.score).toBe(63.1);
    expect(score.parts.map((p) => [p.name, p.points])).toEqual([
      ['headcountGrowth', 28.3],
      ['hiring', 18.1],
      ['funding', 16.7],
      ['b2b', 0],
    ]);
    expect(score.parts.map((p) => p.reason)).toEqual([
      'headcount growing fast, 15–30 %/yr (+22.5 %)',
      '5–19 open job postings (12)',
      'funded 6–12 months ago (Series B, 2026-03-01)',
      'not B2B',
    ]);
  });

  it('growth outranks firmographics: a growing, hiring, funded company beats a static B2B one', () => {
    const growing = marketScore(signals({ headcountGrowth: 'fast', hiring: 'many', funding: 'last_6_months', b2b: false }), 0).score;
    const staticB2b = marketScore(signals({ headcountGrowth: 'flat', hiring: 'none', funding: 'older', b2b: true }), 0).score;
    expect(growing).toBeGreaterThan(staticB2b);
  });

  it('each signal is monotonic: a better band never scores less', () => {
    const growth = ['shrinking', 'flat', 'growing', 'fast', 'hyper'] as const;
    const hiring = ['none', 'few', 'some', 'many', 'lots'] as const;
    const funding = ['older', 'last_24_months', 'last_12_months', 'last_6_months'] as const;
    const scores = (list: readonly string[], key: keyof CompanySignals) => list.map((band) => marketScore(signals({ [key]: band }), 0).score);
    for (const series of [scores(growth, 'headcountGrowth'), scores(hiring, 'hiring'), scores(funding, 'funding')]) {
      expect(series).toEqual([...series].sort((a, b) => a - b));
      expect(new Set(series).size).toBe(series.length);
    }
  });

  it('technologies count only when requested: the share of them the company uses', () => {
    const none = marketScore(best, 2);
    expect(none.parts.find((p) => p.name === 'technologies')).toMatchObject({ value: 0, reason: 'uses none of the requested technologies' });
    expect(none.score).toBe(90);
    const half = marketScore({ ...best, technologies: ['AWS'] }, 2);
    expect(half.parts.find((p) => p.name === 'technologies')).toMatchObject({ value: 0.5, reason: 'uses AWS (1 of 2 requested)' });
    expect(half.score).toBe(95);
    expect(marketScore(best, 0).parts.map((p) => p.name)).not.toContain('technologies');
  });

  it('the fast value used to rank every match is the explained score', () => {
    const growth = ['shrinking', 'flat', 'growing', 'fast', 'hyper', null] as const;
    const hiring = ['none', 'few', 'some', 'many', 'lots', null] as const;
    const funding = ['last_6_months', 'last_12_months', 'last_24_months', 'older', null] as const;
    for (const g of growth) for (const h of hiring) for (const f of funding) for (const b of [true, false, null]) for (const t of [0, 1, 2]) {
      const s = signals({ headcountGrowth: g, hiring: h, funding: f, b2b: b, technologies: ['AWS', 'Okta'].slice(0, t) });
      expect(marketScoreValue(s, 2)).toBe(marketScore(s, 2).score);
      expect(marketScoreValue(s, 0)).toBe(marketScore(s, 0).score);
    }
  });
});
