import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CreditBudget, CreditBudgetExceededError } from '../src/modules/enrichment/domain/credit-budget.js';
import type { EmployeeSearchCriteria } from '../src/modules/enrichment/domain/employee-data.port.js';
import {
  ProviderAuthError,
  ProviderConfigError,
  ProviderCreditsExhaustedError,
  ProviderInputError,
  ProviderRequestError,
  ProviderUnavailableError,
} from '../src/modules/enrichment/domain/provider-errors.js';
import {
  CoresignalEmployeeDataProvider,
  type CoresignalProviderOptions,
} from '../src/modules/enrichment/infrastructure/coresignal/coresignal.provider.js';
import { CoresignalHttpClient, type CoresignalCallMetric } from '../src/modules/enrichment/infrastructure/coresignal/http-client.js';
import { SlidingWindowRateLimiter } from '../src/modules/enrichment/infrastructure/coresignal/rate-limiter.js';
import type { EndpointKind } from '../tools/coresignal-simulator/ledger.js';
import { createSimulator, type Simulator, type SimulatorOptions } from '../tools/coresignal-simulator/simulator.js';
import { coresignalFixture, NORTHWIND, NORTHWIND_CURRENT } from './support/coresignal-fixture.js';

/**
 * The Coresignal adapter against the simulator over real HTTP: pagination, the error table and retries, the rate
 * limit under 429 bursts, credit budgets and accounting against the simulator's ledger, company resolution, health.
 */

const KEY = 'adapter0test0key0000000000000001';
const FAST_RETRY = { maxAttempts: 6, baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 2000 };

async function startSimulator(options: Partial<SimulatorOptions> = {}): Promise<Simulator> {
  return createSimulator({ dataset: coresignalFixture(), apiKeys: [KEY], rateLimit: 0, cursor: 'opaque', ...options });
}

function provider(sim: Simulator, options: Partial<CoresignalProviderOptions> = {}): CoresignalEmployeeDataProvider {
  return new CoresignalEmployeeDataProvider({
    apiKey: KEY,
    baseUrl: sim.url,
    rateLimit: { perSecond: 50, burst: 10 },
    retry: FAST_RETRY,
    ...options,
  });
}

/** Requests the simulator saw for one endpoint kind (every attempt, whatever its answer). */
function requestsOf(sim: Simulator, kind: EndpointKind): number {
  return sim.ledger.requests.filter((r) => r.kind === kind).length;
}

/** Waits until `done()` holds (the simulator logs a request when its answer ends, after any injected latency). */
async function settle(done: () => boolean, timeoutMs = 2000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!done() && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
}

const sorted = (ids: number[]): number[] => [...ids].sort((a, b) => a - b);
const ids = async (p: CoresignalEmployeeDataProvider, criteria: Omit<EmployeeSearchCriteria, 'companyId'>): Promise<number[]> =>
  sorted((await p.searchEmployees({ companyId: NORTHWIND, ...criteria }, 1000)).ids);

describe('Coresignal adapter against the simulator', () => {
  let sim: Simulator;
  let cs: CoresignalEmployeeDataProvider;

  beforeAll(async () => {
    sim = await startSimulator();
    cs = provider(sim, { itemsPerPage: 4 });
  });

  afterAll(async () => {
    await sim.close();
  });

  beforeEach(() => {
    sim.setFaults({});
    sim.ledger.reset(1_000_000);
  });

  describe('construction', () => {
    it('requires an API key, with the seed message', () => {
      expect(() => new CoresignalEmployeeDataProvider({ apiKey: undefined })).toThrow('CORESIGNAL_API_KEY environment variable is required');
      expect(() => new CoresignalEmployeeDataProvider({ apiKey: '  ' })).toThrow(ProviderConfigError);
      expect(() => new CoresignalEmployeeDataProvider({ apiKey: KEY, baseUrl: 'not a url' })).toThrow(ProviderConfigError);
      expect(cs.name).toBe('coresignal');
    });
  });

  describe('searchEmployees', () => {
    it('follows the cursor across pages: every id exactly once, the right total, the apikey header only', async () => {
      const result = await cs.searchEmployees({ companyId: NORTHWIND }, 1000);
      expect(result.total).toBe(NORTHWIND_CURRENT.length);
      expect(result.ids).toHaveLength(NORTHWIND_CURRENT.length);
      expect(new Set(result.ids).size).toBe(result.ids.length);
      expect(sorted(result.ids)).toEqual(NORTHWIND_CURRENT);
      // 37 ids, 4 a page; the opaque cursor (base64 with + / =) survived URL-encoding
      expect(requestsOf(sim, 'employee_search')).toBe(Math.ceil(NORTHWIND_CURRENT.length / 4));
      expect(sim.ledger.requests.every((r) => r.outcome === 'accepted' && r.status === 200)).toBe(true);
      expect(sim.ledger.creditsSpent).toBe(0);
    });

    it('stops at the limit, and sizes the pool for free', async () => {
      const limited = await cs.searchEmployees({ companyId: NORTHWIND }, 10);
      expect(limited.ids).toHaveLength(10);
      expect(limited.total).toBe(NORTHWIND_CURRENT.length);
      expect(requestsOf(sim, 'employee_search')).toBe(3);
      const none = await cs.searchEmployees({ companyId: NORTHWIND }, 0);
      expect(none).toEqual({ ids: [], total: NORTHWIND_CURRENT.length });
    });

    it('turns criteria into the right matches', async () => {
      expect(await ids(cs, { titlePhrases: ['VP Sales', 'Chief Revenue Officer'] })).toEqual([2, 3]);
      expect(await ids(cs, { titlePhrases: ['Head of "Growth"'] })).toEqual([4]);
      expect(await ids(cs, { titlePhrases: ['Account Executive'], excludeTitlePhrases: ['Senior'] })).toEqual([6, 8, 10, 12, 14, 16, 18, 20, 22, 24]);
      expect(await ids(cs, { departments: ['Sales'], managementLevels: ['Director'], countries: ['Germany'] })).toEqual([5]);
      expect(await ids(cs, { decisionMakersOnly: true })).toEqual([1, 2, 3, 4, 5, 37]);
      expect(await ids(cs, { email: 'max.marketing@northwind.example' })).toEqual([37]);
      expect(await ids(cs, { managementLevels: ['Intern'], departments: ['Sales'] })).toEqual([36]);
    });

    it('refuses bad criteria before any request', async () => {
      await expect(cs.searchEmployees({ companyId: NORTHWIND, email: 'nope' }, 10)).rejects.toBeInstanceOf(ProviderInputError);
      await expect(cs.searchEmployees({ companyId: -1 }, 10)).rejects.toBeInstanceOf(ProviderInputError);
      await expect(cs.searchEmployees({ companyId: NORTHWIND }, -1)).rejects.toBeInstanceOf(ProviderInputError);
      expect(sim.ledger.requests).toHaveLength(0);
    });
  });

  describe('previews, collects and the credit budget', () => {
    it('previews 20 a page, pays per call, and stops before a call the budget cannot pay', async () => {
      const budget = new CreditBudget(50);
      const first = await cs.previewEmployees({ companyId: NORTHWIND }, 1, { budget });
      const second = await cs.previewEmployees({ companyId: NORTHWIND }, 2, { budget });
      expect(first).toHaveLength(20);
      expect(second).toHaveLength(NORTHWIND_CURRENT.length - 20);
      expect(new Set([...first, ...second].map((p) => p.id)).size).toBe(NORTHWIND_CURRENT.length);
      expect(first[0]).toHaveProperty('active_experience_title');
      const requestsBefore = sim.ledger.requests.length;
      await expect(cs.previewEmployees({ companyId: NORTHWIND }, 1, { budget })).rejects.toBeInstanceOf(CreditBudgetExceededError);
      expect(sim.ledger.requests.length).toBe(requestsBefore);
      expect(budget.breakdown()).toEqual({ search: 0, preview: 40, collect: 0, enrich: 0, total: 40 });
      expect(sim.ledger.creditsSpent).toBe(40);
      expect(sim.ledger.byKind.employee_preview).toMatchObject({ calls: 2, credits: 40 });
      expect(sim.ledger.calls.map((c) => c.path)).toEqual([
        '/cdapi/v2/employee_multi_source/search/es_dsl/preview',
        '/cdapi/v2/employee_multi_source/search/es_dsl/preview?page=2',
      ]);
    });

    it('collects each id once, skips unknown ids unbilled, and never starts a batch it cannot pay', async () => {
      const budget = new CreditBudget(100);
      const records = await cs.collectEmployees([3, 999_999, 2, 3, 1], { budget });
      expect(records.map((r) => r.id)).toEqual([3, 2, 1]);
      expect(records[0]!.active_experience_title).toBe('VP Sales');
      expect(budget.spent).toBe(60);
      expect(sim.ledger.creditsSpent).toBe(60);
      expect(requestsOf(sim, 'employee_collect')).toBe(4);
      expect(sim.ledger.duplicatePurchases('employee').size).toBe(0);
      const before = sim.ledger.requests.length;
      await expect(cs.collectEmployees([4, 5, 6], { budget })).rejects.toBeInstanceOf(CreditBudgetExceededError);
      expect(sim.ledger.requests.length).toBe(before);
      expect(budget.spent).toBe(60);
    });

    it('reports exactly what the simulator billed across a mixed session, and reads the balance header', async () => {
      const budget = new CreditBudget();
      await cs.searchEmployees({ companyId: NORTHWIND, departments: ['Sales'] }, 100, { budget });
      await cs.previewEmployees({ companyId: NORTHWIND, titlePhrases: ['Account Executive'] }, 1, { budget });
      await cs.collectEmployees([1, 2, 404_404], { budget });
      expect((await cs.collectEmployeeByShorthand('https://www.linkedin.com/in/cara-sales-3', { budget }))?.id).toBe(3);
      expect(await cs.collectEmployeeByShorthand('nobody-here', { budget })).toBeUndefined();
      expect((await cs.collectCompany('2002', { budget }))?.company_name).toBe('Contoso Ltd');
      expect((await cs.collectCompany('contoso-gmbh', { budget }))?.id).toBe(2003);
      expect(await cs.collectCompany('no-such-company', { budget })).toBeUndefined();
      expect((await cs.enrichCompanyByWebsite('https://www.tailspin.example/about', { budget }))?.id).toBe(2004);
      expect(await cs.enrichCompanyByWebsite('unknown.example', { budget })).toBeUndefined();
      await cs.resolveCompany({ name: 'Nortwind Traders' }, { budget });
      const breakdown = budget.breakdown();
      expect(breakdown.total).toBe(sim.ledger.creditsSpent);
      expect(breakdown.preview).toBe(sim.ledger.byKind.employee_preview.credits + sim.ledger.byKind.company_preview.credits);
      expect(breakdown.collect).toBe(sim.ledger.byKind.employee_collect.credits + sim.ledger.byKind.company_collect.credits);
      expect(breakdown.enrich).toBe(sim.ledger.byKind.company_enrich.credits);
      expect(breakdown).toEqual({ search: 0, preview: 40, collect: 120, enrich: 20, total: 180 });
      expect(cs.creditsRemaining).toBe(sim.ledger.creditsRemaining);
    });

    it('refuses malformed ids, shorthands and domains before any request', async () => {
      await expect(cs.collectEmployees([0], {})).rejects.toBeInstanceOf(ProviderInputError);
      await expect(cs.collectEmployeeByShorthand('has spaces')).rejects.toBeInstanceOf(ProviderInputError);
      await expect(cs.collectCompany('https://www.linkedin.com/in/person')).rejects.toBeInstanceOf(ProviderInputError);
      await expect(cs.enrichCompanyByWebsite('not a domain')).rejects.toBeInstanceOf(ProviderInputError);
      await expect(cs.previewEmployees({ companyId: NORTHWIND }, 0)).rejects.toBeInstanceOf(ProviderInputError);
      expect(sim.ledger.requests).toHaveLength(0);
    });
  });

  describe('the error table', () => {
    it('does not retry 400, 401, 402, 404 or 422', async () => {
      const client = new CoresignalHttpClient({ apiKey: KEY, baseUrl: sim.url, limiter: new SlidingWindowRateLimiter({ perSecond: 0 }), retry: FAST_RETRY });
      // 400: an empty body
      await expect(client.request({ method: 'POST', path: 'employee_multi_source/search/es_dsl' })).rejects.toMatchObject({
        name: 'ProviderRequestError',
        status: 400,
      });
      expect(sim.ledger.requests).toHaveLength(1);
      // 404 on an unknown path (not an allowed "record not found")
      await expect(client.request({ method: 'GET', path: 'nothing_here/collect/1' })).rejects.toMatchObject({ status: 404 });
      expect(sim.ledger.requests).toHaveLength(2);
      // 404 of collect: an absent record, one request, not billed
      expect(await cs.collectCompany('999999')).toBeUndefined();
      expect(sim.ledger.requests).toHaveLength(3);
      // 422: a query beyond the length limit
      const huge = Array.from({ length: 800 }, (_, i) => `Vice President Number ${i}`);
      const refused = await cs.searchEmployees({ companyId: NORTHWIND, titlePhrases: huge }, 10).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ProviderRequestError);
      expect(refused).toMatchObject({ status: 422 });
      expect((refused as Error).message).toMatch(/Query too long/);
      expect(sim.ledger.requests).toHaveLength(4);
      // 401: a wrong key
      const wrong = provider(sim, { apiKey: 'wrong0key0000000000000000000000xx' });
      const auth = await wrong.searchEmployees({ companyId: NORTHWIND }, 10).catch((e: unknown) => e);
      expect(auth).toBeInstanceOf(ProviderAuthError);
      expect((auth as Error).message).toBe('invalid key');
      expect(sim.ledger.requests).toHaveLength(5);
      // 402: no credits left
      sim.setCredits(10);
      const budget = new CreditBudget(100);
      await expect(cs.previewEmployees({ companyId: NORTHWIND }, 1, { budget })).rejects.toBeInstanceOf(ProviderCreditsExhaustedError);
      expect(sim.ledger.requests).toHaveLength(6);
      expect(budget.spent).toBe(0);
      expect(sim.ledger.creditsSpent).toBe(0);
    });

    it('retries 429, 500, 502, 503, a dropped connection and a timeout, then succeeds', async () => {
      const metrics: CoresignalCallMetric[] = [];
      const retrying = provider(sim, { onCall: (m) => metrics.push(m), retry: { ...FAST_RETRY, maxAttempts: 7, timeoutMs: 100 } });
      sim.setFaults({ script: { endpoints: ['employee_search'], steps: [429, 500, 502, 503, 'drop', { latencyMs: 250 }, 'pass'] } });
      const result = await retrying.searchEmployees({ companyId: NORTHWIND, titlePhrases: ['VP Sales'] }, 10);
      expect(result).toEqual({ ids: [3], total: 1 });
      await settle(() => requestsOf(sim, 'employee_search') >= 7);
      expect(requestsOf(sim, 'employee_search')).toBe(7);
      expect(metrics.map((m) => [m.attempt, m.status, m.outcome])).toEqual([
        [1, 429, 'retry'],
        [2, 500, 'retry'],
        [3, 502, 'retry'],
        [4, 503, 'retry'],
        [5, 0, 'retry'],
        [6, 0, 'retry'],
        [7, 200, 'ok'],
      ]);
      expect(metrics[6]!.endpoint).toBe('employee_multi_source/search/es_dsl');
      expect(retrying.metrics()).toMatchObject({ calls: 7, retries: 6, errorsByStatus: { '0': 2, '429': 1, '500': 1, '502': 1, '503': 1 } });
    });

    it('gives up on a permanent 503 after maxAttempts with a typed error', async () => {
      sim.setFaults({ rules: [{ endpoints: ['employee_preview'], action: 503, probability: 1 }] });
      const budget = new CreditBudget(100);
      const error = await cs.previewEmployees({ companyId: NORTHWIND }, 1, { budget }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderUnavailableError);
      expect(error).toMatchObject({ status: 503, attempts: FAST_RETRY.maxAttempts });
      expect(requestsOf(sim, 'employee_preview')).toBe(FAST_RETRY.maxAttempts);
      expect(budget.spent).toBe(0);
      expect(sim.ledger.creditsSpent).toBe(0);
    });
  });

  describe('company resolution', () => {
    it('resolves by id, LinkedIn URL and website', async () => {
      const byId = await cs.resolveCompany({ companyId: '2001' });
      expect(byId).toMatchObject({ status: 'resolved', matchedBy: 'id', company: { id: 2001, company_name: 'Northwind Traders' } });
      const byUrl = await cs.resolveCompany({ linkedInUrl: 'https://www.linkedin.com/company/northwind-traders/about/' });
      expect(byUrl).toMatchObject({ status: 'resolved', matchedBy: 'linkedin', company: { id: 2001 } });
      const bySite = await cs.resolveCompany({ website: 'https://www.northwind.example/contact' });
      expect(bySite).toMatchObject({ status: 'resolved', matchedBy: 'website', company: { id: 2001 } });
      expect(sim.ledger.calls.map((c) => c.path)).toEqual([
        '/cdapi/v2/company_multi_source/collect/2001',
        '/cdapi/v2/company_multi_source/collect/northwind-traders',
        '/cdapi/v2/company_multi_source/enrich?website=northwind.example',
      ]);
      // an unknown id falls through to the next field given
      const fallback = await cs.resolveCompany({ companyId: '999999', website: 'contoso.de' });
      expect(fallback).toMatchObject({ status: 'resolved', matchedBy: 'website', company: { id: 2003 } });
    });

    it('resolves an exact name to the full record', async () => {
      const budget = new CreditBudget();
      const result = await cs.resolveCompany({ name: 'Northwind Traders' }, { budget });
      expect(result.status).toBe('resolved');
      if (result.status !== 'resolved') return;
      expect(result.matchedBy).toBe('name');
      expect(result.company.id).toBe(2001);
      expect(result.company.key_executives).toHaveLength(1); // the collected record, not the preview
      expect(result.candidates[0]).toMatchObject({ score: 1 });
      expect(result.candidates[0]!.reason).toMatch(/matches 'Northwind Traders'/);
      expect(budget.breakdown()).toMatchObject({ preview: 20, collect: 20 });
    });

    it('resolves a misspelled name, with ranked candidates and reasons', async () => {
      const result = await cs.resolveCompany({ name: 'Nortwind Traders' });
      expect(result.status).toBe('resolved');
      if (result.status !== 'resolved') return;
      expect(result.company.id).toBe(2001);
      expect(result.candidates.length).toBeGreaterThan(1);
      const scores = result.candidates.map((c) => c.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(result.candidates[0]!.reason).toMatch(/similar to 'Nortwind Traders'/);
      expect(result.candidates.map((c) => c.company.id)).toEqual(expect.arrayContaining([2004, 2007]));
      for (const c of result.candidates) expect(c.reason).toMatch(/employees/);
    });

    it('calls same-named companies ambiguous, larger first', async () => {
      const result = await cs.resolveCompany({ name: 'Contoso' });
      expect(result.status).toBe('ambiguous');
      if (result.status !== 'ambiguous') return;
      expect(result.candidates.map((c) => c.company.id)).toEqual([2002, 2003]);
      expect(result.candidates.map((c) => c.score)).toEqual([1, 1]);
      expect(result.candidates[0]!.reason).toMatch(/800 employees/);
      expect(result.candidates[0]!.reason).toMatch(/larger first/);
      expect(sim.ledger.creditsSpent).toBe(20); // one preview, nothing collected
    });

    it('resolves a short name that starts one company name (one hit: collected directly)', async () => {
      const result = await cs.resolveCompany({ name: 'Globex' });
      expect(result).toMatchObject({ status: 'resolved', matchedBy: 'name', company: { id: 2005, company_name: 'Globex Logistics' } });
      expect(sim.ledger.byKind.company_preview.calls).toBe(0);
      expect(sim.ledger.creditsSpent).toBe(20);
    });

    it('answers not_found with suggestions for an unknown name, and spends nothing when nothing matches', async () => {
      const near = await cs.resolveCompany({ name: 'Northwind Aerospace Systems' });
      expect(near.status).toBe('not_found');
      if (near.status !== 'not_found') return;
      expect(near.suggestions.map((s) => s.company.id)).toEqual(expect.arrayContaining([2001, 2007]));
      sim.ledger.reset(1_000_000);
      const nothing = await cs.resolveCompany({ name: 'Zzyzx Quibble' });
      expect(nothing).toEqual({ status: 'not_found', suggestions: [] });
      expect(sim.ledger.creditsSpent).toBe(0);
    });

    it('refuses malformed or empty queries with ProviderInputError, before any request', async () => {
      for (const query of [
        {},
        { name: '   ' },
        { linkedInUrl: 'https://example.com/company/northwind' },
        { linkedInUrl: 'https://www.linkedin.com/in/someone' },
        { linkedInUrl: 'linkedin.com/company/' },
        { website: 'not a website' },
        { website: 'someone@northwind.example' },
        { companyId: 'abc' },
        // a bad field is refused even when another field would resolve
        { companyId: '2001', linkedInUrl: 'https://linkedin.com/companies' },
      ]) {
        await expect(cs.resolveCompany(query)).rejects.toBeInstanceOf(ProviderInputError);
      }
      expect(sim.ledger.requests).toHaveLength(0);
    });

    it('accepts the {data} envelope of enrich', async () => {
      const enveloped = await startSimulator({ enrichEnvelope: 'data' });
      try {
        const p = provider(enveloped);
        expect((await p.enrichCompanyByWebsite('globex.example'))?.company_name).toBe('Globex Logistics');
        expect(await p.resolveCompany({ website: 'initech.example' })).toMatchObject({ status: 'resolved', company: { id: 2006 } });
      } finally {
        await enveloped.close();
      }
    });
  });

  describe('health', () => {
    it('is ok with the right key and reports "invalid key" with a wrong one', async () => {
      expect(await cs.checkHealth()).toMatchObject({ ok: true });
      expect(sim.ledger.creditsSpent).toBe(0);
      const wrong = provider(sim, { apiKey: 'wrong0key0000000000000000000000xx' });
      expect(await wrong.checkHealth()).toEqual({ ok: false, detail: 'invalid key' });
    });
  });
});

describe('Coresignal adapter rate limit', () => {
  it('absorbs 429 bursts without ever starting more requests than configured in any 1 s window', async () => {
    const RATE = 8;
    // the simulator allows more than the client is configured for, and injects 429 bursts on top
    const sim = await startSimulator({
      rateLimit: { perSecond: 10 },
      faults: { rules: [{ action: 429, probability: 0.3, burst: 2 }], seed: 7 },
    });
    try {
      const cs = provider(sim, { rateLimit: { perSecond: RATE }, retry: { ...FAST_RETRY, maxAttempts: 10 } });
      const t0 = Date.now();
      const results = await Promise.all([
        ...Array.from({ length: 8 }, (_, i) => cs.searchEmployees({ companyId: NORTHWIND, titlePhrases: [`Title ${i}`] }, 5)),
        ...Array.from({ length: 4 }, () => cs.searchEmployees({ companyId: NORTHWIND }, 5)),
      ]);
      const elapsed = Date.now() - t0;
      expect(results).toHaveLength(12);
      const accepted = sim.ledger.requests.filter((r) => r.outcome === 'accepted');
      const faults429 = accepted.filter((r) => r.fault === '429').length;
      expect(faults429).toBeGreaterThan(0);
      expect(sim.ledger.rateLimited()).toBe(0);
      const maxWindow = sim.ledger.maxAcceptedInWindow(1000, KEY);
      expect(maxWindow).toBeLessThanOrEqual(RATE);
      for (const bucket of sim.ledger.perSecond(KEY)) expect(bucket.accepted).toBeLessThanOrEqual(RATE);
      expect(cs.metrics().limiter.maxStartsInWindow).toBeLessThanOrEqual(RATE);
      console.log(
        `rate limit: ${accepted.length} requests (${faults429} answered 429) in ${elapsed} ms; ` +
          `max per 1 s window ${maxWindow} (configured ${RATE}); simulator refusals ${sim.ledger.rateLimited()}`,
      );
    } finally {
      await sim.close();
    }
  });

  it('at the same rate as the server (5 req/s, the default) the server never refuses', async () => {
    const sim = await startSimulator({ rateLimit: { perSecond: 5 } });
    try {
      const cs = provider(sim, { rateLimit: {}, retry: { ...FAST_RETRY, maxAttempts: 1 } });
      await Promise.all(Array.from({ length: 12 }, () => cs.searchEmployees({ companyId: NORTHWIND }, 1)));
      expect(sim.ledger.rateLimited()).toBe(0);
      expect(sim.ledger.maxAcceptedInWindow(1000, KEY)).toBeLessThanOrEqual(5);
    } finally {
      await sim.close();
    }
  });
});
