import { describe, expect, it } from '@jest/globals';
import { ProviderInputError } from '../../domain/provider-errors.js';
import { buildCompanyNameQuery, buildCompanySearchQuery, buildEmployeeQuery, companySignalProbes, quotePhrase } from './coresignal-query.js';
import { linkedInCompanyShorthand, linkedInProfileShorthand, normaliseDomain, validEmail } from '../../domain/provider-input.js';

describe('buildEmployeeQuery', () => {
  it('always scopes to current, parent, undeleted employees of the company', () => {
    expect(buildEmployeeQuery({ companyId: 42 })).toEqual({
      query: {
        bool: {
          filter: [
            { term: { active_experience_company_id: 42 } },
            { term: { is_parent: 1 } },
            { term: { is_deleted: 0 } },
          ],
        },
      },
    });
  });

  it('turns every criterion into its clause', () => {
    const { query } = buildEmployeeQuery({
      companyId: 7,
      titlePhrases: ['VP Sales', ' Chief  Revenue Officer ', 'vp sales', ''],
      excludeTitlePhrases: ['Assistant'],
      departments: ['Sales', 'Finance & Accounting'],
      managementLevels: ['VP-Level', 'C-Level'],
      countries: ['Germany'],
      decisionMakersOnly: true,
      email: 'Jane.Doe@Example.com',
    });
    const bool = (query as { bool: Record<string, unknown[]> }).bool;
    expect(bool.must).toEqual([
      { query_string: { default_field: 'active_experience_title', query: '"VP Sales" OR "Chief Revenue Officer"' } },
    ]);
    expect(bool.must_not).toEqual([{ query_string: { default_field: 'active_experience_title', query: '"Assistant"' } }]);
    expect(bool.filter).toEqual(
      expect.arrayContaining([
        { terms: { active_experience_department: ['Sales', 'Finance & Accounting'] } },
        { terms: { active_experience_management_level: ['VP-Level', 'C-Level'] } },
        { terms: { location_country: ['Germany'] } },
        { term: { is_decision_maker: 1 } },
        {
          bool: {
            should: [
              { term: { 'primary_professional_email.exact': 'Jane.Doe@Example.com' } },
              { term: { 'primary_professional_email.exact': 'jane.doe@example.com' } },
            ],
            minimum_should_match: 1,
          },
        },
      ]),
    );
  });

  it('escapes quotes and backslashes inside phrases, and nothing else', () => {
    expect(quotePhrase('Head of "Growth"')).toBe('"Head of \\"Growth\\""');
    expect(quotePhrase('R&D (EMEA) - AND/OR \\ x')).toBe('"R&D (EMEA) - AND/OR \\\\ x"');
  });

  it('refuses bad input before any call', () => {
    expect(() => buildEmployeeQuery({ companyId: 0 })).toThrow(ProviderInputError);
    expect(() => buildEmployeeQuery({ companyId: 1.5 })).toThrow(ProviderInputError);
    expect(() => buildEmployeeQuery({ companyId: 1, titlePhrases: ['  '] })).toThrow(/only blank/);
    expect(() => buildEmployeeQuery({ companyId: 1, email: 'not-an-email' })).toThrow(ProviderInputError);
  });
});

describe('buildCompanyNameQuery', () => {
  it('scores exact, phrase, all words, any word and typo-tolerant halves, without legal forms', () => {
    const { query } = buildCompanyNameQuery('  Northwind   Traders GmbH ');
    const should = (query as { bool: { should: unknown[] } }).bool.should;
    expect(should).toEqual([
      { term: { 'company_name.exact': 'Northwind Traders GmbH' } },
      { match_phrase: { company_name: 'northwind traders' } },
      { match: { company_name: { query: 'northwind traders', operator: 'and' } } },
      { match: { company_name: 'northwind traders' } },
      { query_string: { default_field: 'company_name', query: 'north*' } },
      { query_string: { default_field: 'company_name', query: '*wind' } },
      { query_string: { default_field: 'company_name', query: 'trad*' } },
      { query_string: { default_field: 'company_name', query: '*ers' } },
    ]);
  });

  it('refuses an empty name', () => {
    expect(() => buildCompanyNameQuery('   ')).toThrow(ProviderInputError);
    expect(() => buildCompanyNameQuery('!!!')).toThrow(ProviderInputError);
  });
});

describe('identifiers', () => {
  it.each([
    ['https://www.linkedin.com/company/northwind-traders', 'northwind-traders'],
    ['linkedin.com/company/northwind-traders/about/?x=1', 'northwind-traders'],
    ['http://de.linkedin.com/company/caf%C3%A9-co', 'café-co'],
  ])('LinkedIn company URL %s → %s', (url, slug) => {
    expect(linkedInCompanyShorthand(url)).toBe(slug);
  });

  it.each(['', 'https://example.com/company/acme', 'https://www.linkedin.com/in/jane', 'https://linkedin.com/company/', 'ftp://linkedin.com/company/x', 'https://evil-linkedin.com/company/x'])(
    'refuses %j as a LinkedIn company URL',
    (url) => {
      expect(() => linkedInCompanyShorthand(url)).toThrow(ProviderInputError);
    },
  );

  it('reads a profile shorthand', () => {
    expect(linkedInProfileShorthand('https://www.linkedin.com/in/jane-doe-42/')).toBe('jane-doe-42');
  });

  it.each([
    ['https://www.Northwind.example/contact?x=1', 'northwind.example'],
    ['northwind.example', 'northwind.example'],
    ['WWW.contoso.co.uk.', 'contoso.co.uk'],
    ['http://shop.acme.io:8080/', 'shop.acme.io'],
  ])('domain %s → %s', (input, domain) => {
    expect(normaliseDomain(input)).toBe(domain);
  });

  it.each(['', 'not a domain', 'localhost', 'jane@acme.com', 'acme..com', 'ftp://acme.com', 'acme.c0m', '-acme.com'])('refuses %j as a domain', (input) => {
    expect(() => normaliseDomain(input)).toThrow(ProviderInputError);
  });

  it('validates emails', () => {
    expect(validEmail(' jane@acme.com ')).toBe('jane@acme.com');
    for (const bad of ['jane', 'jane@', '@acme.com', 'jane@acme', 'ja ne@acme.com']) expect(() => validEmail(bad)).toThrow(ProviderInputError);
  });
});

describe('buildCompanySearchQuery', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  const shouldClauses = [
    { range: { 'employees_count_change.change_yearly_percentage': { gte: 15 } } },
    { range: { last_funding_round_announced_date: { gte: '2025-11-27' } } },
    { range: { active_job_postings_count: { gte: 5 } } },
    { term: { is_b2b: 1 } },
  ];

  it('filters on every criterion and orders by growth signals without excluding anyone', () => {
    expect(
      buildCompanySearchQuery(
        {
          industries: ['Software', 'SaaS'],
          countries: ['Germany'],
          minEmployees: 50,
          maxEmployees: 200,
          minHeadcountGrowthPercent: 10,
          fundedWithinDays: 183,
          minActiveJobPostings: 3,
          technologies: ['Salesforce'],
        },
        now,
      ),
    ).toEqual({
      query: {
        bool: {
          filter: [
            { terms: { industry: ['Software', 'SaaS'] } },
            { terms: { hq_country: ['Germany'] } },
            { range: { employees_count: { gte: 50, lte: 200 } } },
            { range: { 'employees_count_change.change_yearly_percentage': { gte: 10 } } },
            { range: { last_funding_round_announced_date: { gte: '2026-05-28' } } },
            { range: { active_job_postings_count: { gte: 3 } } },
            { terms: { technologies_used: ['Salesforce'] } },
          ],
          should: shouldClauses,
          minimum_should_match: 0,
        },
      },
    });
    // no filter: every company (minimum_should_match 0 keeps should from filtering)
    expect(buildCompanySearchQuery({}, now)).toEqual({ query: { bool: { filter: [], should: shouldClauses, minimum_should_match: 0 } } });
  });

  it('probes: one free search per band of each signal, b2b value and requested technology', () => {
    const probes = companySignalProbes({ technologies: ['AWS', 'Okta'] }, now);
    expect(probes.map((p) => `${p.signal}:${p.value}`)).toEqual([
      'headcountGrowth:shrinking', 'headcountGrowth:flat', 'headcountGrowth:growing', 'headcountGrowth:fast', 'headcountGrowth:hyper',
      'hiring:none', 'hiring:few', 'hiring:some', 'hiring:many', 'hiring:lots',
      'funding:last_6_months', 'funding:last_12_months', 'funding:last_24_months', 'funding:older',
      'b2b:true', 'b2b:false', 'technology:AWS', 'technology:Okta',
    ]);
    expect(probes[1]!.clause).toEqual({ range: { 'employees_count_change.change_yearly_percentage': { gte: 0, lt: 5 } } });
    expect(probes[11]!.clause).toEqual({ range: { last_funding_round_announced_date: { gte: '2025-11-27', lt: '2026-05-28' } } });
    expect(probes[13]!.clause).toEqual({ range: { last_funding_round_announced_date: { lt: '2024-11-27' } } });
  });
});
