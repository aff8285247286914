import { describe, expect, it } from '@jest/globals';
import { decideResolution } from './company-resolution.js';
import type { CompanyRecord, EmployeeRecord, ExperienceRecord } from './coresignal-records.js';
import { CreditBudget } from './credit-budget.js';
import type { CallContext, CompanyQuery, CompanyResolution, EmployeeDataProvider, EmployeeSearchCriteria } from './employee-data.port.js';
import { parseEmail, PersonEnricher, verifyEmployment } from './person-enricher.js';
import { ProviderInputError } from './provider-errors.js';

const ACME = 1;
const GLOBEX = 2;

function company(id: number, name: string, domain: string): CompanyRecord {
  return {
    id,
    company_name: name,
    company_legal_name: null,
    website: `https://${domain}`,
    linkedin_url: null,
    industry: null,
    type: null,
    founded_year: null,
    size_range: null,
    employees_count: 10,
    employees_count_change: null,
    employees_count_breakdown_by_department: null,
    employees_count_breakdown_by_seniority: null,
    hq_country: null,
    hq_city: null,
    hq_location: null,
    description: null,
    is_b2b: null,
    is_public: null,
    last_funding_round_name: null,
    last_funding_round_announced_date: null,
    last_funding_round_amount_raised: null,
    active_job_postings_count: null,
    technologies_used: [],
    key_executives: [],
    key_executive_arrivals: [],
    key_executive_departures: [],
    last_updated_at: '',
  };
}

const COMPANIES = [company(ACME, 'Acme', 'acme.example'), company(GLOBEX, 'Globex', 'globex.example')];

function job(companyId: number, active: 0 | 1, from: string, to: string | null): ExperienceRecord {
  const c = COMPANIES.find((x) => x.id === companyId)!;
  return {
    active_experience: active,
    position_title: 'Buyer',
    department: 'Operations',
    management_level: 'Manager',
    company_id: c.id,
    company_name: c.company_name,
    company_website: c.website,
    company_linkedin_url: null,
    company_industry: null,
    company_employees_count: null,
    date_from: from,
    date_to: to,
    duration_months: null,
    order_in_profile: 0,
  };
}

function person(id: number, slug: string, email: string | null, experience: ExperienceRecord[], extra: Partial<EmployeeRecord> = {}): EmployeeRecord {
  const current = experience.find((x) => x.active_experience === 1);
  return {
    id,
    parent_id: null,
    full_name: `Person ${id}`,
    first_name: 'Person',
    last_name: String(id),
    headline: null,
    summary: null,
    picture_url: null,
    professional_network_url: `https://www.linkedin.com/in/${slug}`,
    location_full: null,
    location_country: null,
    location_city: null,
    is_working: current ? 1 : 0,
    is_decision_maker: 0,
    is_deleted: 0,
    is_parent: 1,
    active_experience_company_id: current?.company_id ?? null,
    active_experience_title: current?.position_title ?? null,
    active_experience_department: null,
    active_experience_management_level: null,
    primary_professional_email: email,
    primary_professional_email_status: email ? 'verified' : null,
    professional_emails_collection: [],
    inferred_skills: [],
    connections_count: null,
    followers_count: null,
    total_experience_duration_months: null,
    updated_at: '2026-10-01T00:00:00Z',
    checked_at: '2026-10-02T00:00:00Z',
    experience_change_last_identified_at: null,
    experience,
    ...extra,
  };
}

const PEOPLE = [
  person(10, 'ann-current', 'Ann@acme.example', [job(ACME, 1, '2021-01-01', null)]),
  person(11, 'bob-left', 'bob@acme.example', [job(ACME, 0, '2015-01-01', '2024-05-31')]),
  person(12, 'cid-moved', 'cid@globex.example', [job(GLOBEX, 1, '2024-06-01', null), job(ACME, 0, '2016-01-01', '2024-05-31')]),
  person(13, 'dee-deleted', 'dee@acme.example', [job(ACME, 1, '2020-01-01', null)], { is_deleted: 1 }),
  person(14, 'eve-idle', 'eve@acme.example', [job(ACME, 1, '2020-01-01', null)], { is_working: 0 }),
];

/** Current employees per Coresignal semantics; 20 credits per collect / enrich; calls logged. */
class FakePersonProvider {
  readonly name = 'coresignal' as const;
  readonly calls: string[] = [];

  private charge(ctx: CallContext | undefined, kind: 'collect' | 'enrich'): void {
    ctx?.budget?.ensure(20);
    ctx?.budget?.record(kind, 20);
  }

  async enrichCompanyByWebsite(domain: string, ctx?: CallContext): Promise<CompanyRecord | undefined> {
    this.calls.push(`enrich ${domain}`);
    const c = COMPANIES.find((x) => x.website === `https://${domain}`);
    if (c) this.charge(ctx, 'enrich');
    return c;
  }
  async resolveCompany(query: CompanyQuery, ctx?: CallContext): Promise<CompanyResolution> {
    this.calls.push(`resolve ${JSON.stringify(query)}`);
    const c = COMPANIES.find((x) => String(x.id) === query.companyId || x.company_name === query.name);
    if (c) this.charge(ctx, 'collect');
    return c ? decideResolution([{ company: c, score: 1, reason: 'fake' }], query.companyId ? 'id' : 'name') : { status: 'not_found', suggestions: [] };
  }
  async searchEmployees(criteria: EmployeeSearchCriteria, limit: number): Promise<{ ids: number[]; total: number }> {
    this.calls.push(`search ${criteria.companyId} ${criteria.email}`);
    const ids = PEOPLE.filter(
      (p) =>
        p.is_parent === 1 &&
        p.is_deleted === 0 &&
        p.active_experience_company_id === criteria.companyId &&
        p.primary_professional_email?.toLowerCase() === criteria.email?.toLowerCase(),
    ).map((p) => p.id);
    return { ids: ids.slice(0, limit), total: ids.length };
  }
  async collectEmployees(ids: number[], ctx?: CallContext): Promise<EmployeeRecord[]> {
    this.calls.push(`collect ${ids.join(',')}`);
    const found = PEOPLE.filter((p) => ids.includes(p.id));
    for (const _ of found) this.charge(ctx, 'collect');
    return found;
  }
  async collectEmployeeByShorthand(shorthand: string, ctx?: CallContext): Promise<EmployeeRecord | undefined> {
    this.calls.push(`collect ${shorthand}`);
    const slug = shorthand.replace(/^.*\/in\//, '').replace(/\/.*$/, '').toLowerCase();
    const found = PEOPLE.find((p) => p.professional_network_url!.endsWith(`/in/${slug}`));
    if (found) this.charge(ctx, 'collect');
    return found;
  }
  previewEmployees(): never {
    throw new Error('not used');
  }
  collectCompany(): never {
    throw new Error('not used');
  }
  async checkHealth(): Promise<{ ok: boolean; detail: string }> {
    return { ok: true, detail: 'fake' };
  }
}

function setup(): { fake: FakePersonProvider; enricher: PersonEnricher } {
  const fake = new FakePersonProvider();
  return { fake, enricher: new PersonEnricher(fake as unknown as EmployeeDataProvider) };
}

describe('PersonEnricher.byEmail', () => {
  it('finds the company by the email domain, the person by a free search, then collects once', async () => {
    const { fake, enricher } = setup();
    const budget = new CreditBudget();
    const result = await enricher.byEmail('  ann@ACME.example ', undefined, { budget });
    expect(result).toMatchObject({ record: { id: 10 }, currentlyEmployed: true, company: { id: ACME }, companyId: ACME, matchedBy: 'email' });
    expect(result.reason).toMatch(/active experience at Acme \(1\) since 2021-01-01 as Buyer/);
    expect(result.recordCheckedAt).toBe('2026-10-02T00:00:00Z');
    expect(fake.calls).toEqual(['enrich acme.example', 'search 1 ann@ACME.example', 'collect 10']);
    expect(result.creditsSpent).toBe(40);
    expect(budget.breakdown()).toMatchObject({ enrich: 20, collect: 20 });
  });

  it('says so when no current employee has the email (someone who left), without collecting', async () => {
    const { fake, enricher } = setup();
    const result = await enricher.byEmail('bob@acme.example');
    expect(result).toMatchObject({ record: undefined, currentlyEmployed: false, company: { id: ACME } });
    expect(result.reason).toMatch(/no current employee of Acme \(1\) has the email bob@acme.example/);
    expect(fake.calls.some((c) => c.startsWith('collect'))).toBe(false);
    expect(result.creditsSpent).toBe(20);
  });

  it('reports an unknown domain, and a personal mailbox for free', async () => {
    const { fake, enricher } = setup();
    expect(await enricher.byEmail('x@nowhere.example')).toMatchObject({
      record: undefined,
      currentlyEmployed: false,
      reason: 'no company found for the domain nowhere.example',
      creditsSpent: 0,
    });
    expect(fake.calls).toEqual(['enrich nowhere.example', 'resolve {"website":"nowhere.example"}']);
    const personal = await enricher.byEmail('someone@gmail.com');
    expect(personal).toMatchObject({ record: undefined, currentlyEmployed: false, creditsSpent: 0 });
    expect(personal.reason).toMatch(/personal mailbox/);
    expect(fake.calls).toHaveLength(2);
  });

  it('uses a company hint instead of the domain', async () => {
    const { fake, enricher } = setup();
    const result = await enricher.byEmail('cid@globex.example', { name: 'Globex' });
    expect(result).toMatchObject({ record: { id: 12 }, currentlyEmployed: true, company: { id: GLOBEX } });
    expect(fake.calls[0]).toBe('resolve {"name":"Globex"}');
    const unknown = await enricher.byEmail('ann@acme.example', { name: 'Initrode' });
    expect(unknown).toMatchObject({ record: undefined, currentlyEmployed: false, reason: 'the company hint is not found' });
  });

  it('refuses a malformed email or hint before any call', async () => {
    const { fake, enricher } = setup();
    for (const bad of ['', 'nope', 'a@b', 'a b@acme.example', 'a@acme..example', '@acme.example', 42, null]) {
      await expect(enricher.byEmail(bad as string)).rejects.toBeInstanceOf(ProviderInputError);
    }
    await expect(enricher.byEmail('ann@acme.example', { website: 'not a site' })).rejects.toMatchObject({ field: 'website' });
    expect(fake.calls).toHaveLength(0);
    expect(parseEmail(' Ann@Acme.Example ')).toEqual({ email: 'Ann@Acme.Example', domain: 'acme.example' });
  });
});

describe('PersonEnricher.byLinkedInUrl', () => {
  it('collects by shorthand and verifies against the current employer', async () => {
    const { fake, enricher } = setup();
    const result = await enricher.byLinkedInUrl('https://www.linkedin.com/in/ann-current/');
    expect(result).toMatchObject({ record: { id: 10 }, currentlyEmployed: true, companyId: ACME, matchedBy: 'linkedin', creditsSpent: 20 });
    expect(fake.calls).toEqual(['collect https://www.linkedin.com/in/ann-current/']);
  });

  it('verifies against an expected company: moved, left, deleted, not working', async () => {
    const { enricher } = setup();
    const moved = await enricher.byLinkedInUrl('linkedin.com/in/cid-moved', ACME);
    expect(moved).toMatchObject({ record: { id: 12 }, currentlyEmployed: false, companyId: ACME });
    expect(moved.reason).toBe('left Acme (1) on 2024-05-31; now at Globex (2)');
    const left = await enricher.byLinkedInUrl('https://linkedin.com/in/bob-left');
    expect(left).toMatchObject({ currentlyEmployed: false, reason: 'no current employer on record (no active experience)' });
    const leftAcme = await enricher.byLinkedInUrl('https://linkedin.com/in/bob-left', ACME);
    expect(leftAcme.reason).toBe('left Acme (1) on 2024-05-31; not working now');
    expect((await enricher.byLinkedInUrl('https://linkedin.com/in/dee-deleted')).reason).toMatch(/deleted/);
    expect((await enricher.byLinkedInUrl('https://linkedin.com/in/eve-idle')).reason).toMatch(/is_working 0/);
  });

  it('answers not found for an unknown profile', async () => {
    const { enricher } = setup();
    expect(await enricher.byLinkedInUrl('https://www.linkedin.com/in/nobody')).toMatchObject({
      record: undefined,
      currentlyEmployed: false,
      creditsSpent: 0,
    });
  });

  it('refuses a malformed URL or company id before any call', async () => {
    const { fake, enricher } = setup();
    for (const bad of ['', 'ann-current', 'https://example.com/in/ann', 'https://linkedin.com/company/acme', 'https://linkedin.com/in/', 7]) {
      await expect(enricher.byLinkedInUrl(bad as string)).rejects.toBeInstanceOf(ProviderInputError);
    }
    await expect(enricher.byLinkedInUrl('https://linkedin.com/in/ann-current', -1)).rejects.toMatchObject({ field: 'expectedCompanyId' });
    expect(fake.calls).toHaveLength(0);
  });
});

describe('verifyEmployment', () => {
  it('needs an active experience at the company, is_working and a live record', () => {
    const ann = PEOPLE[0]!;
    expect(verifyEmployment(ann, ACME).currentlyEmployed).toBe(true);
    expect(verifyEmployment(ann, GLOBEX)).toEqual({ currentlyEmployed: false, reason: 'no experience at company 2; now at Acme (1)' });
    expect(verifyEmployment({ ...ann, experience: [] }, ACME).currentlyEmployed).toBe(true); // active_experience_company_id alone
    expect(verifyEmployment({ ...ann, experience: undefined as unknown as [] }, GLOBEX).currentlyEmployed).toBe(false);
  });
});
