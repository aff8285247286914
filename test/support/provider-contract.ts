import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CompanyEnricher } from '../../src/modules/enrichment/domain/company-enricher.js';
import type { CreditKind } from '../../src/modules/enrichment/domain/credit-budget.js';
import { CreditBudget, CreditBudgetExceededError } from '../../src/modules/enrichment/domain/credit-budget.js';
import type { CompanySearchFilters, CompanySignals } from '../../src/modules/enrichment/domain/company-search.js';
import type {
  CompanyQuery,
  EmployeeDataProvider,
  EmployeeSearchCriteria,
} from '../../src/modules/enrichment/domain/employee-data.port.js';
import { PersonEnricher } from '../../src/modules/enrichment/domain/person-enricher.js';
import { ProviderInputError } from '../../src/modules/enrichment/domain/provider-errors.js';
import {
  COMPANIES,
  EMPLOYEES,
  FAY_FORMER,
  GUS_MOVED,
  MAX_EMAIL,
  MAX_MARKETING,
  NORTHWIND,
  NORTHWIND_CURRENT,
} from './coresignal-fixture.js';

/**
 * The behaviour the discovery engine relies on, written once and run against every EmployeeDataProvider over the
 * same records (test/support/coresignal-fixture.ts): the local dataset (test/provider-contract-local.e2e-spec.ts)
 * and the Coresignal adapter against the simulator (test/provider-contract-coresignal.e2e-spec.ts). The engine
 * cannot tell the providers apart, so neither may these tests — except for credits, where the subject states its
 * prices and the tests check each provider charges exactly those (0 for the local dataset).
 */

export type PaidKind = Exclude<CreditKind, 'search'>;

export interface ContractSubject {
  provider: EmployeeDataProvider;
  /** what one call of each kind costs with this provider */
  prices: Record<CreditKind, number>;
  /** calls of each paid kind the provider answered (and billed, at its prices) so far */
  callCounts(): Record<PaidKind, number>;
  /** credits the provider's account was charged so far (the simulator's ledger; 0 for the local dataset) */
  billed(): number;
  teardown(): Promise<void>;
}

const sorted = (ids: readonly number[]): number[] => [...ids].sort((a, b) => a - b);
const employee = (id: number) => EMPLOYEES.find((e) => e.id === id)!;
const companyRecord = (id: number) => COMPANIES.find((c) => c.id === id)!;
const profileUrl = (id: number): string => employee(id).professional_network_url!;
const profileSlug = (id: number): string => profileUrl(id).replace(/^.*\/in\//, '');

export function describeProviderContract(name: string, setup: () => Promise<ContractSubject>): void {
  describe(`EmployeeDataProvider contract: ${name}`, () => {
    let subject: ContractSubject;
    let provider: EmployeeDataProvider;
    const search = async (criteria: Omit<EmployeeSearchCriteria, 'companyId'>, companyId = NORTHWIND): Promise<number[]> =>
      sorted((await provider.searchEmployees({ companyId, ...criteria }, 1000)).ids);

    beforeAll(async () => {
      subject = await setup();
      provider = subject.provider;
    });
    afterAll(async () => {
      await subject?.teardown();
    });

    describe('resolveCompany', () => {
      it('resolves by id, LinkedIn URL and website, saying how', async () => {
        expect(await provider.resolveCompany({ companyId: '2001' })).toMatchObject({
          status: 'resolved',
          matchedBy: 'id',
          company: companyRecord(NORTHWIND),
          candidates: [{ score: 1 }],
        });
        expect(await provider.resolveCompany({ linkedInUrl: 'https://www.linkedin.com/company/northwind-traders/about/' })).toMatchObject({
          status: 'resolved',
          matchedBy: 'linkedin',
          company: { id: NORTHWIND },
        });
        expect(await provider.resolveCompany({ linkedInUrl: 'linkedin.com/company/Contoso-GmbH' })).toMatchObject({
          status: 'resolved',
          company: { id: 2003 },
        });
        const bySite = await provider.resolveCompany({ website: 'https://www.northwind.example/contact' });
        expect(bySite).toMatchObject({ status: 'resolved', matchedBy: 'website', company: { id: NORTHWIND } });
        if (bySite.status === 'resolved') expect(bySite.candidates[0]!.reason).toMatch(/website northwind\.example/);
        // an unknown id falls through to the next field given
        expect(await provider.resolveCompany({ companyId: '999999', website: 'contoso.de' })).toMatchObject({
          status: 'resolved',
          matchedBy: 'website',
          company: { id: 2003 },
        });
      });

      it('resolves an exact name to the full record', async () => {
        const result = await provider.resolveCompany({ name: 'Northwind Traders' });
        expect(result.status).toBe('resolved');
        if (result.status !== 'resolved') return;
        expect(result.matchedBy).toBe('name');
        expect(result.company).toEqual(companyRecord(NORTHWIND)); // the full record (key executives and all)
        expect(result.candidates[0]).toMatchObject({ score: 1, company: { id: NORTHWIND } });
        expect(result.candidates[0]!.reason).toMatch(/matches 'Northwind Traders'/);
      });

      it('resolves a misspelled name, with ranked candidates and reasons', async () => {
        const result = await provider.resolveCompany({ name: 'Nortwind Traders' });
        expect(result.status).toBe('resolved');
        if (result.status !== 'resolved') return;
        expect(result.company.id).toBe(NORTHWIND);
        expect(result.candidates[0]!.company.id).toBe(NORTHWIND);
        expect(result.candidates[0]!.reason).toMatch(/similar to 'Nortwind Traders'/);
        expect(result.candidates.length).toBeGreaterThan(1);
        const scores = result.candidates.map((c) => c.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        expect(result.candidates.map((c) => c.company.id)).toEqual(expect.arrayContaining([2004, 2007]));
        for (const c of result.candidates) expect(c.reason).toMatch(/employees/);
      });

      it('resolves a name that starts one company name', async () => {
        expect(await provider.resolveCompany({ name: 'Globex' })).toMatchObject({
          status: 'resolved',
          matchedBy: 'name',
          company: { id: 2005, company_name: 'Globex Logistics' },
        });
      });

      it('calls same-named companies ambiguous, ranked larger first with reasons', async () => {
        const result = await provider.resolveCompany({ name: 'Contoso' });
        expect(result.status).toBe('ambiguous');
        if (result.status !== 'ambiguous') return;
        expect(result.candidates.map((c) => c.company.id)).toEqual([2002, 2003]);
        expect(result.candidates.map((c) => c.score)).toEqual([1, 1]);
        expect(result.candidates[0]!.reason).toMatch(/800 employees/);
        expect(result.candidates[0]!.reason).toMatch(/larger first/);
      });

      it('answers not_found, with suggestions for a near miss and none for nonsense', async () => {
        const near = await provider.resolveCompany({ name: 'Northwind Aerospace Systems' });
        expect(near.status).toBe('not_found');
        if (near.status !== 'not_found') return;
        expect(near.suggestions.map((s) => s.company.id)).toEqual(expect.arrayContaining([2001, 2007]));
        for (const s of near.suggestions) expect(s.reason).not.toBe('');
        expect(await provider.resolveCompany({ name: 'Zzyzx Quibble' })).toEqual({ status: 'not_found', suggestions: [] });
        expect(await provider.resolveCompany({ companyId: '999999' })).toEqual({ status: 'not_found', suggestions: [] });
        expect(await provider.resolveCompany({ website: 'unknown.example' })).toEqual({ status: 'not_found', suggestions: [] });
        expect(await provider.resolveCompany({ linkedInUrl: 'https://linkedin.com/company/no-such-company' })).toEqual({
          status: 'not_found',
          suggestions: [],
        });
      });

      it('refuses malformed or empty queries with ProviderInputError', async () => {
        const bad: unknown[] = [
          {},
          { name: '   ' },
          { name: '!!!' },
          { linkedInUrl: 'https://example.com/company/northwind' },
          { linkedInUrl: 'https://www.linkedin.com/in/someone' },
          { linkedInUrl: 'linkedin.com/company/' },
          { website: 'not a website' },
          { website: 'someone@northwind.example' },
          { companyId: 'abc' },
          { companyId: '2001', linkedInUrl: 'https://linkedin.com/companies' },
          null,
        ];
        for (const query of bad) {
          await expect(provider.resolveCompany(query as CompanyQuery)).rejects.toBeInstanceOf(ProviderInputError);
        }
      });
    });

    describe('searchEmployees', () => {
      it('returns only current employees (parent, not deleted, active at the company) with the right total', async () => {
        const all = await provider.searchEmployees({ companyId: NORTHWIND }, 1000);
        expect(all.total).toBe(NORTHWIND_CURRENT.length);
        expect(new Set(all.ids).size).toBe(all.ids.length);
        expect(sorted(all.ids)).toEqual(NORTHWIND_CURRENT);
        // deleted (38), non-parent (39), left (43, 44) are never in
        for (const id of [38, 39, FAY_FORMER, GUS_MOVED]) expect(all.ids).not.toContain(id);
        expect(await search({}, 2004)).toEqual([40, 42]);
        expect(await search({}, 2006)).toEqual([GUS_MOVED]);
        expect(await provider.searchEmployees({ companyId: 999_999 }, 10)).toEqual({ ids: [], total: 0 });
      });

      it('stops at the limit and still sizes the pool', async () => {
        const limited = await provider.searchEmployees({ companyId: NORTHWIND }, 10);
        expect(limited.ids).toHaveLength(10);
        expect(limited.total).toBe(NORTHWIND_CURRENT.length);
        expect(limited.ids.every((id) => NORTHWIND_CURRENT.includes(id))).toBe(true);
        expect(await provider.searchEmployees({ companyId: NORTHWIND }, 0)).toEqual({ ids: [], total: NORTHWIND_CURRENT.length });
      });

      it('filters by title phrases, departments, levels, countries, decision makers and email', async () => {
        expect(await search({ titlePhrases: ['VP Sales', 'Chief Revenue Officer'] })).toEqual([2, 3]);
        expect(await search({ titlePhrases: ['vp  SALES'] })).toEqual([3]);
        expect(await search({ titlePhrases: ['Head of "Growth"'] })).toEqual([4]);
        expect(await search({ titlePhrases: ['Sales'] })).toEqual([3, 5, 36]); // whole words: not "Salesforce"
        expect(await search({ titlePhrases: ['Account Executive'], excludeTitlePhrases: ['Senior'] })).toEqual([
          6, 8, 10, 12, 14, 16, 18, 20, 22, 24,
        ]);
        expect(await search({ departments: ['Sales'], managementLevels: ['Director'], countries: ['Germany'] })).toEqual([5]);
        expect(await search({ departments: ['marketing'] })).toEqual([4, 37]);
        expect(await search({ managementLevels: ['C-Level', 'VP-Level'] })).toEqual([1, 2, 3, 37]);
        expect(await search({ countries: ['France'] })).toEqual([8, 12, 16, 20, 24]);
        expect(await search({ decisionMakersOnly: true })).toEqual([1, 2, 3, 4, 5, 37]);
        expect(await search({ email: MAX_EMAIL })).toEqual([MAX_MARKETING]);
        expect(await search({ email: 'Max.Marketing@Northwind.EXAMPLE' })).toEqual([MAX_MARKETING]);
        // a person who left keeps her old address on record, but is not a current employee
        expect(await search({ email: 'fay.former@northwind.example' })).toEqual([]);
        expect(await search({ managementLevels: ['Intern'], departments: ['Sales'] })).toEqual([36]);
        expect(await search({ titlePhrases: ['Chief Pizza Officer'] })).toEqual([]);
      });

      it('refuses bad criteria with ProviderInputError', async () => {
        const bad: [EmployeeSearchCriteria, number][] = [
          [{ companyId: NORTHWIND, email: 'nope' }, 10],
          [{ companyId: -1 }, 10],
          [{ companyId: 0 }, 10],
          [{ companyId: NORTHWIND }, -1],
          [{ companyId: NORTHWIND }, 1.5],
          [{ companyId: NORTHWIND, titlePhrases: ['  '] }, 10],
          [{ companyId: NORTHWIND, departments: [''] }, 10],
          [undefined as unknown as EmployeeSearchCriteria, 10],
        ];
        for (const [criteria, limit] of bad) {
          await expect(provider.searchEmployees(criteria, limit)).rejects.toBeInstanceOf(ProviderInputError);
        }
      });
    });

    describe('previewEmployees', () => {
      it('pages through current employees 20 at a time, best first, with the fields the engine reads', async () => {
        const first = await provider.previewEmployees({ companyId: NORTHWIND }, 1);
        const second = await provider.previewEmployees({ companyId: NORTHWIND }, 2);
        const third = await provider.previewEmployees({ companyId: NORTHWIND }, 3);
        expect(first).toHaveLength(20);
        expect(second).toHaveLength(NORTHWIND_CURRENT.length - 20);
        expect(third).toEqual([]);
        // no title phrases: every score ties, so id order
        expect([...first, ...second].map((p) => p.id)).toEqual(NORTHWIND_CURRENT);
        const cara = first.find((p) => p.id === 3)!;
        expect(cara).toMatchObject({
          id: 3,
          full_name: 'Cara Sales',
          professional_network_url: profileUrl(3),
          headline: 'VP Sales',
          location_country: 'United States',
          company_name: 'Northwind Traders',
          company_website: 'https://www.northwind.example',
          company_industry: 'Wholesale',
          active_experience_title: 'VP Sales',
          active_experience_department: 'Sales',
          active_experience_management_level: 'VP-Level',
        });
        expect(typeof cara._score).toBe('number');
      });

      it('previews what the search matches', async () => {
        const criteria: EmployeeSearchCriteria = { companyId: NORTHWIND, titlePhrases: ['Account Executive'], countries: ['Germany'] };
        const preview = await provider.previewEmployees(criteria, 1);
        expect(sorted(preview.map((p) => p.id))).toEqual((await provider.searchEmployees(criteria, 100)).ids.sort((a, b) => a - b));
        expect(sorted(preview.map((p) => p.id))).toEqual([7, 11, 15, 19, 23]);
        expect(preview.every((p) => p._score > 0)).toBe(true);
        expect(await provider.previewEmployees({ companyId: NORTHWIND, titlePhrases: ['VP Sales', 'VP Marketing'] }, 1)).toEqual([
          expect.objectContaining({ id: 3, active_experience_title: 'VP Sales' }),
          expect.objectContaining({ id: 37, active_experience_title: 'VP Marketing' }),
        ]);
      });

      it('refuses a bad page or criteria', async () => {
        await expect(provider.previewEmployees({ companyId: NORTHWIND }, 0)).rejects.toBeInstanceOf(ProviderInputError);
        await expect(provider.previewEmployees({ companyId: NORTHWIND }, 1.5)).rejects.toBeInstanceOf(ProviderInputError);
        await expect(provider.previewEmployees({ companyId: NORTHWIND, email: 'x' }, 1)).rejects.toBeInstanceOf(ProviderInputError);
      });
    });

    describe('collects', () => {
      it('collectEmployees returns full records once each, in the order asked, unknown ids left out', async () => {
        const records = await provider.collectEmployees([3, 999_999, 2, 3, 1]);
        expect(records.map((r) => r.id)).toEqual([3, 2, 1]);
        expect(records[0]).toEqual(employee(3));
        expect(await provider.collectEmployees([MAX_MARKETING])).toEqual([employee(MAX_MARKETING)]);
        // collect is by id: also records that are not current employees anywhere
        expect((await provider.collectEmployees([FAY_FORMER]))[0]).toEqual(employee(FAY_FORMER));
        expect(await provider.collectEmployees([])).toEqual([]);
        expect(await provider.collectEmployees([404_404])).toEqual([]);
        await expect(provider.collectEmployees([0])).rejects.toBeInstanceOf(ProviderInputError);
        await expect(provider.collectEmployees('3' as unknown as number[])).rejects.toBeInstanceOf(ProviderInputError);
      });

      it('collectEmployeeByShorthand takes the slug or the profile URL', async () => {
        expect(await provider.collectEmployeeByShorthand(profileUrl(3))).toEqual(employee(3));
        expect((await provider.collectEmployeeByShorthand(profileSlug(3)))?.id).toBe(3);
        expect((await provider.collectEmployeeByShorthand(profileSlug(3).toUpperCase()))?.id).toBe(3);
        expect((await provider.collectEmployeeByShorthand(`${profileUrl(GUS_MOVED)}/?trk=x`))?.id).toBe(GUS_MOVED);
        expect(await provider.collectEmployeeByShorthand('nobody-here')).toBeUndefined();
        await expect(provider.collectEmployeeByShorthand('has spaces')).rejects.toBeInstanceOf(ProviderInputError);
        await expect(provider.collectEmployeeByShorthand('https://www.linkedin.com/company/northwind-traders')).rejects.toBeInstanceOf(
          ProviderInputError,
        );
      });

      it('collectCompany takes an id, a shorthand or a LinkedIn URL', async () => {
        expect(await provider.collectCompany('2002')).toEqual(companyRecord(2002));
        expect((await provider.collectCompany('contoso-gmbh'))?.id).toBe(2003);
        expect((await provider.collectCompany('https://www.linkedin.com/company/northwind-traders/'))?.id).toBe(NORTHWIND);
        expect(await provider.collectCompany('no-such-company')).toBeUndefined();
        expect(await provider.collectCompany('999999')).toBeUndefined();
        await expect(provider.collectCompany('https://www.linkedin.com/in/person')).rejects.toBeInstanceOf(ProviderInputError);
        await expect(provider.collectCompany('has spaces')).rejects.toBeInstanceOf(ProviderInputError);
      });

      it('enrichCompanyByWebsite takes a domain or a website', async () => {
        expect(await provider.enrichCompanyByWebsite('https://www.tailspin.example/about')).toEqual(companyRecord(2004));
        expect((await provider.enrichCompanyByWebsite('NORTHWIND.example'))?.id).toBe(NORTHWIND);
        expect(await provider.enrichCompanyByWebsite('unknown.example')).toBeUndefined();
        for (const bad of ['not a domain', 'someone@northwind.example', 'localhost', '']) {
          await expect(provider.enrichCompanyByWebsite(bad)).rejects.toBeInstanceOf(ProviderInputError);
        }
      });
    });

    describe('credits', () => {
      it('charges the budget exactly its prices per answered call, as many calls of each kind as any provider', async () => {
        const prices = subject.prices;
        const budget = new CreditBudget();
        const billedBefore = subject.billed();
        const countsBefore = subject.callCounts();
        await provider.searchEmployees({ companyId: NORTHWIND, departments: ['Sales'] }, 100, { budget });
        await provider.previewEmployees({ companyId: NORTHWIND, titlePhrases: ['Account Executive'] }, 1, { budget });
        await provider.collectEmployees([1, 2, 404_404], { budget });
        await provider.collectEmployeeByShorthand(profileUrl(3), { budget });
        await provider.collectEmployeeByShorthand('nobody-here', { budget });
        await provider.collectCompany('2002', { budget });
        await provider.collectCompany('no-such-company', { budget });
        await provider.enrichCompanyByWebsite('tailspin.example', { budget });
        await provider.enrichCompanyByWebsite('unknown.example', { budget });
        await provider.resolveCompany({ companyId: '999999', website: 'contoso.de' }, { budget });
        const counts = subject.callCounts();
        const calls = {
          preview: counts.preview - countsBefore.preview,
          collect: counts.collect - countsBefore.collect,
          enrich: counts.enrich - countsBefore.enrich,
        };
        // found records only: unknown ids, shorthands and domains are not billed
        expect(calls).toEqual({ preview: 1, collect: 4, enrich: 2 });
        expect(budget.breakdown()).toEqual({
          search: 0,
          preview: prices.preview,
          collect: 4 * prices.collect,
          enrich: 2 * prices.enrich,
          total: prices.preview + 4 * prices.collect + 2 * prices.enrich,
        });
        expect(subject.billed() - billedBefore).toBe(budget.spent);
      });

      it('checks the budget before a paid call: a spent budget stops it only when the call costs something', async () => {
        const budget = new CreditBudget(0);
        const call = provider.collectEmployees([1], { budget });
        if (subject.prices.collect > 0) await expect(call).rejects.toBeInstanceOf(CreditBudgetExceededError);
        else expect((await call).map((r) => r.id)).toEqual([1]);
        expect(budget.spent).toBe(0);
        // free searches never need credits
        expect((await provider.searchEmployees({ companyId: NORTHWIND }, 5, { budget })).total).toBe(NORTHWIND_CURRENT.length);
      });
    });

    describe('searchCompanies', () => {
      /** every fixture company's signals (coresignal-fixture.ts), and the candidate order: growth signals, then id */
      const SIGNALS: Record<number, CompanySignals> = {
        2001: { headcountGrowth: 'fast', hiring: 'some', funding: 'last_6_months', b2b: true, technologies: [] },
        2002: { headcountGrowth: 'shrinking', hiring: 'none', funding: null, b2b: false, technologies: [] },
        2003: { headcountGrowth: 'growing', hiring: 'few', funding: 'last_24_months', b2b: true, technologies: [] },
        2004: { headcountGrowth: null, hiring: null, funding: 'older', b2b: null, technologies: [] },
        2005: { headcountGrowth: 'hyper', hiring: 'lots', funding: 'last_12_months', b2b: true, technologies: [] },
        2006: { headcountGrowth: 'flat', hiring: 'many', funding: 'last_6_months', b2b: true, technologies: [] },
        2007: { headcountGrowth: 'growing', hiring: 'some', funding: null, b2b: false, technologies: [] },
      };
      const ORDER = [2001, 2005, 2006, 2003, 2007, 2002, 2004];
      const ids = async (filters: CompanySearchFilters, limit = 100): Promise<number[]> =>
        (await provider.searchCompanies(filters, limit)).companies.map((hit) => hit.id);

      it('matches every company without filters, in candidate order, each with its signal bands', async () => {
        const result = await provider.searchCompanies({}, 100);
        expect(result.total).toBe(COMPANIES.length);
        expect(result.companies.map((hit) => hit.id)).toEqual(ORDER);
        for (const hit of result.companies) expect(hit.signals).toEqual(SIGNALS[hit.id]);
      });

      it('filters by industry, size, country, growth, funding recency, hiring and technologies', async () => {
        expect(await ids({ industries: ['software'] })).toEqual([2006, 2003, 2004]);
        expect(await ids({ industries: ['Software', ' Healthcare '], minEmployees: 50 })).toEqual([2003, 2007, 2004]);
        expect(await ids({ maxEmployees: 100 })).toEqual([2006, 2007, 2004]);
        expect(await ids({ minEmployees: 120, maxEmployees: 250 })).toEqual([2001, 2003]);
        expect(await ids({ countries: ['germany', 'United Kingdom'] })).toEqual([2003, 2002]);
        expect(await ids({ minHeadcountGrowthPercent: 5 })).toEqual([2001, 2005, 2003, 2007]); // '8.5' is a number too
        expect(await ids({ minHeadcountGrowthPercent: -5 })).toEqual([2001, 2005, 2006, 2003, 2007, 2002]); // none on record: out
        expect(await ids({ fundedWithinDays: 365 })).toEqual([2001, 2005, 2006]);
        expect(await ids({ fundedWithinDays: 45 })).toEqual([2006]); // a date-time counts by its day
        expect(await ids({ minActiveJobPostings: 20 })).toEqual([2005, 2006]);
        expect(await ids({ minActiveJobPostings: 0 })).toEqual([2001, 2005, 2006, 2003, 2007, 2002]);
        expect(await ids({ industries: ['Software'], technologies: ['Salesforce'], fundedWithinDays: 365 })).toEqual([2006]);
        expect(await provider.searchCompanies({ industries: ['Mining'] }, 10)).toEqual({ companies: [], total: 0 });
      });

      it('reports which requested technologies each match uses, whatever their case', async () => {
        const result = await provider.searchCompanies({ technologies: ['SALESFORCE', 'kubernetes'] }, 100);
        expect(result.companies.map((hit) => [hit.id, hit.signals.technologies])).toEqual([
          [2001, ['SALESFORCE']],
          [2005, ['kubernetes']],
          [2006, ['SALESFORCE']],
          [2003, ['SALESFORCE']],
        ]);
      });

      it('stops at the limit and still counts every match', async () => {
        const limited = await provider.searchCompanies({}, 3);
        expect(limited.total).toBe(COMPANIES.length);
        expect(limited.companies.map((hit) => hit.id)).toEqual(ORDER.slice(0, 3));
        for (const hit of limited.companies) expect(hit.signals).toEqual(SIGNALS[hit.id]);
        expect(await provider.searchCompanies({ industries: ['Software'] }, 0)).toEqual({ companies: [], total: 3 });
      });

      it('gives only true facts: the record\'s values where the provider has them for free, else nothing', async () => {
        const result = await provider.searchCompanies({}, 100);
        for (const hit of result.companies) {
          const record = companyRecord(hit.id);
          if (hit.facts.name === null) {
            expect(Object.values(hit.facts).every((value) => value === null)).toBe(true);
            continue;
          }
          expect(hit.facts).toMatchObject({
            name: record.company_name,
            website: record.website,
            industry: record.industry,
            employeesCount: record.employees_count,
            country: record.hq_country,
            activeJobPostings: record.active_job_postings_count,
          });
        }
        const contoso = result.companies.find((hit) => hit.id === 2003)!;
        if (contoso.facts.name !== null) {
          expect(contoso.facts.yearlyHeadcountGrowthPercent).toBe(8.5);
          expect(contoso.facts.lastFundingRound).toMatchObject({ name: 'Seed', amountRaised: 2_000_000 });
        }
      });

      it('is free: nothing billed, no paid call, a spent budget does not stop it', async () => {
        const budget = new CreditBudget(0);
        const billedBefore = subject.billed();
        const countsBefore = subject.callCounts();
        const result = await provider.searchCompanies({ industries: ['Software'], technologies: ['Salesforce'] }, 100, { budget });
        expect(result.total).toBe(2);
        expect(budget.spent).toBe(0);
        expect(subject.billed()).toBe(billedBefore);
        expect(subject.callCounts()).toEqual(countsBefore);
      });

      it('refuses bad filters and limits with ProviderInputError naming the field', async () => {
        const bad: [unknown, number, string | undefined][] = [
          [null, 10, undefined],
          [{ industries: 'Software' }, 10, 'industries'],
          [{ industries: ['  '] }, 10, 'industries'],
          [{ technologies: [3] }, 10, 'technologies'],
          [{ minEmployees: -1 }, 10, 'minEmployees'],
          [{ minEmployees: 1.5 }, 10, 'minEmployees'],
          [{ minEmployees: 10, maxEmployees: 5 }, 10, 'minEmployees'],
          [{ fundedWithinDays: 0 }, 10, 'fundedWithinDays'],
          [{ minHeadcountGrowthPercent: Number.NaN }, 10, 'minHeadcountGrowthPercent'],
          [{ minActiveJobPostings: '5' }, 10, 'minActiveJobPostings'],
          [{}, -1, 'limit'],
          [{}, 1.5, 'limit'],
        ];
        for (const [filters, limit, field] of bad) {
          const call = provider.searchCompanies(filters as CompanySearchFilters, limit);
          await expect(call).rejects.toBeInstanceOf(ProviderInputError);
          if (field) await expect(call).rejects.toMatchObject({ field });
        }
      });

      it('lists the industries a search can match', async () => {
        const industries = await provider.companyIndustries();
        expect(industries).toEqual(expect.arrayContaining(['Wholesale', 'Software', 'Logistics', 'Healthcare']));
      });
    });

    describe('health', () => {
      it('is ok', async () => {
        const health = await provider.checkHealth();
        expect(health.ok).toBe(true);
        expect(health.detail).not.toBe('');
      });
    });

    describe('enrichers over this provider', () => {
      it('CompanyEnricher tries id → LinkedIn → website → name and reports each', async () => {
        const enricher = new CompanyEnricher(provider);
        const budget = new CreditBudget();
        const result = await enricher.enrich(
          { companyId: '999999', website: 'https://www.northwind.example/x', name: 'Northwind Traders' },
          { budget },
        );
        expect(result).toMatchObject({ status: 'resolved', matchedBy: 'website', company: { id: NORTHWIND } });
        expect(result.attempts.map((a) => [a.strategy, a.outcome])).toEqual([
          ['id', 'not_found'],
          ['linkedin', 'skipped'],
          ['website', 'matched'],
          ['name', 'not_tried'],
        ]);
        expect(result.creditsSpent).toBe(subject.prices.enrich);
        expect(budget.spent).toBe(subject.prices.enrich);

        const ambiguous = await enricher.enrich({ name: 'Contoso' });
        expect(ambiguous.status).toBe('ambiguous');
        const settled = await enricher.enrich({ name: 'Contoso' }, {}, { country: 'Germany' });
        expect(settled).toMatchObject({ status: 'resolved', matchedBy: 'name', company: { id: 2003 }, disambiguatedBy: 'headquarters in Germany' });
        const fuzzy = await enricher.enrich({ linkedInUrl: 'https://www.linkedin.com/company/nope', name: 'Nortwind Traders' });
        expect(fuzzy).toMatchObject({ status: 'resolved', matchedBy: 'name', company: { id: NORTHWIND } });
        await expect(enricher.enrich({ website: 'not a website' })).rejects.toBeInstanceOf(ProviderInputError);
      });

      it('PersonEnricher finds people by email or LinkedIn URL and checks they still work there', async () => {
        const enricher = new PersonEnricher(provider);
        const byEmail = await enricher.byEmail(MAX_EMAIL);
        expect(byEmail).toMatchObject({ record: employee(MAX_MARKETING), currentlyEmployed: true, company: { id: NORTHWIND } });
        expect(byEmail.creditsSpent).toBe(subject.prices.enrich + subject.prices.collect);
        const former = await enricher.byEmail('fay.former@northwind.example');
        expect(former).toMatchObject({ record: undefined, currentlyEmployed: false, company: { id: NORTHWIND } });
        expect(former.reason).toMatch(/no current employee of Northwind Traders/);

        const moved = await enricher.byLinkedInUrl(profileUrl(GUS_MOVED), NORTHWIND);
        expect(moved).toMatchObject({ record: { id: GUS_MOVED }, currentlyEmployed: false });
        expect(moved.reason).toBe('left Northwind Traders (2001) on 2024-12-31; now at Initech (2006)');
        expect(await enricher.byLinkedInUrl(profileUrl(GUS_MOVED))).toMatchObject({ currentlyEmployed: true, companyId: 2006 });
        expect(await enricher.byLinkedInUrl(profileUrl(FAY_FORMER))).toMatchObject({ record: { id: FAY_FORMER }, currentlyEmployed: false });
        expect(await enricher.byLinkedInUrl('https://www.linkedin.com/in/nobody-here')).toMatchObject({ record: undefined, currentlyEmployed: false });
        await expect(enricher.byEmail('not-an-email')).rejects.toBeInstanceOf(ProviderInputError);
      });
    });
  });
}
