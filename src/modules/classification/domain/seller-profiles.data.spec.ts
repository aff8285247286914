import { describe, expect, it } from '@jest/globals';
import { SELLER_PROFILES, SOLUTION_CATEGORIES, resolveSellerProfile } from './seller-profiles.data.js';
import { TITLE_FUNCTIONS } from './title-taxonomy.js';

describe('seller profiles (data)', () => {
  it('covers every required category with a buying function, gatekeepers and champion keywords', () => {
    expect([...SOLUTION_CATEGORIES].sort()).toEqual(
      ['revenue_technology', 'marketing_technology', 'security', 'it_infrastructure', 'data_analytics', 'hr_technology', 'finance_technology', 'legal_technology', 'customer_success', 'supply_chain', 'engineering_tools', 'general'].sort(),
    );
    for (const c of SOLUTION_CATEGORIES) {
      const p = SELLER_PROFILES[c];
      expect(p.category).toBe(c);
      expect(p.buyingFunctions.length).toBeGreaterThan(0);
      expect(p.gatekeeperFunctions.length).toBeGreaterThan(0);
      expect(p.championKeywords.length).toBeGreaterThan(0);
    }
  });

  it('never makes a function both the buyer and a gatekeeper, and only uses known functions', () => {
    for (const p of Object.values(SELLER_PROFILES)) {
      for (const f of p.buyingFunctions) expect(p.gatekeeperFunctions).not.toContain(f);
      for (const f of [...p.buyingFunctions, ...p.adjacentFunctions, ...p.gatekeeperFunctions, ...p.introducerFunctions]) expect(TITLE_FUNCTIONS).toContain(f);
      for (const k of p.championKeywords) expect(k).toBe(k.toLowerCase());
    }
  });

  it('security buys security and gates on legal; revenue technology buys sales and gates on security, procurement, legal', () => {
    expect(SELLER_PROFILES.security.buyingFunctions).toEqual(['security']);
    expect(SELLER_PROFILES.security.gatekeeperFunctions).toContain('legal');
    expect(SELLER_PROFILES.revenue_technology.buyingFunctions).toEqual(['sales']);
    expect(SELLER_PROFILES.revenue_technology.gatekeeperFunctions).toEqual(expect.arrayContaining(['security', 'procurement', 'legal']));
    expect(SELLER_PROFILES.revenue_technology.championKeywords).toEqual(expect.arrayContaining(['revops', 'sales operations', 'sales enablement']));
  });

  it('resolves free-text categories and falls back to general', () => {
    expect(resolveSellerProfile('Revenue Technology')).toMatchObject({ known: true, profile: { category: 'revenue_technology' } });
    expect(resolveSellerProfile('cybersecurity').profile.category).toBe('security');
    expect(resolveSellerProfile('hr-tech').profile.category).toBe('hr_technology');
    expect(resolveSellerProfile('underwater basket weaving')).toMatchObject({ known: false, profile: { category: 'general' } });
    expect(resolveSellerProfile(undefined).profile.category).toBe('general');
  });
});
