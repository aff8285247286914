import { describe, expect, it } from '@jest/globals';
import { CompanyEnricher, validateCompanyQuery } from './company-enricher.js';
import { linkedInShorthand, normaliseDomain } from './provider-input.js';
import { companyNameSimilarity } from './company-name-similarity.js';
import { decideResolution } from './company-resolution.js';
import type { CompanyRecord } from './coresignal-records.js';
import { CreditBudget, CreditBudgetExceededError } from './credit-budget.js';
import type { CallContext, CompanyQuery, CompanyResolution, EmployeeDataProvider } from './employee-data.port.js';
import { ProviderInputError } from './provider-errors.js';

function company(id: number, name: string, domain: string, slug: string, extra: Partial<CompanyRecord> = {}): CompanyRecord {
  return {
    id,
    company_name: name,
    company_legal_name: null,
    website: `https://www.${domain}`,
    linkedin_url: `https://www.linkedin.com/company/${slug}`,
    industry: 'Wholesale',
    type: null,
    founded_year: null,
    size_range: null,
    employees_count: 100,
    employees_count_change: null,
    employees_count_breakdown_by_department: null,
    employees_count_breakdown_by_seniority: null,
    hq_country: 'United States',
    hq_city: null,
    hq_location: null,
    description: null,
    is_b2b: 1,
    is_public: 0,
    last_funding_round_name: null,
    last_funding_round_announced_date: null,
    last_funding_round_amount_raised: null,
    active_job_postings_count: null,
    technologies_used: [],
    key_executives: [],
    key_executive_arrivals: [],
    key_executive_departures: [],
    last_updated_at: '2026-10-01T00:00:00Z',
    ...extra,
  };
}

const COMPANIES = [
  company(1, 'Northwind Traders', 'northwind.example', 'northwind-traders', { employees_count: 250 }),
  company(2, 'Contoso Ltd', 'contoso.co.uk', 'contoso-ltd', { employees_count: 800, hq_country: 'United Kingdom' }),
  company(3, 'Contoso GmbH', 'contoso.de', 'contoso-gmbh', { employees_count: 120, hq_country: 'Germany', industry: 'Software' }),
  company(4, 'Tailspin Toys', 'tailspin.example', 'tailspin', { employees_count: 60 }),
];

/** An in-memory provider answering resolveCompany one field at a time, charging 20 credits per record lookup. */
class FakeCompanyProvider {
  readonly name = 'local' as const;
  readonly calls: CompanyQuery[] = [];
  failWith: Error | undefined;

  private charge(ctx: CallContext | undefined, kind: 'collect' | 'enrich' | 'preview'): void {
    ctx?.budget?.ensure(20);
    ctx?.budget?.record(kind, 20);
  }

  async resolveCompany(query: CompanyQuery, ctx?: CallContext): Promise<CompanyResolution> {
    this.calls.push(query);
    if (this.failWith) throw this.failWith;
    const given = Object.entries(query).filter(([, v]) => v !== undefined);
    if (given.length !== 1) throw new Error('the enricher asks one field at a time');
    if (query.companyId !== undefined) {
      this.charge(ctx, 'collect');
      const c = COMPANIES.find((x) => String(x.id) === query.companyId);
      return c ? decideResolution([{ company: c, score: 1, reason: `company id ${c.id}` }], 'id') : { status: 'not_found', suggestions: [] };
    }
    if (query.linkedInUrl !== undefined) {
      this.charge(ctx, 'collect');
      const slug = linkedInShorthand(query.linkedInUrl, 'company', 'linkedInUrl').toLowerCase();
      const c = COMPANIES.find((x) => x.linkedin_url!.endsWith(`/${slug}`));
      return c ? decideResolution([{ company: c, score: 1, reason: 'linkedin' }], 'linkedin') : { status: 'not_found', suggestions: [] };
    }
    if (query.website !== undefined) {
      this.charge(ctx, 'enrich');
      const c = COMPANIES.find((x) => normaliseDomain(x.website!) === normaliseDomain(query.website!));
      return c ? decideResolution([{ company: c, score: 1, reason: 'website' }], 'website') : { status: 'not_found', suggestions: [] };
    }
    this.charge(ctx, 'preview');
    const scored = COMPANIES.map((c) => ({ company: c, score: companyNameSimilarity(query.name!, c.company_name).score, reason: `name ${c.company_name}` }));
    return decideResolution(scored, 'name');
  }
  searchEmployees(): never {
    throw new Error('not used');
  }
  previewEmployees(): never {
    throw new Error('not used');
  }
  collectEmployees(): never {
    throw new Error('not used');
  }
  collectEmployeeByShorthand(): never {
    throw new Error('not used');
  }
  collectCompany(): never {
    throw new Error('not used');
  }
  enrichCompanyByWebsite(): never {
    throw new Error('not used');
  }
  async checkHealth(): Promise<{ ok: boolean; detail: string }> {
    return { ok: true, detail: 'fake' };
  }
}

function setup(): { fake: FakeCompanyProvider; enricher: CompanyEnricher } {
  const fake = new FakeCompanyProvider();
  return { fake, enricher: new CompanyEnricher(fake as unknown as EmployeeDataProvider) };
}

describe('CompanyEnricher', () => {
  it('matches by id first and reports the other strategies as skipped or not tried', async () => {
    const { fake, enricher } = setup();
    const budget = new CreditBudget();
    const result = await enricher.enrich({ companyId: ' 1 ', name: 'Northwind' }, { budget });
    expect(result).toMatchObject({ status: 'resolved', matchedBy: 'id', company: { id: 1 }, creditsSpent: 20 });
    expect(result.attempts.map((a) => [a.strategy, a.outcome, a.creditsSpent])).toEqual([
      ['id', 'matched', 20],
      ['linkedin', 'skipped', 0],
      ['website', 'skipped', 0],
      ['name', 'not_tried', 0],
    ]);
    expect(result.attempts[0]!.detail).toMatch(/collect by id 1: Northwind Traders/);
    expect(fake.calls).toEqual([{ companyId: '1' }]);
    expect(budget.spent).toBe(20);
  });

  it('falls through id → LinkedIn → website → name, saying what each tried and what it cost', async () => {
    const { fake, enricher } = setup();
    const result = await enricher.enrich({
      companyId: '999',
      linkedInUrl: 'https://www.linkedin.com/company/nobody-here/about',
      website: 'https://www.unknown.example/contact',
      name: 'Nortwind Traders',
    });
    expect(result.status).toBe('resolved');
    if (result.status !== 'resolved') return;
    expect(result.matchedBy).toBe('name');
    expect(result.company.id).toBe(1);
    expect(result.attempts.map((a) => [a.strategy, a.outcome, a.input])).toEqual([
      ['id', 'not_found', '999'],
      ['linkedin', 'not_found', 'https://www.linkedin.com/company/nobody-here/about'],
      ['website', 'not_found', 'unknown.example'],
      ['name', 'matched', 'Nortwind Traders'],
    ]);
    expect(result.creditsSpent).toBe(80); // no ctx budget: a private one still counts
    expect(fake.calls).toHaveLength(4);
  });

  it('resolves by LinkedIn URL and by website', async () => {
    const { enricher } = setup();
    expect(await enricher.enrich({ linkedInUrl: 'linkedin.com/company/contoso-gmbh' })).toMatchObject({
      status: 'resolved',
      matchedBy: 'linkedin',
      company: { id: 3 },
    });
    expect(await enricher.enrich({ website: 'WWW.Tailspin.Example/about' })).toMatchObject({
      status: 'resolved',
      matchedBy: 'website',
      company: { id: 4 },
    });
  });

  it('returns ranked candidates with reasons when the name is ambiguous', async () => {
    const { enricher } = setup();
    const result = await enricher.enrich({ name: 'Contoso' });
    expect(result.status).toBe('ambiguous');
    if (result.status !== 'ambiguous') return;
    expect(result.candidates.map((c) => c.company.id)).toEqual([2, 3]);
    expect(result.candidates.every((c) => c.reason.length > 0)).toBe(true);
    expect(result.attempts.at(-1)).toMatchObject({ strategy: 'name', outcome: 'ambiguous' });
  });

  it('settles an ambiguous name with a hint that fits exactly one candidate', async () => {
    const { enricher } = setup();
    const result = await enricher.enrich({ name: 'Contoso' }, {}, { country: 'germany' });
    expect(result).toMatchObject({ status: 'resolved', matchedBy: 'name', company: { id: 3 }, disambiguatedBy: 'headquarters in germany' });
    if (result.status !== 'resolved') return;
    expect(result.candidates[0]!.reason).toMatch(/fits headquarters in germany/);
    expect(result.candidates.map((c) => c.company.id)).toEqual([3, 2]);
    // a hint nobody fits leaves it ambiguous
    expect((await enricher.enrich({ name: 'Contoso' }, {}, { country: 'France' })).status).toBe('ambiguous');
    expect(await enricher.enrich({ name: 'Contoso' }, {}, { industry: 'wholesale' })).toMatchObject({ status: 'resolved', company: { id: 2 } });
  });

  it('needs every hint to fit: one contradicting hint rules a candidate out', async () => {
    const { enricher } = setup();
    expect(await enricher.enrich({ name: 'Contoso' }, {}, { industry: 'Software' })).toMatchObject({ status: 'resolved', company: { id: 3 } });
    expect((await enricher.enrich({ name: 'Contoso' }, {}, { industry: 'Software', country: 'France' })).status).toBe('ambiguous');
  });

  it('answers not_found with suggestions from the name strategy', async () => {
    const { enricher } = setup();
    const result = await enricher.enrich({ name: 'Northwind Aerospace Systems' });
    expect(result.status).toBe('not_found');
    if (result.status !== 'not_found') return;
    expect(result.suggestions.map((s) => s.company.id)).toContain(1);
    const none = await enricher.enrich({ companyId: 12345 as unknown as string });
    expect(none).toMatchObject({ status: 'not_found', suggestions: [] });
  });

  it('refuses bad input with ProviderInputError naming the field, before any call', async () => {
    const { fake, enricher } = setup();
    const bad: [unknown, string | undefined][] = [
      [undefined, undefined],
      [null, undefined],
      ['Northwind', undefined],
      [{}, undefined],
      [{ name: '   ', website: '' }, undefined],
      [{ companyId: 'abc' }, 'companyId'],
      [{ companyId: '-3' }, 'companyId'],
      [{ companyId: '0' }, 'companyId'],
      [{ linkedInUrl: 'https://example.com/company/northwind' }, 'linkedInUrl'],
      [{ linkedInUrl: 'https://www.linkedin.com/in/someone' }, 'linkedInUrl'],
      [{ linkedInUrl: 'http://[broken' }, 'linkedInUrl'],
      [{ website: 'not a website' }, 'website'],
      [{ website: 'someone@northwind.example' }, 'website'],
      [{ website: 'localhost' }, 'website'],
      [{ website: 'ftp://northwind.example' }, 'website'],
      [{ name: '!!!' }, 'name'],
      [{ name: 'x'.repeat(201) }, 'name'],
      [{ name: 42 }, 'name'],
      [{ companyId: { id: 1 } }, 'companyId'],
      // a bad field is refused even when another would resolve
      [{ companyId: '1', website: 'nope' }, 'website'],
    ];
    for (const [query, field] of bad) {
      const error = await enricher.enrich(query as CompanyQuery).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderInputError);
      if (field !== undefined) expect(error).toMatchObject({ field });
    }
    await expect(enricher.enrich({ name: 'Contoso' }, {}, { country: 7 as unknown as string })).rejects.toBeInstanceOf(ProviderInputError);
    expect(fake.calls).toHaveLength(0);
  });

  it('passes provider failures through unchanged (typed), and stops at the budget', async () => {
    const { fake, enricher } = setup();
    fake.failWith = new Error('boom');
    await expect(enricher.enrich({ companyId: '1' })).rejects.toThrow('boom');
    fake.failWith = undefined;
    const budget = new CreditBudget(30);
    await expect(enricher.enrich({ companyId: '999', website: 'contoso.de' }, { budget })).rejects.toBeInstanceOf(CreditBudgetExceededError);
    expect(budget.spent).toBe(20);
  });

  it('normalises the query', () => {
    expect(validateCompanyQuery({ companyId: '007', website: 'HTTPS://WWW.Acme.COM/x', name: ' Acme  Corp ', linkedInUrl: undefined })).toEqual({
      companyId: '7',
      website: 'acme.com',
      name: 'Acme Corp',
    });
  });
});
