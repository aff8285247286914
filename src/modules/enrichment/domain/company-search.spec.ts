import { describe, expect, it } from '@jest/globals';
import {
  HEADCOUNT_GROWTH_BANDS,
  HIRING_BANDS,
  bandOf,
  dayCutoff,
  dayValue,
  fundingBandOf,
  numberValue,
  signalsOf,
  validateCompanySearchFilters,
} from './company-search.js';
import { ProviderInputError } from './provider-errors.js';

const NOW = new Date('2026-11-27T17:00:00Z');

describe('company search signals', () => {
  it('bands are half-open and cover every number', () => {
    expect([-40, -0.01, 0, 4.99, 5, 14.9, 15, 29.99, 30, 500].map((v) => bandOf(v, HEADCOUNT_GROWTH_BANDS))).toEqual([
      'shrinking', 'shrinking', 'flat', 'flat', 'growing', 'growing', 'fast', 'fast', 'hyper', 'hyper',
    ]);
    expect([0, 1, 4, 5, 19, 20, 99, 100].map((v) => bandOf(v, HIRING_BANDS))).toEqual(['none', 'few', 'few', 'some', 'some', 'many', 'many', 'lots']);
    expect(bandOf(null, HIRING_BANDS)).toBeNull();
  });

  it('funding recency counts calendar days back from today (UTC)', () => {
    expect(dayCutoff(NOW, 183)).toBe('2026-05-28');
    expect(fundingBandOf('2026-05-28', NOW)).toBe('last_6_months');
    expect(fundingBandOf('2026-05-27', NOW)).toBe('last_12_months');
    expect(fundingBandOf(dayCutoff(NOW, 365), NOW)).toBe('last_12_months');
    expect(fundingBandOf('2025-01-01', NOW)).toBe('last_24_months');
    expect(fundingBandOf('2019-06-30', NOW)).toBe('older');
    expect(fundingBandOf('2027-01-01', NOW)).toBe('last_6_months'); // announced ahead: recent
    expect(fundingBandOf(null, NOW)).toBeNull();
  });

  it('reads numbers and days the way Coresignal compares them', () => {
    expect([12, '8.5', ' -3 ', '1e3', 'n/a', null, true].map(numberValue)).toEqual([12, 8.5, -3, null, null, null, null]);
    expect(['2026-05-01', '2026-05-01T10:00:00Z', '2026-05-01 10:00', '2026', 'May 2026', 7].map(dayValue)).toEqual([
      '2026-05-01', '2026-05-01', '2026-05-01', null, null, null,
    ]);
  });

  it('signals of a record: bands, b2b, the requested technologies it uses as requested', () => {
    expect(
      signalsOf({ yearlyGrowth: '17.2', postings: 0, fundingDate: '2026-10-01', isB2b: true, technologies: ['AWS', ' salesforce '] }, ['Salesforce', 'Okta'], NOW),
    ).toEqual({ headcountGrowth: 'fast', hiring: 'none', funding: 'last_6_months', b2b: true, technologies: ['Salesforce'] });
    expect(signalsOf({ yearlyGrowth: null, postings: undefined, fundingDate: 'soon', isB2b: 0, technologies: 'AWS' }, [], NOW)).toEqual({
      headcountGrowth: null, hiring: null, funding: null, b2b: false, technologies: [],
    });
  });

  it('validates filters, naming the field', () => {
    expect(validateCompanySearchFilters({ industries: [' Software ', 'software', 'SaaS'], minEmployees: 50, maxEmployees: 200 })).toEqual({
      industries: ['Software', 'SaaS'], minEmployees: 50, maxEmployees: 200,
    });
    const field = (filters: unknown) => {
      try {
        validateCompanySearchFilters(filters as never);
      } catch (error) {
        expect(error).toBeInstanceOf(ProviderInputError);
        return (error as ProviderInputError).field;
      }
      throw new Error('expected a ProviderInputError');
    };
    expect(field({ minEmployees: 300, maxEmployees: 200 })).toBe('minEmployees');
    expect(validateCompanySearchFilters({ countries: [] })).toEqual({}); // an empty list is no filter, as in employee searches
    expect(field({ technologies: ['', ' '] })).toBe('technologies');
    expect(field({ fundedWithinDays: 0.5 })).toBe('fundedWithinDays');
    expect(field({ minActiveJobPostings: -1 })).toBe('minActiveJobPostings');
  });
});
