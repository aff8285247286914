import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { EmployeeRecord } from '../src/modules/enrichment/domain/coresignal-records.js';
import { CreditBudget } from '../src/modules/enrichment/domain/credit-budget.js';
import { ProviderUnavailableError } from '../src/modules/enrichment/domain/provider-errors.js';
import { CachingEmployeeDataProvider } from '../src/modules/enrichment/infrastructure/cache/caching.provider.js';
import {
  DEFAULT_CACHE_WINDOWS,
  ProviderCache,
  type CacheCounters,
  type CacheKind,
} from '../src/modules/enrichment/infrastructure/cache/provider-cache.js';
import { CoresignalEmployeeDataProvider } from '../src/modules/enrichment/infrastructure/coresignal/coresignal.provider.js';
import { openDatabase, type Database } from '../src/shared/database/database.js';
import { sqlQuery } from '../src/shared/database/sql.js';
import { createLogger } from '../src/shared/observability/logger.js';
import { createSimulator, type Simulator } from '../tools/coresignal-simulator/simulator.js';
import { EMPLOYEES, NORTHWIND, coresignalFixture } from './support/coresignal-fixture.js';
import { createTestDatabase } from './support/test-database.js';

/**
 * The provider cache (PRODUCT.md §5 item 9: never pay twice for a record inside its window) with the Coresignal
 * adapter behind it, the simulator's ledger as the bill, and real PostgreSQL: single-flight within a process and
 * across two processes (two pools, two caches, two adapters), windows, aliases, previews, failures, counters.
 */

const KEY = 'cache00test0key00000000000000001';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Stack {
  provider: CachingEmployeeDataProvider;
  counts: Record<'hit' | 'miss', Record<CacheKind, number>>;
}

const profileUrl = (id: number): string => EMPLOYEES.find((e) => e.id === id)!.professional_network_url!;

describe('provider cache over the Coresignal adapter, the simulator and PostgreSQL', () => {
  let sim: Simulator;
  let db: Database;
  /** a second pool on the same database: the other "process" */
  let db2: Database;

  function stack(database: Database = db, now?: () => number, maxAttempts = 3): Stack {
    const counts = {
      hit: { company: 0, employee: 0, preview: 0 },
      miss: { company: 0, employee: 0, preview: 0 },
    };
    const counters: CacheCounters = { hit: (k) => counts.hit[k]++, miss: (k) => counts.miss[k]++ };
    const coresignal = new CoresignalEmployeeDataProvider({
      apiKey: KEY,
      baseUrl: sim.url,
      rateLimit: { perSecond: 0 },
      retry: { maxAttempts, baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 5000 },
      collectConcurrency: 8,
    });
    return { provider: new CachingEmployeeDataProvider(coresignal, new ProviderCache(database, 'coresignal', DEFAULT_CACHE_WINDOWS, counters, now)), counts };
  }

  const collects = (): number => sim.ledger.byKind.employee_collect.calls;
  const collectRequests = (): number => sim.ledger.requests.filter((r) => r.kind === 'employee_collect').length;
  const claims = async (): Promise<number> =>
    (await sqlQuery<{ n: number }>(db.em.fork(), 'select count(*)::int as n from provider_cache_claims'))[0]!.n;
  const cached = async (kind: CacheKind, key: string): Promise<boolean> =>
    (await sqlQuery(db.em.fork(), 'select 1 from provider_cache where kind = ? and key = ?', [kind, key])).length === 1;

  beforeAll(async () => {
    sim = await createSimulator({ dataset: coresignalFixture(), apiKeys: [KEY], rateLimit: 0 });
    const url = await createTestDatabase('provider_cache');
    db = await openDatabase(url, createLogger('silent'));
    db2 = await openDatabase(url, createLogger('silent'));
  });
  afterAll(async () => {
    await db2?.close();
    await db?.close();
    await sim?.close();
  });
  beforeEach(async () => {
    sim.setFaults({});
    sim.ledger.reset(1_000_000);
    await sqlQuery(db.em.fork(), 'truncate provider_cache, provider_cache_claims');
  });

  it('has its tables from the migration', async () => {
    const [migration] = await sqlQuery<{ name: string }>(db.em.fork(), `select name from schema_migrations where name like '%provider-cache%'`);
    expect(migration?.name).toMatch(/^20261127020000-provider-cache/);
    const columns = await sqlQuery<{ table_name: string; column_name: string; data_type: string; is_nullable: string }>(
      db.em.fork(),
      `select table_name, column_name, data_type, is_nullable from information_schema.columns
       where table_name in ('provider_cache', 'provider_cache_claims') order by table_name, ordinal_position`,
    );
    expect(columns.map((c) => `${c.table_name}.${c.column_name} ${c.data_type}${c.is_nullable === 'NO' ? ' not null' : ''}`)).toEqual([
      'provider_cache.provider text not null',
      'provider_cache.kind text not null',
      'provider_cache.key text not null',
      'provider_cache.record jsonb not null',
      'provider_cache.fetched_at timestamp with time zone not null',
      'provider_cache.expires_at timestamp with time zone not null',
      'provider_cache_claims.provider text not null',
      'provider_cache_claims.kind text not null',
      'provider_cache_claims.key text not null',
      'provider_cache_claims.claimed_until timestamp with time zone not null',
    ]);
    const keys = await sqlQuery<{ table_name: string; columns: string }>(
      db.em.fork(),
      `select tc.table_name, string_agg(kcu.column_name, ',' order by kcu.ordinal_position) as columns
       from information_schema.table_constraints tc
       join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_name = tc.table_name
       where tc.constraint_type = 'PRIMARY KEY' and tc.table_name in ('provider_cache', 'provider_cache_claims')
       group by tc.table_name order by tc.table_name`,
    );
    expect(keys).toEqual([
      { table_name: 'provider_cache', columns: 'provider,kind,key' },
      { table_name: 'provider_cache_claims', columns: 'provider,kind,key' },
    ]);
    const [expiry] = await sqlQuery<{ indexdef: string }>(db.em.fork(), `select indexdef from pg_indexes where indexname = 'provider_cache_expiry'`);
    expect(expiry?.indexdef).toMatch(/\(expires_at\)/);
  });

  it('100 concurrent collects of one person buy it exactly once', async () => {
    sim.setFaults({ latency: { fixedMs: 150, endpoints: ['employee_collect'] } });
    const { provider, counts } = stack();
    const budget = new CreditBudget();
    const results = await Promise.all(Array.from({ length: 100 }, () => provider.collectEmployees([3], { budget })));
    expect(results.every((r) => r.length === 1 && r[0]!.id === 3)).toBe(true);
    expect(collects()).toBe(1);
    expect(collectRequests()).toBe(1);
    expect(sim.ledger.duplicatePurchases('employee').size).toBe(0);
    expect(sim.ledger.creditsSpent).toBe(20);
    expect(budget.spent).toBe(20);
    expect(counts.miss.employee).toBe(1);
    expect(counts.hit.employee).toBe(99);
    expect(await claims()).toBe(0);
    console.log(`100 concurrent collects: ${collects()} collect billed, ${sim.ledger.creditsSpent} credits, hits ${counts.hit.employee}`);
  });

  it('two processes (two pools, two caches) asking at once still buy it once', async () => {
    sim.setFaults({ latency: { fixedMs: 300, endpoints: ['employee_collect'] } });
    const a = stack(db);
    const b = stack(db2);
    const [fromA, fromB] = await Promise.all([
      Promise.all(Array.from({ length: 50 }, () => a.provider.collectEmployees([4, 5]))),
      Promise.all(Array.from({ length: 50 }, () => b.provider.collectEmployees([5, 4]))),
    ]);
    expect([...fromA, ...fromB].every((r) => r.map((e) => e.id).sort().join() === '4,5')).toBe(true);
    expect(collects()).toBe(2);
    expect(sim.ledger.purchases('employee')).toEqual(new Map([[4, 1], [5, 1]]));
    expect(sim.ledger.duplicatePurchases('employee').size).toBe(0);
    expect(a.counts.miss.employee + b.counts.miss.employee).toBe(2);
    expect(a.counts.hit.employee + b.counts.hit.employee).toBe(198);
    expect(await claims()).toBe(0);
    console.log(
      `two processes, 2 × 50 concurrent collects of 2 people: ${collects()} collects billed; ` +
        `misses A ${a.counts.miss.employee} / B ${b.counts.miss.employee}`,
    );
  });

  it('never buys a record again inside its window, and buys it again after', async () => {
    let t = Date.parse('2026-11-27T12:00:00Z');
    const now = (): number => t;
    const { provider, counts } = stack(db, now);
    expect((await provider.collectEmployees([6]))[0]!.id).toBe(6);
    expect(sim.ledger.creditsSpent).toBe(20);
    t += 6 * DAY; // person data: 7 days
    const budget = new CreditBudget();
    expect((await provider.collectEmployees([6], { budget }))[0]!.id).toBe(6);
    expect(budget.spent).toBe(0);
    expect(sim.ledger.creditsSpent).toBe(20);
    // a restarted process reads the same cache
    const restarted = stack(db2, now);
    expect((await restarted.provider.collectEmployees([6]))[0]!.id).toBe(6);
    expect(restarted.counts).toMatchObject({ hit: { employee: 1 }, miss: { employee: 0 } });
    expect(sim.ledger.creditsSpent).toBe(20);
    t += 1 * DAY + 1; // past the window
    expect((await provider.collectEmployees([6], { budget }))[0]!.id).toBe(6);
    expect(budget.spent).toBe(20);
    expect(sim.ledger.purchases('employee').get(6)).toBe(2);
    await provider.collectEmployees([6]); // and the new purchase starts a new window
    expect(sim.ledger.purchases('employee').get(6)).toBe(2);
    expect(counts).toMatchObject({ hit: { employee: 2 }, miss: { employee: 2 } });

    // company data: 24 hours
    await provider.enrichCompanyByWebsite('northwind.example');
    t += 23 * HOUR;
    await provider.enrichCompanyByWebsite('northwind.example');
    expect(sim.ledger.byKind.company_enrich.calls).toBe(1);
    t += 2 * HOUR;
    await provider.enrichCompanyByWebsite('northwind.example');
    expect(sim.ledger.byKind.company_enrich.calls).toBe(2);
  });

  it('buys a company once whichever way it is asked for (website, id, LinkedIn, resolveCompany)', async () => {
    const { provider, counts } = stack();
    const budget = new CreditBudget();
    expect((await provider.enrichCompanyByWebsite('https://www.northwind.example/about', { budget }))?.id).toBe(NORTHWIND);
    expect((await provider.collectCompany('2001', { budget }))?.id).toBe(NORTHWIND);
    expect((await provider.enrichCompanyByWebsite('NORTHWIND.example', { budget }))?.id).toBe(NORTHWIND);
    expect((await provider.collectCompany('https://www.linkedin.com/company/northwind-traders/', { budget }))?.id).toBe(NORTHWIND);
    expect((await provider.collectCompany('Northwind-Traders', { budget }))?.id).toBe(NORTHWIND);
    expect(await provider.resolveCompany({ companyId: '2001' }, { budget })).toMatchObject({ status: 'resolved', matchedBy: 'id', company: { id: NORTHWIND } });
    expect(await provider.resolveCompany({ website: 'www.northwind.example' }, { budget })).toMatchObject({ status: 'resolved', matchedBy: 'website' });
    expect(await provider.resolveCompany({ linkedInUrl: 'linkedin.com/company/northwind-traders' }, { budget })).toMatchObject({
      status: 'resolved',
      matchedBy: 'linkedin',
    });
    expect(sim.ledger.purchases('company')).toEqual(new Map([[NORTHWIND, 1]]));
    expect(sim.ledger.creditsSpent).toBe(20);
    expect(budget.breakdown()).toMatchObject({ enrich: 20, collect: 0, total: 20 });
    expect(counts.miss.company).toBe(1);
    expect(counts.hit.company).toBe(7);

    // a person by profile URL, then by id, then by bare shorthand: one purchase
    expect((await provider.collectEmployeeByShorthand(profileUrl(3), { budget }))?.id).toBe(3);
    expect((await provider.collectEmployees([3], { budget }))[0]!.id).toBe(3);
    expect((await provider.collectEmployeeByShorthand('CARA-sales-3', { budget }))?.id).toBe(3);
    expect(sim.ledger.purchases('employee')).toEqual(new Map([[3, 1]]));
    // and the other way round: id first
    await provider.collectEmployees([2]);
    expect((await provider.collectEmployeeByShorthand(profileUrl(2)))?.id).toBe(2);
    expect(sim.ledger.purchases('employee').get(2)).toBe(1);
    expect(sim.ledger.duplicatePurchases('company').size + sim.ledger.duplicatePurchases('employee').size).toBe(0);
  });

  it('caches a name resolution whole, but not a free empty not_found', async () => {
    const { provider } = stack();
    const first = await provider.resolveCompany({ name: 'Nortwind Traders' });
    expect(first).toMatchObject({ status: 'resolved', matchedBy: 'name', company: { id: NORTHWIND } });
    const spent = sim.ledger.creditsSpent;
    expect(spent).toBe(40); // a preview, then the winner's collect
    expect(await provider.resolveCompany({ name: '  nortwind   traders ' })).toEqual(first);
    const ambiguous = await provider.resolveCompany({ name: 'Contoso' });
    expect(ambiguous.status).toBe('ambiguous');
    expect(await provider.resolveCompany({ name: 'Contoso' })).toEqual(ambiguous);
    expect(sim.ledger.creditsSpent).toBe(spent + 20);
    expect(await provider.resolveCompany({ name: 'Zzyzx Quibble' })).toEqual({ status: 'not_found', suggestions: [] });
    expect(await cached('company', 'resolve/name/zzyzx quibble')).toBe(false);
    expect(sim.ledger.duplicatePurchases('company').size).toBe(0);
    // malformed input is still refused by the provider's rules, before anything is bought
    await expect(provider.resolveCompany({ companyId: '2001', website: 'not a website' })).rejects.toMatchObject({ name: 'ProviderInputError' });
  });

  it('caches preview pages (equivalent criteria share a page)', async () => {
    const { provider, counts } = stack();
    const criteria = { companyId: NORTHWIND, titlePhrases: ['Account Executive', 'VP Sales'], departments: ['Sales'] };
    const page1 = await provider.previewEmployees(criteria, 1);
    expect(page1).toHaveLength(20);
    expect(await provider.previewEmployees({ departments: ['Sales'], titlePhrases: ['VP Sales', 'Account Executive'], companyId: NORTHWIND }, 1)).toEqual(page1);
    const page2 = await provider.previewEmployees(criteria, 2);
    expect(page2.length).toBeGreaterThan(0);
    expect(await provider.previewEmployees(criteria, 2)).toEqual(page2);
    expect(sim.ledger.byKind.employee_preview.calls).toBe(2);
    expect(sim.ledger.creditsSpent).toBe(40);
    expect(counts).toMatchObject({ hit: { preview: 2 }, miss: { preview: 2 } });
    // searches are free and always asked
    await provider.searchEmployees(criteria, 10);
    await provider.searchEmployees(criteria, 10);
    expect(sim.ledger.byKind.employee_search.calls).toBe(2);
  });

  it('does not cache a miss or a failure, releases the claim, and a later call retries', async () => {
    const { provider, counts } = stack(db, undefined, 1);
    // 404: not found, not billed, not cached
    expect(await provider.collectEmployees([404_404])).toEqual([]);
    expect(await provider.collectEmployees([404_404])).toEqual([]);
    expect(collectRequests()).toBe(2);
    expect(await cached('employee', '404404')).toBe(false);
    expect(await provider.collectCompany('no-such-company')).toBeUndefined();
    expect(await provider.enrichCompanyByWebsite('unknown.example')).toBeUndefined();
    expect(sim.ledger.creditsSpent).toBe(0);
    expect(await claims()).toBe(0);

    // a server error: thrown, not cached, claim released; the next call buys it
    sim.setFaults({ rules: [{ endpoints: ['employee_collect'], action: 503, probability: 1 }] });
    await expect(provider.collectEmployees([7])).rejects.toBeInstanceOf(ProviderUnavailableError);
    expect(await claims()).toBe(0);
    expect(await cached('employee', '7')).toBe(false);
    sim.setFaults({});
    expect((await provider.collectEmployees([7]))[0]!.id).toBe(7);
    expect(sim.ledger.purchases('employee').get(7)).toBe(1);
    expect(counts.miss.employee).toBe(4);
  });

  it('a process waiting on a claim that fails fetches the record itself', async () => {
    // A's collect answers 503 after 300 ms; B asks while A holds the claim, waits, then buys it once
    sim.setFaults({ script: { endpoints: ['employee_collect'], steps: [{ action: 503, latencyMs: 300 }] } });
    const a = stack(db, undefined, 1);
    const b = stack(db2, undefined, 1);
    const fromA = a.provider.collectEmployees([8]).then(
      () => 'ok',
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const fromB = await b.provider.collectEmployees([8]);
    expect(await fromA).toBeInstanceOf(ProviderUnavailableError);
    expect(fromB.map((e: EmployeeRecord) => e.id)).toEqual([8]);
    expect(collectRequests()).toBe(2);
    expect(sim.ledger.purchases('employee')).toEqual(new Map([[8, 1]]));
    expect(await claims()).toBe(0);
  });

  it('does not buy a record another process stored between our cache read and our claim', async () => {
    const noCounters: CacheCounters = { hit: () => undefined, miss: () => undefined };
    const other = new ProviderCache(db2, 'coresignal', DEFAULT_CACHE_WINDOWS, noCounters);
    const fetches: string[] = [];
    /** This process's cache: right after its first read misses, the other process buys, stores and releases. */
    class Interleaved extends ProviderCache {
      private raced = false;
      override async getMany<T>(kind: CacheKind, keys: string[]): Promise<Map<string, T>> {
        const found = await super.getMany<T>(kind, keys);
        if (!this.raced) {
          this.raced = true;
          await other.getOrFetch(kind, keys[0]!, async () => (fetches.push('other'), { id: 10 }));
        }
        return found;
      }
    }
    const mine = new Interleaved(db, 'coresignal', DEFAULT_CACHE_WINDOWS, noCounters);
    const record = await mine.getOrFetch('employee', '10', async () => (fetches.push('mine'), { id: 10 }));
    expect(record).toEqual({ id: 10 });
    expect(fetches).toEqual(['other']);
    expect(await claims()).toBe(0);
  });

  it('freshSince: a copy fetched before a change notice is bought again, once, then shared by every caller and process', async () => {
    const { provider, counts } = stack();
    await provider.collectEmployees([11]);
    expect(collects()).toBe(1);
    const notice = new Date(Date.now() + 1); // a change announced after that purchase
    await new Promise((resolve) => setTimeout(resolve, 5));
    sim.setFaults({ latency: { fixedMs: 100, endpoints: ['employee_collect'] } });
    const concurrent = await Promise.all(Array.from({ length: 100 }, () => provider.collectEmployees([11], { freshSince: notice })));
    expect(concurrent.every((r) => r.length === 1 && r[0]!.id === 11)).toBe(true);
    expect(collects()).toBe(2);
    for (let i = 0; i < 100; i++) await provider.collectEmployees([11], { freshSince: notice });
    await stack(db2).provider.collectEmployees([11], { freshSince: notice }); // another process
    await provider.collectEmployees([11]);
    expect(collects()).toBe(2);
    expect(counts.miss.employee).toBe(2);
    const [row] = await sqlQuery<{ fetched: string | Date }>(db.em.fork(), `select fetched_at as fetched from provider_cache where kind = 'employee' and key = '11'`);
    expect(new Date(row!.fetched).getTime()).toBeGreaterThanOrEqual(notice.getTime());
    // a later notice asks again
    await provider.collectEmployees([11], { freshSince: new Date(Date.now() + 1) });
    expect(collects()).toBe(3);
    expect(await claims()).toBe(0);
  });

  it('takes over a claim left by a crashed process once it expires', async () => {
    const past = new Date(Date.now() - 1000).toISOString();
    await sqlQuery(db.em.fork(), `insert into provider_cache_claims (provider, kind, key, claimed_until) values ('coresignal', 'employee', '9', ?)`, [past]);
    const { provider } = stack();
    expect((await provider.collectEmployees([9]))[0]!.id).toBe(9);
    expect(collects()).toBe(1);
    expect(await claims()).toBe(0);
  });
});
