import { describe, expect, it } from '@jest/globals';
import { planSearches } from './search-plan.js';

const prices = { preview: 20, collect: 20 };

describe('search plan', () => {
  it('spends at most one preview page per role on a large company at identify level (≤ 100 credits)', () => {
    const plan = planSearches({ companyId: 1, employeeCount: 20_000, solutionCategory: 'revenue_technology', enrichmentLevel: 'identify', targetGroupSize: 15, prices });
    expect(plan.searches.map((search) => search.purpose)).toEqual(['decision_maker', 'champion', 'blocker', 'stakeholder', 'introducer']);
    expect(plan.estimate).toEqual({ previews: 5, previewCredits: 100, collects: 0, collectCredits: 0, total: 100 });
  });

  it('targets the buying function: sales leaders for revenue technology, security titles for a security seller', () => {
    const revenue = planSearches({ companyId: 7, employeeCount: 5_000, solutionCategory: 'revenue_technology', enrichmentLevel: 'identify', targetGroupSize: 10, prices });
    expect(revenue.searches[0].criteria).toMatchObject({ companyId: 7, departments: expect.arrayContaining(['C-Suite', 'Sales']), managementLevels: ['C-Level', 'VP-Level'] });
    const security = planSearches({ companyId: 7, employeeCount: 5_000, solutionCategory: 'security', enrichmentLevel: 'identify', targetGroupSize: 10, prices });
    expect(security.searches[1].criteria).toMatchObject({ departments: expect.arrayContaining(['Information Technology']), titlePhrases: expect.arrayContaining(['ciso', 'security']) });
    // legal and procurement gate a security purchase; procurement's phrases must not hide the legal team
    expect(security.searches[2].criteria.departments).toEqual(expect.arrayContaining(['Legal', 'Operations']));
    expect(security.searches[2].criteria.titlePhrases).toBeUndefined();
  });

  it('reads a small company whole and collects the chosen members at enrich level', () => {
    const plan = planSearches({ companyId: 3, employeeCount: 25, solutionCategory: 'general', enrichmentLevel: 'enrich', targetGroupSize: 5, prices });
    expect(plan.searches).toEqual([{ purpose: 'everyone', criteria: { companyId: 3 }, previewPages: 2 }]);
    expect(plan.estimate).toMatchObject({ previewCredits: 40, collects: 5, collectCredits: 100, total: 140 });
  });

  it('falls back to the general profile for an unknown category and widens the search for deep research', () => {
    const plan = planSearches({ companyId: 1, employeeCount: 900, solutionCategory: 'unknown', enrichmentLevel: 'deep_research', targetGroupSize: 8, prices });
    expect(plan.estimate.previews).toBe(7);
  });
});
