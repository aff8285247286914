import { describe, expect, it } from '@jest/globals';
import {
  companyNameSimilarity,
  companyNameTokens,
  levenshtein,
  levenshteinRatio,
  normaliseCompanyName,
} from './company-name-similarity.js';

describe('normaliseCompanyName', () => {
  it.each([
    ['Northwind Traders GmbH', 'northwind traders'],
    ['Acme, Inc.', 'acme'],
    ['ACME Corp', 'acme'],
    ['Contoso Ltd', 'contoso'],
    ['Contoso Limited', 'contoso'],
    ['Fabrikam S.A.', 'fabrikam'],
    ['Fabrikam SA', 'fabrikam'],
    ['Wingtip B.V.', 'wingtip'],
    ['Wingtip Holding BV', 'wingtip'],
    ['Société Générale SA', 'societe generale'],
    ['The Coca-Cola Company', 'coca cola'],
    ['Johnson & Johnson', 'johnson and johnson'],
    ['Amazon.com, Inc.', 'amazon com'],
    ['Polska Sp. z o.o.', 'polska'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseCompanyName(input)).toBe(expected);
  });

  it('keeps a name that is only a legal form, and drops nothing from an empty name', () => {
    expect(companyNameTokens('Company')).toEqual(['company']);
    expect(companyNameTokens('  ')).toEqual([]);
  });
});

describe('levenshtein', () => {
  it('counts edits', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
    expect(levenshtein('nortwind', 'northwind')).toBe(1);
  });

  it('ratio is 1 − distance / longer length', () => {
    expect(levenshteinRatio('', '')).toBe(1);
    expect(levenshteinRatio('abcd', 'abce')).toBeCloseTo(0.75);
  });
});

describe('companyNameSimilarity', () => {
  it('is 1 for names equal after normalisation', () => {
    const s = companyNameSimilarity('northwind traders', 'Northwind Traders GmbH');
    expect(s.score).toBe(1);
    expect(s.exact).toBe(true);
  });

  it('forgives a typo in a word', () => {
    const s = companyNameSimilarity('Nortwind Traders', 'Northwind Traders');
    expect(s.score).toBeGreaterThan(0.9);
    expect(s.score).toBeLessThan(1);
    expect(s.jaccard).toBe(1);
  });

  it('ranks a short name that starts the candidate high, but below an exact match', () => {
    const prefix = companyNameSimilarity('Globex', 'Globex Logistics');
    expect(prefix.prefix).toBe(true);
    expect(prefix.score).toBeGreaterThanOrEqual(0.85);
    expect(companyNameSimilarity('Acme', 'Acme Corp').score - companyNameSimilarity('Acme', 'Acme Analytics').score).toBeGreaterThanOrEqual(
      0.1,
    );
  });

  it('keeps unrelated names low and orders partial overlaps in between', () => {
    const unrelated = companyNameSimilarity('Northwind Traders', 'Initech').score;
    const partial = companyNameSimilarity('Nortwind Traders', 'Tailspin Traders').score;
    const close = companyNameSimilarity('Nortwind Traders', 'Northwind Traders').score;
    expect(unrelated).toBeLessThan(0.3);
    expect(partial).toBeGreaterThan(unrelated);
    expect(partial).toBeLessThan(0.6);
    expect(close).toBeGreaterThan(partial + 0.3);
  });

  it('does not pair short tokens by typo', () => {
    expect(companyNameSimilarity('IBM', 'IBX').jaccard).toBe(0);
  });

  it('is 0 when either name is empty', () => {
    expect(companyNameSimilarity('', 'Acme').score).toBe(0);
  });
});
