import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DEFAULT_UNIVERSE, generateCompanies, generateEmployees } from '../src/modules/enrichment/domain/demo-universe/demo-universe.js';
import type { EmployeeRecord } from '../src/modules/enrichment/domain/coresignal-records.js';
import { DemoDatasetLoader } from '../src/modules/enrichment/infrastructure/local/demo-dataset.loader.js';
import { DATABASE, type Database } from '../src/shared/database/database.js';
import { sqlQuery } from '../src/shared/database/sql.js';
import { InMemoryDataset } from '../tools/coresignal-simulator/dataset.js';
import { createSimulator, type Simulator } from '../tools/coresignal-simulator/simulator.js';
import { startTestApp, WORKSPACE_A, WORKSPACE_B, type TestApp } from './support/test-app.js';

/**
 * The optimal buyer search (GET /api/intelligence/buyer-group-v2?…, POST …/search-jobs) over the demo universe on
 * the local dataset: filters checked against direct SQL on dataset_companies, a stable and explained ranking, the cap
 * on maxResults, 400s naming the field, the queued variant giving the synchronous answer. The credit budget is
 * checked where credits are real: the same service on the Coresignal adapter, against the simulator serving the
 * demo universe's companies, whose ledger counts what was billed.
 */
const BASE = '/api/intelligence/buyer-group-v2';
const asA = { 'x-api-key': WORKSPACE_A.key };
const asB = { 'x-api-key': WORKSPACE_B.key };

interface Part {
  name: string;
  weight: number;
  value: number;
  points: number;
  reason: string;
}

interface Account {
  rank: number;
  company: { id: string; name: string | null; industry: string | null; employeeCount: number | null; country: string | null };
  score: number;
  market: { score: number; parts: Part[]; signals: Record<string, unknown> };
  buyerGroup: { status: string; score?: number; parts?: Part[]; creditsUsed?: number; estimatedScore?: number | null; reason?: string };
  reasons: string[];
}

interface SearchBody {
  totalMatches: number;
  scored: number;
  returned: number;
  companies: Account[];
  phase2: { enabled: boolean; requested: number; sampled: number; stoppedBecause?: string; credits: { budget: number; spent: number; remaining: number } };
  notes: string[];
}

const idsOf = (body: SearchBody) => body.companies.map((c) => c.company.id);
const sortedIds = (ids: string[]) => [...ids].sort((a, b) => Number(a) - Number(b));
/** the UTC day `days` days ago: a funding round "within N days" is on or after it */
const dayAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe('optimal buyer search over the demo universe (local dataset)', () => {
  let context: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let db: Database;

  const search = (query: Record<string, string | number | boolean>, key = asA) => request(server).get(BASE).query(query).set(key);
  const ok = async (query: Record<string, string | number | boolean>): Promise<SearchBody> => (await search(query).expect(200)).body as SearchBody;
  const sqlIds = async (where: string, params: unknown[] = []): Promise<string[]> =>
    (await sqlQuery<{ id: string }>(db.em.fork(), `select id::text as id from dataset_companies where ${where} order by id`, params)).map((r) => r.id);

  beforeAll(async () => {
    context = await startTestApp('optimal_search');
    server = context.app.getHttpServer();
    db = context.app.get(DATABASE);
  });
  afterAll(() => context?.close());

  it('searches the whole universe of 1,021 companies when no filter is given', async () => {
    const body = await ok({ sampling: false, maxResults: 50 });
    expect(body.totalMatches).toBe(1021);
    expect(body.scored).toBe(1021);
    expect(body.returned).toBe(50);
  });

  describe('filters narrow correctly, checked against direct SQL on dataset_companies', () => {
    it("industries and size range (the seed's example)", async () => {
      const body = await ok({ industries: 'Software,SaaS', sizeRange: '50-200', maxResults: 50, sampling: false });
      const expected = await sqlIds("industry in ('Software', 'SaaS') and employees_count between 50 and 200");
      expect(expected.length).toBeGreaterThan(50);
      expect(body.totalMatches).toBe(expected.length);
      expect(body.returned).toBe(50);
      for (const id of idsOf(body)) expect(expected).toContain(id);
      for (const account of body.companies) {
        expect(['Software', 'SaaS']).toContain(account.company.industry);
        expect(account.company.employeeCount).toBeGreaterThanOrEqual(50);
        expect(account.company.employeeCount).toBeLessThanOrEqual(200);
      }
      // "50-200 employees" and a different case of the names mean the same
      const same = await ok({ industries: 'software, saas', sizeRange: '50-200 employees', maxResults: 50, sampling: false });
      expect(idsOf(same)).toEqual(idsOf(body));
    });

    it('locations (names and ISO codes) and headcount growth', async () => {
      const body = await ok({ locations: 'DE,France', minHeadcountGrowth: 10, maxResults: 50, sampling: false });
      const expected = await sqlIds(
        `hq_country in ('Germany', 'France') and (record->'employees_count_change'->>'change_yearly_percentage')::float8 >= 10`,
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(body.totalMatches).toBe(expected.length);
      if (expected.length <= 50) expect(sortedIds(idsOf(body))).toEqual(expected);
      else for (const id of idsOf(body)) expect(expected).toContain(id);
    });

    it('funding recency and technologies', async () => {
      const body = await ok({ fundedWithinMonths: 6, technologies: 'Salesforce,HubSpot', maxResults: 50, sampling: false });
      const expected = await sqlIds(
        `left(record->>'last_funding_round_announced_date', 10) >= ?
         and exists (select 1 from jsonb_array_elements_text(record->'technologies_used') t where t = any(?::text[]))`,
        [dayAgo(183), ['Salesforce', 'HubSpot']],
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(body.totalMatches).toBe(expected.length);
      if (expected.length <= 50) expect(sortedIds(idsOf(body))).toEqual(expected);
      else for (const id of idsOf(body)) expect(expected).toContain(id);
      for (const account of body.companies) expect((account.market.signals.technologies as string[]).length).toBeGreaterThan(0);
    });

    it('hiring activity within an industry, and an open-ended size range', async () => {
      const body = await ok({ industries: 'Manufacturing', minJobPostings: 20, sizeRange: '1,001+ employees', maxResults: 50, sampling: false });
      const expected = await sqlIds(
        `industry = 'Manufacturing' and employees_count >= 1001 and (record->>'active_job_postings_count')::int >= 20`,
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThanOrEqual(50);
      expect(body.totalMatches).toBe(expected.length);
      expect(sortedIds(idsOf(body))).toEqual(expected);
    });

    it('an empty market is an empty answer, not an error', async () => {
      const body = await ok({ industries: 'Software', sizeRange: '90000-90001', sampling: false });
      expect(body).toMatchObject({ totalMatches: 0, returned: 0, companies: [] });
      expect(body.notes.join(' ')).toMatch(/no company matches/);
    });
  });

  describe('ranking', () => {
    it('is stable: the same query twice gives the same order and scores', async () => {
      const query = { industries: 'Software,SaaS,Cybersecurity', maxResults: 50, sampling: false };
      const first = await ok(query);
      const second = await ok(query);
      expect(first.companies.map((c) => [c.company.id, c.score])).toEqual(second.companies.map((c) => [c.company.id, c.score]));
      // ties are broken deterministically: score, then market score, then company id
      for (let i = 1; i < first.companies.length; i++) {
        const a = first.companies[i - 1]!;
        const b = first.companies[i]!;
        expect(a.score > b.score || (a.score === b.score && (a.market.score > b.market.score || Number(a.company.id) < Number(b.company.id)))).toBe(true);
      }
      expect(first.companies.map((c) => c.rank)).toEqual(first.companies.map((_c, i) => i + 1));
    });

    it('explains phase 1 per company: the parts add up to the score, each with a reason', async () => {
      const body = await ok({ industries: 'SaaS', maxResults: 20, sampling: false, technologies: 'Stripe,Segment' });
      for (const account of body.companies) {
        const parts = account.market.parts;
        expect(parts.map((p) => p.name).sort()).toEqual(['b2b', 'funding', 'headcountGrowth', 'hiring', 'technologies']);
        expect(Math.abs(parts.reduce((sum, p) => sum + p.points, 0) - account.market.score)).toBeLessThanOrEqual(0.5);
        for (const part of parts) expect(part.reason).not.toBe('');
        expect(account.reasons[0]).toMatch(/^phase 1 \(market\)/);
        expect(account.reasons.join(' ')).toMatch(/phase 2/);
        expect(account.buyerGroup).toMatchObject({ status: 'not_sampled' });
        expect(account.score).toBe(account.market.score);
      }
    });

  });

  describe('phase 2: buyer-group sampling', () => {
    // a company's first discovery on the local dataset waits for the one-time pass that places the demo universe's
    // job movers (1M generated records: 15-35 s, minutes on a loaded machine): wait for it once, here
    beforeAll(() => context.app.get(DemoDatasetLoader).ensureMovers(), 600_000);

    it('samples the best candidates and explains both phases', async () => {
      const body = await ok({ industries: 'Software', sizeRange: '51-90', maxResults: 6, sample: 2, solutionCategory: 'revenue_technology' });
      expect(body.phase2).toMatchObject({ enabled: true, requested: 2, sampled: 2 });
      const sampled = body.companies.filter((c) => c.buyerGroup.status === 'sampled');
      expect(sampled).toHaveLength(2);
      for (const account of sampled) {
        expect(account.buyerGroup.score).toBeGreaterThan(0);
        expect(account.buyerGroup.parts!.map((p) => p.name).sort()).toEqual(['decisionMaker', 'quality', 'reachability', 'roleCoverage']);
        expect(account.reasons[1]).toMatch(/^phase 2 \(buyer group\) [\d.]+:/);
        expect(account.reasons[2]).toMatch(/^combined [\d.]+ = 0\.4 × [\d.]+ \+ 0\.6 × [\d.]+$/);
        expect(account.score).toBeCloseTo(0.4 * account.market.score + 0.6 * account.buyerGroup.score!, 0);
      }
      for (const account of body.companies.filter((c) => c.buyerGroup.status !== 'sampled')) {
        expect(account.buyerGroup.estimatedScore).toBeCloseTo((sampled[0]!.buyerGroup.score! + sampled[1]!.buyerGroup.score!) / 2, 0);
        expect(account.reasons[1]).toMatch(/estimated/);
      }
      // the local dataset bills nothing, and the budget is never exceeded
      const spent = sampled.reduce((sum, c) => sum + (c.buyerGroup.creditsUsed ?? 0), 0);
      expect(spent).toBe(body.phase2.credits.spent);
      expect(spent).toBeLessThanOrEqual(body.phase2.credits.budget);
    });

    it('stops sampling when the next estimate does not fit the budget, and says so', async () => {
      const body = await ok({ industries: 'Software', sizeRange: '51-90', maxResults: 6, sample: 2, creditBudget: 10 });
      expect(body.phase2.sampled).toBe(0);
      expect(body.phase2.stoppedBecause).toMatch(/estimated at \d+ credits and 10 of the 10-credit budget remain/);
      expect(body.notes.join(' ')).toMatch(/sampling stopped at/);
      expect(body.phase2.credits.spent).toBe(0);
      // ranked on phase 1 alone
      for (const account of body.companies) expect(account.score).toBe(account.market.score);
    });
  });

  describe('maxResults', () => {
    it('defaults to 25 and is capped by MAX_COMPANIES_PER_REQUEST (50)', async () => {
      expect((await ok({ sampling: false })).returned).toBe(25);
      expect((await ok({ sampling: false, maxResults: 50 })).returned).toBe(50);
      const over = await search({ maxResults: 51 }).expect(400);
      expect(over.body.error.message).toMatch(/^maxResults: must be a whole number from 1 to 50 \(MAX_COMPANIES_PER_REQUEST\)/);
    });
  });

  describe('bad input → 400 naming the field', () => {
    const fieldsOf = (body: { error: { details: { fields: { field: string }[] } } }) => body.error.details.fields.map((f) => f.field);

    it.each([
      [{ maxResults: 0 }, 'maxResults'],
      [{ maxResults: 10000 }, 'maxResults'],
      [{ maxResults: 'abc' }, 'maxResults'],
      [{ maxResults: '5.5' }, 'maxResults'],
      [{ sizeRange: '200-50' }, 'sizeRange'],
      [{ sizeRange: 'big' }, 'sizeRange'],
      [{ minHeadcountGrowth: 'fast' }, 'minHeadcountGrowth'],
      [{ fundedWithinMonths: '-3' }, 'fundedWithinMonths'],
      [{ minJobPostings: '1e3' }, 'minJobPostings'],
      [{ creditBudget: 'lots' }, 'creditBudget'],
      [{ sample: 11 }, 'sample'],
      [{ solutionCategory: 'widgets' }, 'solutionCategory'],
      [{ industry: 'Software' }, 'industry'],
      [{ industries: '' }, 'industries'],
    ] as [Record<string, string | number>, string][])('%j → %s', async (query, field) => {
      const response = await search(query).expect(400);
      expect(response.body).toMatchObject({ success: false, error: { code: 'VALIDATION_FAILED' } });
      expect(fieldsOf(response.body)).toEqual([field]);
      expect(response.body.error.message.startsWith(`${field}: `)).toBe(true);
    });

    it('an inverted size range says which way round it goes', async () => {
      const response = await search({ sizeRange: '200-50' }).expect(400);
      expect(response.body.error.message).toMatch(/sizeRange: "200-50" is inverted: the smaller number comes first \(50-200\)/);
    });

    it('unknown industries: close matches when there are some, else the known list', async () => {
      const typo = await search({ industries: 'Sofware,SaaS' }).expect(400);
      expect(fieldsOf(typo.body)).toEqual(['industries']);
      expect(typo.body.error.message).toMatch(/unknown industry "Sofware": did you mean "Software"\?/);
      const unknown = await search({ industries: 'Fintech' }).expect(400);
      expect(unknown.body.error.message).toMatch(/^industries: unknown industry "Fintech"; known industries: Automotive, Biotech/);
      expect(unknown.body.error.details.knownIndustries).toHaveLength(20);
      expect(unknown.body.error.details.knownIndustries).toEqual(expect.arrayContaining(['Software', 'SaaS', 'Healthcare']));
    });

    it('several problems at once are all named', async () => {
      const response = await search({ industries: 'Nope', sizeRange: '9-1', maxResults: 0 }).expect(400);
      expect(fieldsOf(response.body).sort()).toEqual(['industries', 'maxResults', 'sizeRange']);
    });
  });

  describe('queued search', () => {
    const waitForJob = async (jobId: string): Promise<{ state: string; progress: { phase: string; percent: number }; result?: SearchBody }> => {
      for (const until = Date.now() + 90_000; Date.now() < until; ) {
        const status = await request(server).get(`${BASE}/search-jobs/${jobId}`).set(asA).expect(200);
        if (status.body.state === 'completed' || status.body.state === 'failed') return status.body;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`search job ${jobId} did not finish`);
    };

    it('reaches done with the same results as the synchronous search', async () => {
      const query = { industries: 'Software', sizeRange: '51-90', maxResults: 6, sample: 2, solutionCategory: 'revenue_technology' };
      const sync = await ok(query);
      const accepted = await request(server).post(`${BASE}/search-jobs`).set(asA).send(query).expect(202);
      expect(accepted.body).toMatchObject({ success: true, jobId: expect.any(String), statusUrl: `${BASE}/search-jobs/${accepted.body.jobId}` });
      const done = await waitForJob(accepted.body.jobId);
      expect(done.state).toBe('completed');
      expect(done.progress).toMatchObject({ phase: 'done', percent: 100 });
      expect(done.result!.companies).toEqual(sync.companies);
      expect(done.result!.totalMatches).toBe(sync.totalMatches);
      // another workspace does not see the job; a malformed id is a 400 naming it
      await request(server).get(`${BASE}/search-jobs/${accepted.body.jobId}`).set(asB).expect(404);
      const bad = await request(server).get(`${BASE}/search-jobs/not-a-uuid`).set(asA).expect(400);
      expect(bad.body.error.message).toBe('jobId: must be a UUID');
    });

    it('checks its body like the GET checks its query', async () => {
      const response = await request(server).post(`${BASE}/search-jobs`).set(asA).send({ industries: ['Software'], maxResults: 10000 }).expect(400);
      expect(response.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(['maxResults']);
    });
  });
});

describe('optimal buyer search on the Coresignal adapter (simulator over the demo universe)', () => {
  let sim: Simulator;
  let coresignal: TestApp;
  let local: TestApp;
  const KEY = 'search0test0key00000000000000001';
  const companies = generateCompanies(DEFAULT_UNIVERSE);
  // the market the budget test samples: small Software companies, whose employees the simulator is given
  const market = companies.filter((c) => c.industry === 'Software' && c.employees_count! >= 51 && c.employees_count! <= 90);
  const employees: EmployeeRecord[] = market.flatMap((c) => [...generateEmployees(c, DEFAULT_UNIVERSE)]);

  beforeAll(async () => {
    sim = await createSimulator({ dataset: new InMemoryDataset(companies, employees), apiKeys: [KEY], rateLimit: 0 });
    coresignal = await startTestApp('optimal_search_coresignal', { coresignalApiKey: KEY, coresignalBaseUrl: sim.url, coresignalRateLimit: 200 });
    local = await startTestApp('optimal_search_local');
  });
  afterAll(async () => {
    await coresignal?.close();
    await local?.close();
    await sim?.close();
  });

  const get = (app: TestApp, query: Record<string, string | number | boolean>) =>
    request(app.app.getHttpServer()).get(BASE).query(query).set(asA).expect(200);

  it('phase 1 is free and ranks exactly as on the local dataset', async () => {
    const query = { industries: 'Software,SaaS', sizeRange: '50-500', technologies: 'Salesforce,Snowflake', maxResults: 50, sampling: false };
    const before = sim.ledger.creditsSpent;
    const viaCoresignal = (await get(coresignal, query)).body as SearchBody;
    const viaLocal = (await get(local, query)).body as SearchBody;
    expect(sim.ledger.creditsSpent).toBe(before);
    expect(viaCoresignal.totalMatches).toBe(viaLocal.totalMatches);
    expect(viaCoresignal.companies.map((c) => [c.company.id, c.market.score, c.market.signals])).toEqual(
      viaLocal.companies.map((c) => [c.company.id, c.market.score, c.market.signals]),
    );
  });

  it('never spends more than the credit budget: the simulator billed exactly what the search reports', async () => {
    const budget = 150;
    const before = sim.ledger.creditsSpent;
    const body = (await get(coresignal, { industries: 'Software', sizeRange: '51-90', maxResults: 10, sample: 5, creditBudget: budget })).body as SearchBody;
    const billed = sim.ledger.creditsSpent - before;
    const perCompany = body.companies.reduce((sum, c) => sum + (c.buyerGroup.creditsUsed ?? 0), 0);
    expect(body.phase2.sampled).toBeGreaterThanOrEqual(1);
    expect(billed).toBeGreaterThan(0);
    expect(billed).toBeLessThanOrEqual(budget);
    expect(body.phase2.credits.spent).toBe(billed);
    expect(perCompany).toBe(billed);
    expect(body.phase2.stoppedBecause).toMatch(/budget/);
    // a sampled company was bought (its record), so it has a name even though the free search gave only its id
    for (const account of body.companies.filter((c) => c.buyerGroup.status === 'sampled')) expect(account.company.name).not.toBeNull();

    // the same search again: the company records are cached, so the budget stretches further
    const again = (await get(coresignal, { industries: 'Software', sizeRange: '51-90', maxResults: 10, sample: 5, creditBudget: budget })).body as SearchBody;
    expect(again.phase2.credits.spent).toBeLessThanOrEqual(budget);
    expect(again.companies.reduce((sum, c) => sum + (c.buyerGroup.creditsUsed ?? 0), 0)).toBe(again.phase2.credits.spent);
  });

  it('names, for free, the companies whose records were bought before (the cache), and only those', async () => {
    const before = sim.ledger.creditsSpent;
    const body = (await get(coresignal, { industries: 'Software', sizeRange: '51-90', maxResults: 10, sampling: false })).body as SearchBody;
    expect(sim.ledger.creditsSpent).toBe(before);
    const bought = new Set([...sim.ledger.purchases('company').keys()].map(String));
    expect(bought.size).toBeGreaterThan(0);
    expect(sim.ledger.duplicatePurchases('company').size).toBe(0); // the second budget search bought no record again
    for (const account of body.companies) {
      if (bought.has(account.company.id)) expect(account.company.name).toBe(companies.find((c) => String(c.id) === account.company.id)!.company_name);
      else expect(account.company.name).toBeNull();
    }
  });
});
