import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CompanyRecord, EmployeeRecord } from '../src/modules/enrichment/domain/coresignal-records.js';
import { CreditBudget } from '../src/modules/enrichment/domain/credit-budget.js';
import {
  DEFAULT_UNIVERSE,
  EMPLOYEE_ID_FACTOR,
  companyDomain,
  generateCompanies,
  generateEmployees,
} from '../src/modules/enrichment/domain/demo-universe/demo-universe.js';
import type { EmployeeSearchCriteria } from '../src/modules/enrichment/domain/employee-data.port.js';
import { ProviderInputError } from '../src/modules/enrichment/domain/provider-errors.js';
import { DemoDatasetLoader } from '../src/modules/enrichment/infrastructure/local/demo-dataset.loader.js';
import { LocalEmployeeDataProvider } from '../src/modules/enrichment/infrastructure/local/local.provider.js';
import { openDatabase, type Database } from '../src/shared/database/database.js';
import { sqlQuery } from '../src/shared/database/sql.js';
import { createLogger } from '../src/shared/observability/logger.js';
import { createTestDatabase } from './support/test-database.js';

/**
 * The local dataset on real PostgreSQL: demo companies loaded eagerly, employees materialised per company on first
 * touch (single-flight across two "processes"), Coresignal search semantics checked against the generator's
 * records, previews, collects, lookups and company resolution.
 */

const tokens = (s: string | null): string[] => (s ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
function hasPhrase(title: string | null, phrase: string): boolean {
  const have = tokens(title);
  const want = tokens(phrase);
  for (let i = 0; i + want.length <= have.length; i++) if (want.every((w, j) => have[i + j] === w)) return true;
  return false;
}
const isCurrentOf = (companyId: number) => (e: EmployeeRecord) =>
  e.is_parent === 1 && e.is_deleted === 0 && e.active_experience_company_id === companyId;
const ownedBy = (companyId: number) => (id: number) => Math.floor(id / EMPLOYEE_ID_FACTOR) === companyId;

describe('local dataset provider on real PostgreSQL', () => {
  let db: Database;
  let loader: DemoDatasetLoader;
  let provider: LocalEmployeeDataProvider;
  const companies = generateCompanies(DEFAULT_UNIVERSE).sort((a, b) => a.id - b.id);
  // mid-sized companies: enough people for every filter, quick to materialise
  const mid = companies.filter((c) => c.employees_count! >= 800 && c.employees_count! <= 3000);
  const target = mid[0]!;
  const other = mid[1]!;
  const third = mid[2]!;
  const records = new Map<number, EmployeeRecord[]>();
  const generated = (c: CompanyRecord): EmployeeRecord[] => {
    let list = records.get(c.id);
    if (!list) records.set(c.id, (list = generateEmployees(c, DEFAULT_UNIVERSE)));
    return list;
  };

  beforeAll(async () => {
    db = await openDatabase(await createTestDatabase('local_dataset'), createLogger('silent'));
    loader = new DemoDatasetLoader(db);
    provider = new LocalEmployeeDataProvider(db, loader);
    const started = Date.now();
    await loader.ensureLoaded();
    console.log(`demo companies loaded in ${Date.now() - started} ms`);
  });
  afterAll(async () => {
    await loader?.stop();
    await db?.close();
  });

  it('loads every demo company once, eagerly, as demo rows', async () => {
    await loader.ensureLoaded();
    await new DemoDatasetLoader(db).ensureLoaded(); // a second process: nothing to do
    const [row] = await sqlQuery<{ n: number; industries: number; demo: number; materialised: number }>(
      db.em.fork(),
      `select count(*)::int as n, count(distinct industry)::int as industries,
              count(*) filter (where source = 'demo')::int as demo,
              count(*) filter (where materialised_at is not null)::int as materialised
       from dataset_companies`,
    );
    expect(row!.n).toBe(companies.length);
    expect(row!.demo).toBe(companies.length);
    expect(row!.industries).toBeGreaterThanOrEqual(15);
    expect(row!.materialised).toBe(0);
    const [employees] = await sqlQuery<{ n: number }>(db.em.fork(), 'select count(*)::int as n from dataset_employees');
    expect(employees!.n).toBe(0);
  });

  it('materialises a company once under 20 concurrent searches from two processes, deterministically', async () => {
    const started = Date.now();
    await loader.ensureMovers();
    console.log(`movers pass (leavers now working elsewhere) in ${Date.now() - started} ms`);
    const second = new LocalEmployeeDataProvider(db, new DemoDatasetLoader(db));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? second : provider).searchEmployees({ companyId: target.id }, 10_000)),
    );
    const expected = generated(target);
    const [rows] = await sqlQuery<{ n: number; distinct: number }>(
      db.em.fork(),
      'select count(*)::int as n, count(distinct id)::int as distinct from dataset_employees where id between ? and ?',
      [target.id * EMPLOYEE_ID_FACTOR, (target.id + 1) * EMPLOYEE_ID_FACTOR - 1],
    );
    expect(rows!.n).toBe(expected.length);
    expect(rows!.distinct).toBe(expected.length);
    for (const r of results) expect(r).toEqual(results[0]);
    // the stored records are exactly the generator's
    const stored = await provider.collectEmployees(expected.slice(0, 50).map((e) => e.id));
    expect(stored).toEqual(expected.slice(0, 50));
  });

  it('returns current employees only: no leavers, duplicates or deleted profiles; movers in count', async () => {
    const all = await provider.searchEmployees({ companyId: target.id }, Number.POSITIVE_INFINITY);
    const own = generated(target);
    const current = own.filter(isCurrentOf(target.id)).map((e) => e.id);
    expect(current).toHaveLength(target.employees_count!);
    const ids = new Set(all.ids);
    expect(all.total).toBe(all.ids.length);
    for (const id of current) expect(ids.has(id)).toBe(true);
    const excluded = own.filter((e) => !isCurrentOf(target.id)(e));
    expect(excluded.some((e) => e.is_parent === 1 && e.is_deleted === 0 && e.active_experience_company_id !== target.id)).toBe(true);
    for (const e of excluded) expect(ids.has(e.id)).toBe(false);
    // ids from other companies' lists are leavers who now work here
    const movers = await provider.collectEmployees(all.ids.filter((id) => !ownedBy(target.id)(id)));
    for (const m of movers) {
      expect(m.active_experience_company_id).toBe(target.id);
      expect(m.is_parent).toBe(1);
      expect(m.experience.some((x) => x.company_id === Math.floor(m.id / EMPLOYEE_ID_FACTOR) && x.active_experience === 0)).toBe(true);
    }
    expect(all.total).toBe(current.length + movers.length);
    // the total sizes the pool whatever the limit
    const few = await provider.searchEmployees({ companyId: target.id }, 3);
    expect(few).toEqual({ ids: all.ids.slice(0, 3), total: all.total });
    expect((await provider.searchEmployees({ companyId: target.id }, 0)).ids).toEqual([]);
  });

  it('filters like Coresignal: title phrases, exclusions, departments, levels, countries, decision makers, email', async () => {
    const own = generated(target).filter(isCurrentOf(target.id));
    const check = async (criteria: Omit<EmployeeSearchCriteria, 'companyId'>, predicate: (e: EmployeeRecord) => boolean) => {
      const result = await provider.searchEmployees({ companyId: target.id, ...criteria }, Number.POSITIVE_INFINITY);
      const expectedOwn = own.filter(predicate).map((e) => e.id).sort((a, b) => a - b);
      expect(result.ids.filter(ownedBy(target.id)).sort((a, b) => a - b)).toEqual(expectedOwn);
      const movers = await provider.collectEmployees(result.ids.filter((id) => !ownedBy(target.id)(id)));
      for (const m of movers) expect(predicate(m)).toBe(true);
      return { result, expectedOwn };
    };
    const sales = await check({ titlePhrases: ['Sales', 'vp  marketing'] }, (e) => hasPhrase(e.active_experience_title, 'sales') || hasPhrase(e.active_experience_title, 'vp marketing'));
    expect(sales.expectedOwn.length).toBeGreaterThan(0);
    // whole words only: "Sale" is not "Sales"
    expect(own.some((e) => hasPhrase(e.active_experience_title, 'sales'))).toBe(true);
    const partial = await provider.searchEmployees({ companyId: target.id, titlePhrases: ['Sale'] }, 10);
    expect(partial.total).toBe(0);
    await check(
      { titlePhrases: ['sales'], excludeTitlePhrases: ['development'] },
      (e) => hasPhrase(e.active_experience_title, 'sales') && !hasPhrase(e.active_experience_title, 'development'),
    );
    const departments = [...new Set(own.map((e) => e.active_experience_department))].filter((d): d is string => !!d).slice(0, 2);
    const byDept = await check({ departments: departments.map((d) => d.toUpperCase()) }, (e) => departments.includes(e.active_experience_department ?? ''));
    expect(byDept.expectedOwn.length).toBeGreaterThan(0);
    const levels = ['Director', 'VP-Level'] as const;
    const byLevel = await check({ managementLevels: [...levels] }, (e) => (levels as readonly string[]).includes(e.active_experience_management_level ?? ''));
    expect(byLevel.expectedOwn.length).toBeGreaterThan(0);
    await check({ managementLevels: ['Director'], departments: [departments[0]!] }, (e) => e.active_experience_management_level === 'Director' && e.active_experience_department === departments[0]);
    const country = own[0]!.location_country!;
    await check({ countries: [country] }, (e) => e.location_country === country);
    await check({ decisionMakersOnly: true }, (e) => e.is_decision_maker === 1);
    const withEmail = own.find((e) => e.primary_professional_email)!;
    const byEmail = await check({ email: withEmail.primary_professional_email!.toUpperCase() }, (e) => e.primary_professional_email === withEmail.primary_professional_email);
    expect(byEmail.result.ids).toEqual([withEmail.id]);
  });

  it('previews 20 per page ordered by score then id, with the preview fields of the records', async () => {
    const criteria = { companyId: target.id, titlePhrases: ['VP', 'Sales', 'Director'] };
    const all = await provider.searchEmployees(criteria, Number.POSITIVE_INFINITY);
    const page1 = await provider.previewEmployees(criteria, 1);
    const page2 = await provider.previewEmployees(criteria, 2);
    expect(page1).toHaveLength(20);
    expect([...page1, ...page2].map((p) => p.id)).toEqual(all.ids.slice(0, 40));
    const scores = [...page1, ...page2].map((p) => p._score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores[0]).toBeGreaterThanOrEqual(2); // "VP Sales ..." matches two phrases
    const [record] = await provider.collectEmployees([page1[0]!.id]);
    expect(page1[0]).toMatchObject({
      id: record!.id,
      full_name: record!.full_name,
      professional_network_url: record!.professional_network_url,
      active_experience_title: record!.active_experience_title,
      company_name: target.company_name,
      company_industry: target.industry,
    });
    const beyond = Math.ceil(all.total / 20) + 1;
    expect(await provider.previewEmployees(criteria, beyond)).toEqual([]);
    await expect(provider.previewEmployees(criteria, 0)).rejects.toThrow(ProviderInputError);
  });

  it('collects full records (materialising their company on first touch), by id and by profile shorthand', async () => {
    const theirs = generated(other);
    const budget = new CreditBudget(0);
    const before = provider.callCounts();
    const wanted = [theirs[3]!.id, theirs[0]!.id, 999_999_999_999, theirs[3]!.id];
    const got = await provider.collectEmployees(wanted, { budget });
    expect(got).toEqual([theirs[3], theirs[0]]);
    expect(budget.spent).toBe(0);
    expect(provider.callCounts().collect - before.collect).toBe(2); // unknown ids are not "billed"
    // shorthand of a company nobody touched yet: its id suffix leads to the company
    const stranger = generated(third)[5]!;
    const slug = stranger.professional_network_url!.split('/in/')[1]!;
    expect(await provider.collectEmployeeByShorthand(slug.toUpperCase())).toEqual(stranger);
    expect(await provider.collectEmployeeByShorthand(stranger.professional_network_url!)).toEqual(stranger);
    expect(await provider.collectEmployeeByShorthand('nobody-here-zzzzzzz')).toBeUndefined();
    await expect(provider.collectEmployeeByShorthand('not a slug!')).rejects.toThrow(ProviderInputError);
    await expect(provider.collectEmployeeByShorthand('https://www.linkedin.com/company/acme')).rejects.toThrow(ProviderInputError);
    await expect(provider.collectEmployees(['x' as unknown as number])).rejects.toThrow(ProviderInputError);
  });

  it('looks companies up by id, LinkedIn shorthand or URL, and website', async () => {
    const c = companies[10]!;
    const shorthand = c.linkedin_url!.split('/company/')[1]!;
    expect(await provider.collectCompany(String(c.id))).toEqual(c);
    expect(await provider.collectCompany(shorthand)).toEqual(c);
    expect(await provider.collectCompany(c.linkedin_url!)).toEqual(c);
    expect(await provider.collectCompany('999999')).toBeUndefined();
    await expect(provider.collectCompany('bad slug with spaces')).rejects.toThrow(ProviderInputError);
    const domain = companyDomain(c);
    expect(await provider.enrichCompanyByWebsite(`HTTPS://WWW.${domain.toUpperCase()}/about?x=1`)).toEqual(c);
    expect(await provider.enrichCompanyByWebsite(`eu.app.${domain}`)).toEqual(c);
    expect(await provider.enrichCompanyByWebsite('nobody-owns-this.example')).toBeUndefined();
    for (const bad of ['not a domain', 'localhost', 'jane@acme.com', '']) {
      await expect(provider.enrichCompanyByWebsite(bad)).rejects.toThrow(ProviderInputError);
    }
  });

  it('resolves companies by id, LinkedIn URL, website and (misspelled) name; reports ambiguity and suggestions', async () => {
    const c = target;
    const byId = await provider.resolveCompany({ companyId: String(c.id) });
    expect(byId).toMatchObject({ status: 'resolved', matchedBy: 'id', company: { id: c.id } });
    expect(await provider.resolveCompany({ linkedInUrl: c.linkedin_url! })).toMatchObject({ status: 'resolved', matchedBy: 'linkedin', company: { id: c.id } });
    expect(await provider.resolveCompany({ website: `www.${companyDomain(c)}` })).toMatchObject({ status: 'resolved', matchedBy: 'website', company: { id: c.id } });
    // an unknown id falls through to the next strategy
    expect(await provider.resolveCompany({ companyId: '999999', website: companyDomain(c) })).toMatchObject({ status: 'resolved', matchedBy: 'website' });
    const exact = await provider.resolveCompany({ name: `${c.company_name.toUpperCase()} GmbH` });
    expect(exact).toMatchObject({ status: 'resolved', matchedBy: 'name', company: { id: c.id } });
    if (exact.status === 'resolved') expect(exact.candidates[0]!.reason).toContain('matches');

    // misspelled: one letter dropped from the longest word of every company name; most still resolve to themselves
    let resolvedRight = 0;
    let resolvedWrong = 0;
    const sample = companies.filter((_, i) => i % 20 === 0);
    for (const s of sample) {
      const words = s.company_name.split(' ');
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
      const typo = s.company_name.replace(longest, longest.slice(0, 2) + longest.slice(3));
      const r = await provider.resolveCompany({ name: typo });
      if (r.status === 'resolved') {
        if (r.company.id === s.id) resolvedRight++;
        else resolvedWrong++;
      } else if (r.status === 'ambiguous') {
        expect(r.candidates.map((x) => x.company.id)).toContain(s.id);
      }
    }
    console.log(`misspelled names: ${resolvedRight} of ${sample.length} resolved to the right company, ${resolvedWrong} to another`);
    expect(resolvedWrong).toBe(0);
    expect(resolvedRight).toBeGreaterThanOrEqual(sample.length * 0.5);

    // a stem several companies share is ambiguous, candidates ranked with reasons
    const stems = new Map<string, CompanyRecord[]>();
    for (const x of companies) {
      const stem = x.company_name.split(' ')[0]!;
      stems.set(stem, [...(stems.get(stem) ?? []), x]);
    }
    const [stem, family] = [...stems].find(([, list]) => list.length >= 3)!;
    const ambiguous = await provider.resolveCompany({ name: stem });
    expect(ambiguous.status).toBe('ambiguous');
    if (ambiguous.status === 'ambiguous') {
      expect(ambiguous.candidates.length).toBeGreaterThanOrEqual(2);
      for (const cand of ambiguous.candidates) expect(cand.reason).toMatch(/name '/);
      const familyIds = new Set(family.map((x) => x.id));
      expect(familyIds.has(ambiguous.candidates[0]!.company.id)).toBe(true);
    }
    expect(await provider.resolveCompany({ name: 'Qwxzv Jjkpt' })).toMatchObject({ status: 'not_found' });
    const near = await provider.resolveCompany({ name: `${stem} Zzyzx Qqq Www` });
    expect(['ambiguous', 'not_found']).toContain(near.status);

    for (const bad of [{}, { name: '   ' }, { name: '!!!' }, { linkedInUrl: 'https://example.com/company/acme' }, { linkedInUrl: 'linkedin.com/in/jane' }, { website: 'no spaces allowed.com' }, { companyId: 'abc' }]) {
      await expect(provider.resolveCompany(bad)).rejects.toThrow(ProviderInputError);
    }
    // a malformed field fails even when another would resolve
    await expect(provider.resolveCompany({ companyId: String(c.id), website: 'bad domain' })).rejects.toThrow(ProviderInputError);
  });

  it('rejects malformed search criteria before touching the database', async () => {
    const bad: unknown[] = [
      { companyId: 'abc' },
      { companyId: -1 },
      { companyId: target.id, titlePhrases: ['  '] },
      { companyId: target.id, titlePhrases: 'sales' },
      { companyId: target.id, email: 'not-an-email' },
      { companyId: target.id, departments: [42] },
    ];
    for (const criteria of bad) {
      await expect(provider.searchEmployees(criteria as EmployeeSearchCriteria, 10)).rejects.toThrow(ProviderInputError);
    }
    await expect(provider.searchEmployees({ companyId: target.id }, -1)).rejects.toThrow(ProviderInputError);
    expect(await provider.searchEmployees({ companyId: 424_242 }, 10)).toEqual({ ids: [], total: 0 });
  });

  it('reports its health with row counts and counts calls by kind at zero credits', async () => {
    const health = await provider.checkHealth();
    expect(health.ok).toBe(true);
    expect(health.detail).toMatch(new RegExp(`^local dataset: ${companies.length} companies, \\d+ employees materialised`));
    const budget = new CreditBudget(0);
    await provider.searchEmployees({ companyId: target.id }, 5, { budget });
    await provider.previewEmployees({ companyId: target.id }, 1, { budget });
    await provider.enrichCompanyByWebsite(companyDomain(target), { budget });
    expect(budget.breakdown()).toEqual({ search: 0, preview: 0, collect: 0, enrich: 0, total: 0 });
    const counts = provider.callCounts();
    expect(counts.search).toBeGreaterThan(0);
    expect(counts.preview).toBeGreaterThan(0);
    expect(counts.enrich).toBeGreaterThan(0);
    expect(counts.total).toBe(counts.search + counts.preview + counts.collect + counts.enrich);
    const aborted = new AbortController();
    aborted.abort();
    await expect(provider.searchEmployees({ companyId: target.id }, 5, { signal: aborted.signal })).rejects.toThrow();
  });
});
