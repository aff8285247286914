import { describe, expect, it } from '@jest/globals';
import { applyRoleRules, companySizeBand, hasKeyword, type CompanySizeBand } from './role-rules.js';
import { SELLER_PROFILES, type SolutionCategory } from './seller-profiles.data.js';
import { normalizeTitle } from './title-normalizer.js';
import type { ManagementLevel } from '../../enrichment/domain/coresignal-records.js';

const rule = (title: string, category: SolutionCategory, band: CompanySizeBand, managementLevel?: ManagementLevel) =>
  applyRoleRules({ title: normalizeTitle(title), managementLevel: managementLevel ?? null }, SELLER_PROFILES[category], band);

describe('companySizeBand', () => {
  it.each([
    [5, 'micro'], [9, 'micro'], [10, 'small'], [99, 'small'], [100, 'smb'], [499, 'smb'], [500, 'mid_market'], [999, 'mid_market'],
    [1_000, 'large'], [9_999, 'large'], [10_000, 'enterprise'], [90_000, 'enterprise'],
  ] as const)('%i → %s', (n, band) => expect(companySizeBand(n)).toBe(band));
  it('unknown headcount → smb', () => expect(companySizeBand(undefined)).toBe('smb'));
});

describe('role rules: authority first', () => {
  it.each(['micro', 'small', 'smb', 'mid_market'] as const)('the CEO/founder of a %s company is the decision maker', (band) => {
    for (const t of ['CEO', 'Founder & CEO', 'President', 'Geschäftsführer']) {
      const r = rule(t, 'revenue_technology', band);
      expect(r.role).toBe('decision_maker');
      expect(r.score).toBeGreaterThan(0.55);
    }
  });

  it('in an enterprise the CEO is only a fallback decision maker (below the 0.4 eligibility), VPs of the buying function decide', () => {
    const ceo = rule('Chief Executive Officer', 'revenue_technology', 'enterprise');
    const vp = rule('VP Sales', 'revenue_technology', 'enterprise');
    expect(ceo.score).toBeLessThan(0.4);
    expect(vp.role).toBe('decision_maker');
    expect(vp.score).toBeGreaterThan(0.8);
    expect(vp.reasons[0]).toBe('"VP Sales" → authority 0.9, function match 1.0 (sales = buying function for revenue_technology)');
  });

  it('never makes a CEO or any C-level an introducer', () => {
    for (const band of ['micro', 'small', 'smb', 'mid_market', 'large', 'enterprise'] as const) {
      for (const t of ['CEO', 'Founder', 'Chief Customer Success Officer', 'Chief Revenue Officer', 'CFO', 'Chief Partnership Officer']) {
        const r = rule(t, 'revenue_technology', band);
        expect(r.role).not.toBe('introducer');
        expect(r.scores.introducer).toBeUndefined();
      }
    }
  });

  it('never makes an assistant-to a decision maker', () => {
    for (const t of ['Executive Assistant to the CEO', 'Assistant to the CFO', 'Assistenz der Geschäftsführung']) {
      const r = rule(t, 'finance_technology', 'small');
      expect(r.role).not.toBe('decision_maker');
      expect(r.scores.decision_maker).toBeUndefined();
    }
  });

  it('excludes board members and interns (not members)', () => {
    expect(rule('Board Member', 'revenue_technology', 'small')).toMatchObject({ role: null, excluded: expect.stringContaining('board member') });
    expect(rule('Aufsichtsrat', 'security', 'large').role).toBeNull();
    expect(rule('Sales Intern', 'revenue_technology', 'small').role).toBeNull();
  });

  it('raises the title seniority to the provider management level (General Counsel is C-level in the record)', () => {
    const plain = rule('General Counsel', 'security', 'large');
    const withLevel = rule('General Counsel', 'security', 'large', 'C-Level');
    expect(withLevel.role).toBe('blocker');
    expect(withLevel.score).toBeGreaterThan(plain.score);
    expect(withLevel.reasons.join(' ')).toContain('raised to c_level');
  });
});

describe('role rules: the seller decides which functions matter', () => {
  it('security seller: CISO decides, SecOps champions, legal blocks', () => {
    expect(rule('Chief Information Security Officer', 'security', 'large').role).toBe('decision_maker');
    expect(rule('VP Information Security', 'security', 'enterprise').role).toBe('decision_maker');
    expect(rule('Head of Security Operations', 'security', 'large').role).toBe('champion');
    expect(rule('Security Architect', 'security', 'large').role).toBe('champion');
    expect(rule('General Counsel', 'security', 'large', 'C-Level').role).toBe('blocker');
    expect(rule('Head of Legal', 'security', 'large').role).toBe('blocker');
  });

  it('revenue-technology seller: CRO/VP Sales decide, RevOps/Sales Ops champion, security/procurement/legal block', () => {
    expect(rule('Chief Revenue Officer', 'revenue_technology', 'mid_market').role).toBe('decision_maker');
    expect(rule('SVP Sales', 'revenue_technology', 'enterprise').role).toBe('decision_maker');
    for (const t of ['Head of RevOps', 'Director of Revenue Operations', 'Sales Operations Manager', 'Head of Sales Enablement']) {
      expect(rule(t, 'revenue_technology', 'large').role).toBe('champion');
    }
    expect(rule('CISO', 'revenue_technology', 'large').role).toBe('blocker');
    expect(rule('Head of Procurement', 'revenue_technology', 'large').role).toBe('blocker');
    expect(rule('Legal Counsel', 'revenue_technology', 'large').role).toBe('blocker');
    expect(rule('CFO', 'revenue_technology', 'large').role).toBe('stakeholder');
    expect(rule('Account Executive', 'revenue_technology', 'large').role).toBe('introducer');
    expect(rule('Customer Success Manager', 'revenue_technology', 'large').role).toBe('introducer');
  });

  it('finance technology makes the CFO the decision maker; HR technology the CHRO', () => {
    expect(rule('CFO', 'finance_technology', 'large').role).toBe('decision_maker');
    expect(rule('Financial Controller', 'finance_technology', 'large').role).toBe('champion');
    expect(rule('Chief People Officer', 'hr_technology', 'large').role).toBe('decision_maker');
    expect(rule('Chief People Officer', 'revenue_technology', 'large').role).toBe('stakeholder');
  });

  it('reads the ambiguous "CSO" as the reading that fits the seller', () => {
    expect(rule('CSO', 'revenue_technology', 'large')).toMatchObject({ role: 'decision_maker', function: 'sales' });
    expect(rule('CSO', 'security', 'large')).toMatchObject({ role: 'decision_maker', function: 'security' });
  });

  it('ignores people unrelated to the seller in larger companies', () => {
    expect(rule('Software Engineer', 'revenue_technology', 'large').role).toBeNull();
    expect(rule('Software Engineer', 'engineering_tools', 'large').role).not.toBe('decision_maker');
    expect(rule('VP Engineering', 'engineering_tools', 'large').role).toBe('decision_maker');
  });

  it('matches keywords on whole words only', () => {
    expect(hasKeyword('head of bi', ['bi'])).toBe('bi');
    expect(hasKeyword('mobile developer', ['bi'])).toBeNull();
  });
});
