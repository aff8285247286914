import { describe, expect, it } from '@jest/globals';
import type { EmployeePreview, EmployeeRecord } from '../../enrichment/domain/coresignal-records.js';
import { DEFAULT_UNIVERSE, generateCompanies, generateEmployees } from '../../enrichment/domain/demo-universe/demo-universe.js';
import { companyNameKey, freshnessOf, recordAgeDays, verifyEmployee, verifyPreview } from './verification.js';

const NOW = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;

function record(over: Partial<EmployeeRecord> = {}): EmployeeRecord {
  return {
    id: 7, parent_id: 7, full_name: 'Ada Lovelace', first_name: 'Ada', last_name: 'Lovelace', headline: 'VP Sales', summary: null, picture_url: null,
    professional_network_url: 'https://www.linkedin.com/in/ada', location_full: 'London, UK', location_country: 'UK', location_city: 'London',
    is_working: 1, is_decision_maker: 1, is_deleted: 0, is_parent: 1, active_experience_company_id: 100, active_experience_title: 'VP Sales',
    active_experience_department: 'Sales', active_experience_management_level: 'VP-Level', primary_professional_email: 'ada@acme.test',
    primary_professional_email_status: 'verified', professional_emails_collection: [], inferred_skills: [], connections_count: 500, followers_count: 900,
    total_experience_duration_months: 200, updated_at: new Date(NOW - 10 * DAY).toISOString(), checked_at: new Date(NOW - 3 * DAY).toISOString(),
    experience_change_last_identified_at: null,
    experience: [{ active_experience: 1, position_title: 'VP Sales', department: 'Sales', management_level: 'VP-Level', company_id: 100, company_name: 'Acme', company_website: null, company_linkedin_url: null, company_industry: null, company_employees_count: 300, date_from: '2020-01-01', date_to: null, duration_months: 80, order_in_profile: 1 }],
    ...over,
  };
}

const preview = (over: Partial<EmployeePreview> = {}): EmployeePreview => ({
  id: 7, full_name: 'Ada Lovelace', professional_network_url: null, headline: null, location_full: null, location_country: null, connections_count: null,
  followers_count: null, company_name: 'Acme Inc.', company_website: null, company_industry: null, active_experience_title: 'VP Sales',
  active_experience_department: 'Sales', active_experience_management_level: 'VP-Level', _score: 1, ...over,
});

describe('verification: the currency gate', () => {
  it('verifies a current employee and says how fresh the check is', () => {
    const v = verifyEmployee(record(), { id: 100 }, NOW);
    expect(v).toMatchObject({ current: true, status: 'verified', ageDays: 3, freshness: 1 });
    expect(v.reasons[0]).toBe('verified current 3 days ago');
    expect(v.score).toBe(1);
  });

  it.each([
    ['deleted', { is_deleted: 1 as const }],
    ['duplicate_profile', { is_parent: 0 as const, parent_id: 3 }],
    ['not_working', { is_working: 0 as const }],
    ['works_elsewhere', { active_experience_company_id: 200 }],
  ])('rejects %s records', (reason, over) => {
    const v = verifyEmployee(record(over), { id: 100 }, NOW);
    expect(v).toMatchObject({ current: false, notCurrentReason: reason, score: 0 });
  });

  it('rejects a record whose experience at the target has ended', () => {
    const r = record();
    r.experience[0]!.active_experience = 0;
    expect(verifyEmployee(r, { id: 100 }, NOW).notCurrentReason).toBe('no_active_experience');
  });

  it('rejects every leaver, duplicate and deleted profile of a demo company and accepts every current employee', () => {
    const company = generateCompanies(DEFAULT_UNIVERSE).find((c) => (c.employees_count ?? 0) >= 300 && (c.employees_count ?? 0) <= 600)!;
    const all = generateEmployees(company, DEFAULT_UNIVERSE);
    const headcount = company.employees_count!;
    const now = Date.UTC(2026, 10, 1);
    const verdicts = all.map((e) => verifyEmployee(e, { id: company.id }, now));
    expect(verdicts.slice(0, headcount).every((v) => v.current)).toBe(true);
    expect(all.length).toBeGreaterThan(headcount);
    expect(verdicts.slice(headcount).some((v) => v.current)).toBe(false);
  });
});

describe('verification: freshness and agreement', () => {
  it('decays freshness after a week with a 90-day half-life', () => {
    expect(freshnessOf(0)).toBe(1);
    expect(freshnessOf(7)).toBe(1);
    expect(freshnessOf(97)).toBe(0.5);
    expect(freshnessOf(187)).toBe(0.25);
    expect(freshnessOf(2000)).toBe(0.05);
    expect(freshnessOf(null)).toBe(0.5);
    expect(freshnessOf(30)).toBeGreaterThan(freshnessOf(60));
  });

  it('uses the newest of checked_at / updated_at', () => {
    expect(recordAgeDays(record({ checked_at: new Date(NOW - 200 * DAY).toISOString(), updated_at: new Date(NOW - 20 * DAY).toISOString() }), NOW)).toBe(20);
  });

  it('lowers the score when the preview and the record disagree', () => {
    const agree = verifyEmployee(record(), { id: 100 }, NOW, preview());
    const disagree = verifyEmployee(record(), { id: 100 }, NOW, preview({ active_experience_title: 'Software Engineer', active_experience_department: 'Engineering' }));
    expect(agree.agreement).toBe(1);
    expect(disagree.agreement).toBeLessThan(0.5);
    expect(disagree.score).toBeLessThan(agree.score);
    expect(disagree.reasons.join(' ')).toContain('title changed');
  });

  it('accepts a preview of the target company as unconfirmed and rejects another company', () => {
    expect(verifyPreview(preview(), { id: 100, name: 'ACME' })).toMatchObject({ current: true, status: 'preview', freshness: 0.5 });
    expect(verifyPreview(preview({ company_name: 'Globex' }), { id: 100, name: 'Acme' })).toMatchObject({ current: false, notCurrentReason: 'company_mismatch' });
    expect(companyNameKey('Müller GmbH')).toBe('muller');
  });
});
