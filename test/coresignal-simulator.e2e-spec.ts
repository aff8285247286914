import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type {
  CompanyRecord,
  EmployeeRecord,
  ExperienceRecord,
  ManagementLevel,
} from '../src/modules/enrichment/domain/coresignal-records.js';
import { InMemoryDataset, loadJsonLinesDataset } from '../tools/coresignal-simulator/dataset.js';
import { createSimulator, type Simulator, type SimulatorOptions } from '../tools/coresignal-simulator/simulator.js';

// ------------------------------------------------------------------------------------------------- fixtures

function company(id: number, name: string, slug: string, extra: Partial<CompanyRecord> = {}): CompanyRecord {
  return {
    id,
    company_name: name,
    company_legal_name: `${name} Inc.`,
    website: `https://www.${slug}.example`,
    linkedin_url: `https://www.linkedin.com/company/${slug}`,
    industry: 'Software Development',
    type: 'Privately Held',
    founded_year: 2010,
    size_range: '201-500 employees',
    employees_count: 300,
    employees_count_change: null,
    employees_count_breakdown_by_department: null,
    employees_count_breakdown_by_seniority: null,
    hq_country: 'United States',
    hq_city: 'Austin',
    hq_location: 'Austin, Texas, United States',
    description: `${name} makes things.`,
    is_b2b: 1,
    is_public: 0,
    last_funding_round_name: null,
    last_funding_round_announced_date: null,
    last_funding_round_amount_raised: null,
    active_job_postings_count: 3,
    technologies_used: ['Salesforce'],
    key_executives: [],
    key_executive_arrivals: [],
    key_executive_departures: [],
    last_updated_at: '2026-10-01T00:00:00Z',
    ...extra,
  };
}

const COMPANIES: CompanyRecord[] = [
  company(1001, 'Acme Analytics', 'acme-analytics', { founded_year: 2012, last_funding_round_announced_date: '2024-03-01' }),
  company(1002, 'Globex Logistics', 'globex', {
    industry: 'Transportation',
    employees_count: 1200,
    size_range: '1001-5000 employees',
    hq_country: 'Germany',
    founded_year: 1998,
  }),
  company(1003, 'Initech', 'initech', { industry: 'IT Services', employees_count: 40, founded_year: 2019 }),
];

function exp(
  companyId: number,
  title: string,
  active: 0 | 1,
  dateFrom: string,
  dateTo: string | null,
  department: string | null = null,
  level: ManagementLevel | null = null,
): ExperienceRecord {
  const c = COMPANIES.find((x) => x.id === companyId)!;
  return {
    active_experience: active,
    position_title: title,
    department,
    management_level: level,
    company_id: companyId,
    company_name: c.company_name,
    company_website: c.website,
    company_linkedin_url: c.linkedin_url,
    company_industry: c.industry,
    company_employees_count: c.employees_count,
    date_from: dateFrom,
    date_to: dateTo,
    duration_months: null,
    order_in_profile: 0,
  };
}

function employee(
  id: number,
  fullName: string,
  companyId: number | null,
  title: string | null,
  department: string | null,
  level: ManagementLevel | null,
  experience: ExperienceRecord[],
  extra: Partial<EmployeeRecord> = {},
): EmployeeRecord {
  const [first, ...rest] = fullName.split(' ');
  const slug = fullName.toLowerCase().replace(/ /g, '-') + `-${id}`;
  return {
    id,
    parent_id: null,
    full_name: fullName,
    first_name: first!,
    last_name: rest.join(' '),
    headline: title ? `${title} at somewhere` : null,
    summary: null,
    picture_url: null,
    professional_network_url: `https://www.linkedin.com/in/${slug}`,
    location_full: 'Austin, Texas, United States',
    location_country: 'United States',
    location_city: 'Austin',
    is_working: companyId === null ? 0 : 1,
    is_decision_maker: level === 'C-Level' || level === 'VP-Level' || level === 'Director' ? 1 : 0,
    is_deleted: 0,
    is_parent: 1,
    active_experience_company_id: companyId,
    active_experience_title: title,
    active_experience_department: department,
    active_experience_management_level: level,
    primary_professional_email: null,
    primary_professional_email_status: null,
    professional_emails_collection: [],
    inferred_skills: [],
    connections_count: 100 * id,
    followers_count: 10 * id,
    total_experience_duration_months: 120,
    updated_at: '2026-10-01T00:00:00Z',
    checked_at: '2026-10-01T00:00:00Z',
    experience_change_last_identified_at: null,
    experience: experience.map((e, i) => ({ ...e, order_in_profile: i })),
    ...extra,
  };
}

const EMPLOYEES: EmployeeRecord[] = [
  employee(1, 'Alice Johnson', 1001, 'VP Sales', 'Sales', 'VP-Level', [
    exp(1001, 'VP Sales', 1, '2021-02-01', null, 'Sales', 'VP-Level'),
    exp(1002, 'Sales Director', 0, '2015-01-01', '2021-01-31', 'Sales', 'Director'),
  ], { primary_professional_email: 'alice@acme-analytics.example', primary_professional_email_status: 'verified' }),
  employee(2, 'Bob Smith', 1001, 'Chief Revenue Officer', 'C-Suite', 'C-Level', [
    exp(1001, 'Chief Revenue Officer', 1, '2019-06-01', null, 'C-Suite', 'C-Level'),
  ]),
  employee(3, 'Carol White', 1001, 'Sales Development Representative', 'Sales', 'Specialist', [
    exp(1001, 'Sales Development Representative', 1, '2024-01-01', null, 'Sales', 'Specialist'),
  ]),
  employee(4, 'Dan Brown', 1001, 'Senior Software Engineer', 'Engineering and Technical', 'Senior', [
    exp(1001, 'Senior Software Engineer', 1, '2020-01-01', null, 'Engineering and Technical', 'Senior'),
  ]),
  employee(5, 'Erin Davis', 1002, 'Head of Sales Operations', 'Sales', 'Director', [
    exp(1002, 'Head of Sales Operations', 1, '2022-05-01', null, 'Sales', 'Director'),
    exp(1001, 'Sales Manager', 0, '2018-01-01', '2022-04-30', 'Sales', 'Manager'),
  ], { location_country: 'Germany', location_city: 'Berlin', location_full: 'Berlin, Germany' }),
  employee(6, 'Frank Miller', 1002, 'VP Marketing', 'Marketing', 'VP-Level', [
    exp(1002, 'VP Marketing', 1, '2020-09-01', null, 'Marketing', 'VP-Level'),
  ], { primary_professional_email: 'frank@globex.example', primary_professional_email_status: 'matched_pattern' }),
  employee(7, 'Grace Lee', 1003, 'Chief Executive Officer', 'C-Suite', 'C-Level', [
    exp(1003, 'Chief Executive Officer', 1, '2019-01-01', null, 'C-Suite', 'C-Level'),
  ]),
  employee(8, 'Heidi Klum', null, null, null, null, [
    exp(1003, 'Sales Manager', 0, '2019-03-01', '2023-12-31', 'Sales', 'Manager'),
  ]),
  employee(9, 'Ivan Petrov', 1001, 'Sales Manager', 'Sales', 'Manager', [
    exp(1001, 'Sales Manager', 1, '2023-01-01', null, 'Sales', 'Manager'),
  ], { is_deleted: 1 }),
];

const KEY = 'test0key0000000000000000000000ab';
const OTHER_KEY = 'test0key0000000000000000000000cd';

function dataset(): InMemoryDataset {
  return new InMemoryDataset(COMPANIES, EMPLOYEES);
}

async function start(options: Partial<SimulatorOptions> = {}): Promise<Simulator> {
  return createSimulator({ dataset: dataset(), apiKeys: [KEY, OTHER_KEY], rateLimit: 0, ...options });
}

// ------------------------------------------------------------------------------------------------- HTTP helpers

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

async function call(
  sim: Simulator,
  method: string,
  route: string,
  body?: unknown,
  headers: Record<string, string> = { apikey: KEY },
): Promise<Answer> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  const response = await fetch(new URL(route, sim.url), init);
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // keep text
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

const searchEmployees = (sim: Simulator, query: unknown, qs = ''): Promise<Answer> =>
  call(sim, 'POST', `employee_multi_source/search/es_dsl${qs}`, { query });

async function employeeIds(sim: Simulator, query: unknown): Promise<number[]> {
  const answer = await searchEmployees(sim, query);
  expect(answer.status).toBe(200);
  return answer.body as number[];
}


const sorted = (ids: number[]): number[] => [...ids].sort((a, b) => a - b);

// ------------------------------------------------------------------------------------------------- tests

describe('Coresignal simulator over HTTP', () => {
  let sim: Simulator;

  beforeAll(async () => {
    sim = await start();
  });

  afterAll(async () => {
    await sim.close();
  });

  describe('auth and errors', () => {
    it('rejects a missing key, a wrong key and a Bearer-only request with 401 {detail}, with the balance header', async () => {
      for (const headers of [{}, { apikey: 'wrong' }, { authorization: `Bearer ${KEY}` }] as Record<string, string>[]) {
        const answer = await call(sim, 'GET', 'company_multi_source/collect/1001', undefined, headers);
        expect(answer.status).toBe(401);
        expect(typeof (answer.body as { detail: string }).detail).toBe('string');
        expect(answer.headers.get('x-credits-remaining')).not.toBeNull();
      }
    });

    it('answers 404 for unknown paths and ids, 405 for a wrong method, 400 for malformed JSON', async () => {
      expect((await call(sim, 'GET', 'nope/collect/1')).status).toBe(404);
      expect((await call(sim, 'GET', '/other/path')).status).toBe(404);
      const unknown = await call(sim, 'GET', 'employee_multi_source/collect/424242');
      expect(unknown.status).toBe(404);
      expect((unknown.body as { detail: string }).detail).toMatch(/not found/i);
      expect((await call(sim, 'GET', 'employee_multi_source/search/es_dsl')).status).toBe(405);
      const bad = await call(sim, 'POST', 'employee_multi_source/search/es_dsl', '{"query": {');
      expect(bad.status).toBe(400);
      expect((bad.body as { detail: string }).detail).toMatch(/JSON/);
      expect((await call(sim, 'POST', 'employee_multi_source/search/es_dsl', '')).status).toBe(400);
    });

    it('answers 413 to a body over the limit and keeps serving', async () => {
      const big = JSON.stringify({ query: { match_all: {} }, pad: 'x'.repeat(1_100_000) });
      const answer = await call(sim, 'POST', 'employee_multi_source/search/es_dsl', big);
      expect(answer.status).toBe(413);
      expect((await employeeIds(sim, { match_all: {} })).length).toBe(9);
    });

    it('answers 422 naming unsupported constructs and bad shapes, and survives hostile input', async () => {
      const cases: [unknown, RegExp][] = [
        [{ query: { wildcard: { full_name: 'al*' } } }, /wildcard/],
        [{ query: { match_all: {} }, aggs: {} }, /aggs/],
        [{ query: { bool: { must: 'x' } } }, /bool\.must/],
        [{ query: { bool: { must: [], unknown: 1 } } }, /unknown/],
        [{ query: { term: { a: 1, b: 2 } } }, /exactly one field/],
        [{ query: { query_string: { query: 'connections_count:[1 TO 5]' } } }, /unsupported syntax/],
        [{ query: { range: { connections_count: { gte: 'soon' } } } }, /range/],
        [{ query: { nested: { path: 'skills', query: { match_all: {} } } } }, /nested/],
        [{}, /query/],
        [[1, 2], /object/],
      ];
      for (const [body, detail] of cases) {
        const answer = await call(sim, 'POST', 'employee_multi_source/search/es_dsl', body);
        expect({ body, status: answer.status }).toEqual({ body, status: 422 });
        expect((answer.body as { detail: string }).detail).toMatch(detail);
      }
      const deep = '{"query":' + '{"bool":{"must":'.repeat(5000) + '{"match_all":{}}' + '}}'.repeat(5000) + '}';
      expect([400, 422]).toContain((await call(sim, 'POST', 'employee_multi_source/search/es_dsl', deep)).status);
      expect((await call(sim, 'POST', 'employee_multi_source/search/es_dsl', 'null')).status).toBe(422);
      expect((await employeeIds(sim, { match_all: {} })).length).toBe(9);
    });

    it('refuses queries over the character and clause limits with 422 (configurable)', async () => {
      const long = await searchEmployees(sim, { match: { headline: 'sales '.repeat(3000) } });
      expect(long.status).toBe(422);
      expect((long.body as { detail: string }).detail).toMatch(/too long/);
      const many = await searchEmployees(sim, { terms: { id: Array.from({ length: 1025 }, (_, i) => i) } });
      expect(many.status).toBe(422);
      expect((many.body as { detail: string }).detail).toMatch(/clauses/);
      const strict = await start({ limits: { maxClauses: 2, maxQueryChars: 100 } });
      try {
        const three = await searchEmployees(strict, {
          bool: { should: [{ term: { id: 1 } }, { term: { id: 2 } }, { term: { id: 3 } }] },
        });
        expect(three.status).toBe(422);
        expect((await searchEmployees(strict, { bool: { should: [{ term: { id: 1 } }, { term: { id: 2 } }] } })).status).toBe(200);
      } finally {
        await strict.close();
      }
    });
  });

  describe('company endpoints', () => {
    it('searches ids, previews, collects by id and shorthand, enriches by website', async () => {
      const search = await call(sim, 'POST', 'company_multi_source/search/es_dsl', {
        query: { bool: { filter: [{ term: { hq_country: 'united states' } }, { range: { employees_count: { gte: 100 } } }] } },
      });
      expect(search.status).toBe(200);
      expect(search.body).toEqual([1001]);

      const preview = await call(sim, 'POST', 'company_multi_source/search/es_dsl/preview', {
        query: { match: { industry: 'software services' } },
      });
      expect(preview.status).toBe(200);
      expect(preview.body).toEqual([
        {
          id: 1001,
          company_name: 'Acme Analytics',
          website: 'https://www.acme-analytics.example',
          linkedin_url: 'https://www.linkedin.com/company/acme-analytics',
          industry: 'Software Development',
          size_range: '201-500 employees',
          employees_count: 300,
          hq_country: 'United States',
          _score: 1,
        },
        expect.objectContaining({ id: 1003, _score: 1 }),
      ]);

      const byId = await call(sim, 'GET', 'company_multi_source/collect/1002');
      expect(byId.status).toBe(200);
      expect(byId.body).toEqual(COMPANIES[1]);
      const bySlug = await call(sim, 'GET', 'company_multi_source/collect/acme-analytics');
      expect((bySlug.body as CompanyRecord).id).toBe(1001);
      expect((await call(sim, 'GET', 'company_multi_source/collect/no-such-company')).status).toBe(404);

      for (const website of ['initech.example', 'https://www.initech.example/', 'WWW.Initech.example']) {
        const enriched = await call(sim, 'GET', `company_multi_source/enrich?website=${encodeURIComponent(website)}`);
        expect(enriched.status).toBe(200);
        expect(enriched.body).toEqual(COMPANIES[2]);
      }
      expect((await call(sim, 'GET', 'company_multi_source/enrich?website=nobody.example')).status).toBe(404);
      expect((await call(sim, 'GET', 'company_multi_source/enrich')).status).toBe(422);
    });

    it('wraps enrich in {data} when configured', async () => {
      const wrapped = await start({ enrichEnvelope: 'data' });
      try {
        const answer = await call(wrapped, 'GET', 'company_multi_source/enrich?website=globex.example');
        expect(answer.body).toEqual({ data: COMPANIES[1] });
      } finally {
        await wrapped.close();
      }
    });
  });

  describe('employee endpoints and the ES DSL subset', () => {
    it('collects by id and by profile shorthand', async () => {
      const byId = await call(sim, 'GET', 'employee_multi_source/collect/5');
      expect(byId.status).toBe(200);
      expect(byId.body).toEqual(EMPLOYEES[4]);
      const bySlug = await call(sim, 'GET', 'employee_multi_source/collect/alice-johnson-1');
      expect((bySlug.body as EmployeeRecord).id).toBe(1);
      expect((await call(sim, 'GET', 'employee_multi_source/collect/nobody-here')).status).toBe(404);
    });

    it('previews up to 20 employees with _score and company fields from the current experience', async () => {
      const answer = await call(sim, 'POST', 'employee_multi_source/search/es_dsl/preview', {
        query: {
          bool: {
            filter: [{ term: { active_experience_company_id: 1001 } }],
            should: [{ match: { active_experience_title: 'sales' } }, { match: { active_experience_title: 'vp' } }],
          },
        },
      });
      expect(answer.status).toBe(200);
      const previews = answer.body as Record<string, unknown>[];
      expect(previews.map((p) => [p.id, p._score])).toEqual([
        [1, 2],
        [3, 1],
        [9, 1],
        [2, 0],
        [4, 0],
      ]);
      expect(previews[0]).toEqual({
        id: 1,
        full_name: 'Alice Johnson',
        professional_network_url: 'https://www.linkedin.com/in/alice-johnson-1',
        headline: 'VP Sales at somewhere',
        location_full: 'Austin, Texas, United States',
        location_country: 'United States',
        connections_count: 100,
        followers_count: 10,
        company_name: 'Acme Analytics',
        company_website: 'https://www.acme-analytics.example',
        company_industry: 'Software Development',
        active_experience_title: 'VP Sales',
        active_experience_department: 'Sales',
        active_experience_management_level: 'VP-Level',
        _score: 2,
      });
      const many = await start({
        dataset: new InMemoryDataset(
          [],
          Array.from({ length: 45 }, (_, i) => employee(100 + i, `Person ${i}`, null, null, null, null, [])),
        ),
      });
      try {
        const first = await call(many, 'POST', 'employee_multi_source/search/es_dsl/preview', { query: { match_all: {} } });
        expect((first.body as unknown[]).length).toBe(20);
        const third = await call(many, 'POST', 'employee_multi_source/search/es_dsl/preview?page=3', { query: { match_all: {} } });
        expect((third.body as { id: number }[]).map((p) => p.id)).toEqual([140, 141, 142, 143, 144]);
      } finally {
        await many.close();
      }
    });

    it('term, terms, and .exact', async () => {
      expect(await employeeIds(sim, { term: { active_experience_company_id: 1001 } })).toEqual([1, 2, 3, 4, 9]);
      expect(await employeeIds(sim, { term: { active_experience_company_id: { value: '1003' } } })).toEqual([7]);
      expect(await employeeIds(sim, { terms: { active_experience_management_level: ['VP-Level', 'c-level'] } })).toEqual([
        1, 2, 6, 7,
      ]);
      expect(await employeeIds(sim, { term: { full_name: 'alice johnson' } })).toEqual([1]);
      expect(await employeeIds(sim, { term: { 'full_name.exact': 'Alice Johnson' } })).toEqual([1]);
      expect(await employeeIds(sim, { term: { 'full_name.exact': 'alice johnson' } })).toEqual([]);
      expect(await employeeIds(sim, { match_phrase: { 'active_experience_title.exact': 'VP Sales' } })).toEqual([1]);
      expect(await employeeIds(sim, { term: { is_deleted: 1 } })).toEqual([9]);
      expect(await employeeIds(sim, { term: { no_such_field: 1 } })).toEqual([]);
    });

    it('match tokenises (any token, or all with operator and); match_phrase keeps order, case-insensitive', async () => {
      expect(await employeeIds(sim, { match: { active_experience_title: 'Sales VP' } })).toEqual([1, 3, 5, 6, 9]);
      expect(
        await employeeIds(sim, { match: { active_experience_title: { query: 'sales manager', operator: 'and' } } }),
      ).toEqual([9]);
      expect(await employeeIds(sim, { match_phrase: { active_experience_title: 'vp SALES' } })).toEqual([1]);
      expect(await employeeIds(sim, { match_phrase: { active_experience_title: 'sales vp' } })).toEqual([]);
      expect(await employeeIds(sim, { match_phrase: { active_experience_title: { query: 'revenue officer' } } })).toEqual([2]);
    });

    it('query_string: quoted phrases OR-ed and AND-ed, field:value, NOT, groups, fields, default_operator, wildcards', async () => {
      const qs = (query: string, extra: Record<string, unknown> = { default_field: 'active_experience_title' }) =>
        employeeIds(sim, { query_string: { query, ...extra } });
      expect(await qs('"VP Sales" OR "Chief Revenue Officer"')).toEqual([1, 2]);
      expect(await qs('"vp sales" "chief executive officer"')).toEqual([1, 7]);
      expect(await qs('"sales" AND "manager"')).toEqual([9]);
      expect(await qs('active_experience_department:"Sales" AND NOT is_deleted:1')).toEqual([1, 3, 5]);
      expect(await qs('active_experience_department:Sales -"vp sales"')).toEqual([3, 5, 9]);
      expect(await qs('(vp OR chief) AND NOT marketing')).toEqual([1, 2, 7]);
      expect(await qs('+sales -manager -development')).toEqual([1, 5]);
      expect(await qs('"vp sales" OR NOT marketing')).toEqual([1]);
      expect(await qs('NOT sales')).toEqual([2, 4, 6, 7, 8]);
      expect(await qs('chief AND (revenue OR executive) AND officer')).toEqual([2, 7]);
      expect(await qs('active_experience_management_level:(Director OR Manager)')).toEqual([5, 9]);
      expect(await qs('sales manager', { fields: ['active_experience_title', 'headline^2'], default_operator: 'AND' })).toEqual([9]);
      expect(await qs('engin*')).toEqual([4]);
      expect(await qs('"Frank Miller"', {})).toEqual([6]);
      expect(await qs('full_name.exact:"Grace Lee"')).toEqual([7]);
      const bad = await searchEmployees(sim, { query_string: { query: '"unterminated' } });
      expect(bad.status).toBe(422);
    });

    it('range over numbers and ISO dates, exists', async () => {
      expect(await employeeIds(sim, { range: { connections_count: { gte: 300, lt: 600 } } })).toEqual([3, 4, 5]);
      expect(await employeeIds(sim, { range: { connections_count: { gt: 800 } } })).toEqual([9]);
      expect(
        await call(sim, 'POST', 'company_multi_source/search/es_dsl', {
          query: { range: { last_funding_round_announced_date: { gte: '2024-01-01', lte: '2024-12-31T23:59:59Z' } } },
        }).then((a) => a.body),
      ).toEqual([1001]);
      expect(
        await call(sim, 'POST', 'company_multi_source/search/es_dsl', { query: { range: { founded_year: { lte: '2012' } } } }).then(
          (a) => a.body,
        ),
      ).toEqual([1001, 1002]);
      expect(await employeeIds(sim, { range: { updated_at: { lte: 'now' } } })).toHaveLength(9);
      expect(await employeeIds(sim, { exists: { field: 'primary_professional_email' } })).toEqual([1, 6]);
      expect(await employeeIds(sim, { exists: { field: 'active_experience_title' } })).toHaveLength(8);
    });

    it('nested on experience evaluates the inner query per element; experience.* outside nested matches nothing', async () => {
      const pastAt = (companyId: number) => ({
        nested: {
          path: 'experience',
          query: { bool: { must: [{ term: { 'experience.company_id': companyId } }, { term: { 'experience.active_experience': 0 } }] } },
        },
      });
      expect(await employeeIds(sim, pastAt(1001))).toEqual([5]);
      expect(await employeeIds(sim, pastAt(1003))).toEqual([8]);
      // per element: Alice was a Sales Director at 1002 (past) and is VP at 1001 (current); no single element has both
      expect(
        await employeeIds(sim, {
          nested: {
            path: 'experience',
            query: {
              bool: {
                filter: [{ term: { 'experience.company_id': 1001 } }, { match_phrase: { 'experience.position_title': 'sales director' } }],
              },
            },
          },
        }),
      ).toEqual([]);
      expect(
        await employeeIds(sim, {
          bool: {
            filter: [
              {
                nested: {
                  path: 'experience',
                  query: {
                    bool: {
                      filter: [
                        { term: { 'experience.company_id': 1001 } },
                        { term: { 'experience.active_experience': 1 } },
                        { range: { 'experience.date_from': { gte: '2021-01-01' } } },
                      ],
                    },
                  },
                },
              },
            ],
          },
        }),
      ).toEqual([1, 3, 9]);
      expect(await employeeIds(sim, { term: { 'experience.company_id': 1001 } })).toEqual([]);
    });

    it('bool: must / filter / should / must_not, minimum_should_match, should alone means at least one', async () => {
      expect(
        await employeeIds(sim, {
          bool: {
            must: [{ match: { active_experience_department: 'sales' } }],
            filter: [{ term: { is_deleted: 0 } }],
            must_not: [{ term: { active_experience_management_level: 'Specialist' } }],
          },
        }),
      ).toEqual([1, 5]);
      expect(
        await employeeIds(sim, { bool: { should: [{ term: { id: 2 } }, { term: { id: 7 } }] } }),
      ).toEqual([2, 7]);
      // with a filter, should only scores (0 required) — so everyone at 1002 matches, Erin first
      const scored = await call(sim, 'POST', 'employee_multi_source/search/es_dsl/preview', {
        query: {
          bool: { filter: [{ term: { active_experience_company_id: 1002 } }], should: [{ match: { active_experience_title: 'sales' } }] },
        },
      });
      expect((scored.body as { id: number; _score: number }[]).map((p) => [p.id, p._score])).toEqual([
        [5, 1],
        [6, 0],
      ]);
      const twoOf = (msm: unknown) =>
        employeeIds(sim, {
          bool: {
            should: [
              { match: { active_experience_title: 'sales' } },
              { term: { active_experience_company_id: 1001 } },
              { term: { is_decision_maker: 1 } },
            ],
            minimum_should_match: msm,
          },
        });
      expect(await twoOf(2)).toEqual([1, 2, 3, 5, 9]);
      expect(await twoOf('3')).toEqual([1]);
      expect(await twoOf('-1')).toEqual([1, 2, 3, 5, 9]);
      expect(await twoOf('100%')).toEqual([1]);
      expect(await employeeIds(sim, { bool: { must_not: [{ term: { is_working: 1 } }] } })).toEqual([8]);
      expect(await employeeIds(sim, { bool: {} })).toHaveLength(9);
    });

    it('sorts by _score by default (ties by id) and by a field when asked', async () => {
      const bySales = await call(sim, 'POST', 'employee_multi_source/search/es_dsl', {
        query: {
          bool: {
            should: [{ match: { active_experience_title: 'vp' } }, { match: { active_experience_department: 'sales' } }],
          },
        },
      });
      expect(bySales.body).toEqual([1, 3, 5, 6, 9]);
      const byConnections = await call(sim, 'POST', 'employee_multi_source/search/es_dsl', {
        query: { term: { active_experience_company_id: 1001 } },
        sort: [{ connections_count: { order: 'desc' } }],
      });
      expect(byConnections.body).toEqual([9, 4, 3, 2, 1]);
      const byName = await call(sim, 'POST', 'employee_multi_source/search/es_dsl', {
        query: { term: { active_experience_company_id: 1001 } },
        sort: ['full_name'],
      });
      expect(byName.body).toEqual([1, 2, 3, 4, 9]);
    });
  });

  describe('pagination', () => {
    it('pages with items_per_page, the real headers and an after cursor until the header is absent', async () => {
      const body = { query: { match_all: {} } };
      const pages: number[][] = [];
      let after: string | null = null;
      for (let i = 0; i < 10; i++) {
        const qs: string = `?items_per_page=2${after === null ? '' : `&after=${encodeURIComponent(after)}`}`;
        const answer = await call(sim, 'POST', `employee_multi_source/search/es_dsl${qs}`, body);
        expect(answer.status).toBe(200);
        expect(answer.headers.get('x-total-results')).toBe('9');
        expect(answer.headers.get('x-total-pages')).toBe('5');
        pages.push(answer.body as number[]);
        after = answer.headers.get('x-next-page-after');
        if (after === null) break;
        expect(after).toBe(String((answer.body as number[]).at(-1)));
      }
      expect(pages).toEqual([[1, 2], [3, 4], [5, 6], [7, 8], [9]]);

      const whole = await call(sim, 'POST', 'employee_multi_source/search/es_dsl', body);
      expect(whole.headers.get('x-total-pages')).toBe('1');
      expect(whole.headers.get('x-next-page-after')).toBeNull();
      const pastEnd = await call(sim, 'POST', 'employee_multi_source/search/es_dsl?after=9', body);
      expect(pastEnd.body).toEqual([]);
      expect(pastEnd.headers.get('x-next-page-after')).toBeNull();
      const none = await searchEmployees(sim, { term: { id: 999 } });
      expect(none.body).toEqual([]);
      expect(none.headers.get('x-total-results')).toBe('0');
      expect(none.headers.get('x-total-pages')).toBe('0');

      expect((await call(sim, 'POST', 'employee_multi_source/search/es_dsl?after=banana', body)).status).toBe(400);
      expect((await call(sim, 'POST', 'employee_multi_source/search/es_dsl?after=424242', body)).status).toBe(400);
      expect((await call(sim, 'POST', 'employee_multi_source/search/es_dsl?items_per_page=1001', body)).status).toBe(422);
      expect((await call(sim, 'POST', 'employee_multi_source/search/es_dsl?items_per_page=0', body)).status).toBe(422);
    });

    it('opaque cursors must be passed back verbatim, URL-encoded', async () => {
      const opaque = await start({ cursor: 'opaque' });
      try {
        const body = { query: { match_all: {} } };
        const seen: number[] = [];
        let after: string | null = null;
        const raw: string[] = [];
        do {
          const qs: string = `?items_per_page=4${after === null ? '' : `&after=${encodeURIComponent(after)}`}`;
          const answer = await call(opaque, 'POST', `employee_multi_source/search/es_dsl${qs}`, body);
          expect(answer.status).toBe(200);
          seen.push(...(answer.body as number[]));
          after = answer.headers.get('x-next-page-after');
          if (after !== null) raw.push(after);
        } while (after !== null);
        expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
        expect(raw.some((c) => /[+/=]/.test(c))).toBe(true);
        const withPlus = raw.find((c) => c.includes('+'));
        if (withPlus) {
          const unencoded = await call(opaque, 'POST', `employee_multi_source/search/es_dsl?after=${withPlus}`, body);
          expect(unencoded.status).toBe(400);
        }
      } finally {
        await opaque.close();
      }
    });
  });

  describe('credits and the ledger', () => {
    it('bills exactly the price table on 200 only, reports x-credits-remaining, and records every billed call', async () => {
      const s = await start({ credits: 1000 });
      try {
        const search = await searchEmployees(s, { term: { active_experience_company_id: 1001 } });
        expect(search.headers.get('x-credits-remaining')).toBe('1000');
        const preview = await call(s, 'POST', 'employee_multi_source/search/es_dsl/preview', {
          query: { term: { active_experience_company_id: 1002 } },
        });
        expect(preview.headers.get('x-credits-remaining')).toBe('980');
        expect((await call(s, 'GET', 'employee_multi_source/collect/1')).headers.get('x-credits-remaining')).toBe('960');
        expect((await call(s, 'GET', 'employee_multi_source/collect/alice-johnson-1')).headers.get('x-credits-remaining')).toBe('940');
        expect((await call(s, 'GET', 'company_multi_source/collect/globex')).headers.get('x-credits-remaining')).toBe('920');
        expect((await call(s, 'GET', 'company_multi_source/enrich?website=acme-analytics.example')).headers.get('x-credits-remaining')).toBe('900');
        const miss = await call(s, 'GET', 'employee_multi_source/collect/777');
        expect(miss.status).toBe(404);
        expect(miss.headers.get('x-credits-remaining')).toBe('900');
        expect((await call(s, 'POST', 'employee_multi_source/search/es_dsl/preview', { query: { nope: {} } })).status).toBe(422);
        expect((await call(s, 'GET', 'company_multi_source/collect/1001', undefined, { apikey: OTHER_KEY })).headers.get('x-credits-remaining')).toBe('880');

        const { ledger } = s;
        expect(ledger.creditsSpent).toBe(120);
        expect(ledger.creditsRemaining).toBe(880);
        expect(ledger.byKind.employee_search).toEqual({ calls: 1, credits: 0, records: 5 });
        expect(ledger.byKind.employee_preview).toEqual({ calls: 1, credits: 20, records: 2 });
        expect(ledger.byKind.employee_collect).toEqual({ calls: 2, credits: 40, records: 2 });
        expect(ledger.byKind.company_collect).toEqual({ calls: 2, credits: 40, records: 2 });
        expect(ledger.byKind.company_enrich).toEqual({ calls: 1, credits: 20, records: 1 });
        expect(ledger.calls.map((c) => [c.seq, c.kind, c.credits, c.recordIds, c.apiKey])).toEqual([
          [1, 'employee_search', 0, [1, 2, 3, 4, 9], KEY],
          [2, 'employee_preview', 20, [5, 6], KEY],
          [3, 'employee_collect', 20, [1], KEY],
          [4, 'employee_collect', 20, [1], KEY],
          [5, 'company_collect', 20, [1002], KEY],
          [6, 'company_enrich', 20, [1001], KEY],
          [7, 'company_collect', 20, [1001], OTHER_KEY],
        ]);
        expect(ledger.billedCalls()).toHaveLength(6);
        expect(ledger.calls[2]!.path).toBe('/cdapi/v2/employee_multi_source/collect/1');
        expect([...ledger.duplicatePurchases('employee')]).toEqual([[1, 2]]);
        expect([...ledger.duplicatePurchases('company')]).toEqual([[1001, 2]]);
      } finally {
        await s.close();
      }
    });

    it('answers 402 without charging when a call would take the balance below zero; free searches still work', async () => {
      const s = await start({ credits: 30 });
      try {
        expect((await call(s, 'GET', 'employee_multi_source/collect/2')).status).toBe(200);
        const refused = await call(s, 'GET', 'employee_multi_source/collect/3');
        expect(refused.status).toBe(402);
        expect((refused.body as { detail: string }).detail).toMatch(/credits/i);
        expect(refused.headers.get('x-credits-remaining')).toBe('10');
        expect((await call(s, 'POST', 'employee_multi_source/search/es_dsl/preview', { query: { match_all: {} } })).status).toBe(402);
        const search = await searchEmployees(s, { match_all: {} });
        expect(search.status).toBe(200);
        expect(s.ledger.creditsSpent).toBe(20);
        expect(s.ledger.billedCalls().map((c) => c.recordIds)).toEqual([[2]]);
        s.setCredits(20);
        expect((await call(s, 'GET', 'employee_multi_source/collect/3')).headers.get('x-credits-remaining')).toBe('0');
        expect(s.ledger.creditsSpent).toBe(40);
      } finally {
        await s.close();
      }
    });

    it('takes the price table from configuration', async () => {
      const s = await start({ prices: { collect: 10, preview: 5 } });
      try {
        await call(s, 'GET', 'employee_multi_source/collect/2');
        await call(s, 'POST', 'employee_multi_source/search/es_dsl/preview', { query: { match_all: {} } });
        expect(s.ledger.creditsSpent).toBe(15);
      } finally {
        await s.close();
      }
    });
  });

  describe('rate limit', () => {
    it('refuses with 429 {detail} (no Retry-After) above the configured rate per key, and counts per second', async () => {
      let now = 1_000_000;
      const s = await start({ rateLimit: 5, clock: () => now });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 8; i++) statuses.push((await call(s, 'GET', 'company_multi_source/collect/1001')).status);
        expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
        const limited = await call(s, 'GET', 'company_multi_source/collect/1001');
        expect(limited.body).toEqual({ detail: expect.stringMatching(/rate limit/i) });
        expect(limited.headers.get('retry-after')).toBeNull();
        // another key has its own bucket
        expect((await call(s, 'GET', 'company_multi_source/collect/1001', undefined, { apikey: OTHER_KEY })).status).toBe(200);
        now += 400; // two tokens back
        expect((await call(s, 'GET', 'company_multi_source/collect/1001')).status).toBe(200);
        expect((await call(s, 'GET', 'company_multi_source/collect/1001')).status).toBe(200);
        expect((await call(s, 'GET', 'company_multi_source/collect/1001')).status).toBe(429);
        expect(s.ledger.rateLimited(KEY)).toBe(5);
        expect(s.ledger.perSecond(KEY)).toEqual([{ second: 1000, accepted: 7, rejected: 5 }]);
        expect(s.ledger.maxAcceptedInWindow(1000, KEY)).toBe(7);
        expect(s.ledger.byKind.company_collect.calls).toBe(8);
      } finally {
        await s.close();
      }
    });

    it('lets a client that paces itself through and proves it never exceeded the rate', async () => {
      const s = await start({ rateLimit: { perSecond: 5, burst: 1 } });
      try {
        for (let i = 0; i < 6; i++) {
          expect((await call(s, 'GET', 'company_multi_source/collect/1003')).status).toBe(200);
          await new Promise((r) => setTimeout(r, 210));
        }
        expect(s.ledger.rateLimited()).toBe(0);
        expect(s.ledger.maxAcceptedInWindow(1000)).toBeLessThanOrEqual(5);
        s.setRateLimit(0);
        const burst = await Promise.all(Array.from({ length: 20 }, () => call(s, 'GET', 'company_multi_source/collect/1003')));
        expect(burst.every((a) => a.status === 200)).toBe(true);
      } finally {
        await s.close();
      }
    });
  });

  describe('fault injection', () => {
    it('plays a scripted sequence on the selected endpoints only, never billing a fault', async () => {
      const s = await start({
        faults: { script: { endpoints: ['employee_collect'], steps: [503, 'drop', 429, 502, 500, 'pass'] } },
      });
      try {
        expect((await searchEmployees(s, { match_all: {} })).status).toBe(200);
        const first = await call(s, 'GET', 'employee_multi_source/collect/1');
        expect(first.status).toBe(503);
        expect((first.body as { detail: string }).detail).toMatch(/unavailable/i);
        await expect(call(s, 'GET', 'employee_multi_source/collect/1')).rejects.toThrow();
        expect((await call(s, 'GET', 'employee_multi_source/collect/1')).status).toBe(429);
        expect((await call(s, 'GET', 'employee_multi_source/collect/1')).status).toBe(502);
        expect((await call(s, 'GET', 'employee_multi_source/collect/1')).status).toBe(500);
        expect((await call(s, 'GET', 'employee_multi_source/collect/1')).status).toBe(200);
        expect((await call(s, 'GET', 'employee_multi_source/collect/1')).status).toBe(200);
        expect(s.ledger.byKind.employee_collect).toEqual({ calls: 2, credits: 40, records: 2 });
        expect(s.ledger.requests.map((r) => r.fault).filter(Boolean)).toEqual(['503', 'drop', '429', '502', '500']);
        expect(s.ledger.requests.find((r) => r.fault === 'drop')!.status).toBe(0);
      } finally {
        await s.close();
      }
    });

    it('fires 429 bursts and 5xx by probability (seeded), changes at run time, adds latency', async () => {
      const s = await start();
      try {
        s.setFaults({ rules: [{ endpoints: ['search'], action: 429, probability: 1, burst: 3 }] });
        const statuses = [];
        for (let i = 0; i < 3; i++) statuses.push((await searchEmployees(s, { match_all: {} })).status);
        expect(statuses).toEqual([429, 429, 429]);
        expect((await call(s, 'GET', 'company_multi_source/collect/1001')).status).toBe(200);

        s.setFaults({ seed: 7, rules: [{ endpoints: ['company'], action: 500, probability: 0.5 }] });
        const run = async (): Promise<number[]> => {
          const out: number[] = [];
          for (let i = 0; i < 20; i++) out.push((await call(s, 'GET', 'company_multi_source/collect/1001')).status);
          return out;
        };
        const a = await run();
        expect(a.filter((x) => x === 500).length).toBeGreaterThan(3);
        expect(a.filter((x) => x === 200).length).toBeGreaterThan(3);
        s.setFaults({ seed: 7, rules: [{ endpoints: ['company'], action: 500, probability: 0.5 }] });
        expect(await run()).toEqual(a);

        s.setFaults({ latency: { fixedMs: 150, jitterMs: 50 } });
        const t0 = Date.now();
        expect((await call(s, 'GET', 'company_multi_source/collect/1001')).status).toBe(200);
        expect(Date.now() - t0).toBeGreaterThanOrEqual(145);
        s.setFaults({});
      } finally {
        await s.close();
      }
    });

    it('does not bill a request whose client gave up during injected latency', async () => {
      const s = await start({ faults: { latency: { fixedMs: 300 } } });
      try {
        const controller = new AbortController();
        const pending = fetch(new URL('employee_multi_source/collect/1', s.url), { headers: { apikey: KEY }, signal: controller.signal });
        setTimeout(() => controller.abort(), 50);
        await expect(pending).rejects.toThrow();
        await new Promise((r) => setTimeout(r, 400));
        expect(s.ledger.creditsSpent).toBe(0);
        expect(s.ledger.requests.at(-1)!.aborted).toBe(true);
      } finally {
        await s.close();
      }
    });
  });

  describe('subscriptions and webhooks', () => {
    it('creates (es_dsl and ids), lists, renews up to a year, deletes; refuses date filters', async () => {
      let now = Date.parse('2026-11-01T00:00:00Z');
      const s = await start({ clock: () => now });
      try {
        const created = await call(s, 'POST', 'subscriptions/employee_multi_source/es_dsl', {
          webhook_url: 'https://bgi.example/webhooks/coresignal/t0ken',
          es_dsl_query: { query: { bool: { filter: [{ term: { active_experience_company_id: 1001 } }] } } },
        });
        expect(created.status).toBe(200);
        const sub = created.body as { id: string; expires_at: string; created_at: string; status: string; type: string };
        expect(sub.expires_at).toBe('2027-01-31T00:00:00.000Z');
        expect(sub).toMatchObject({ type: 'es_dsl', status: 'active', created_at: '2026-11-01T00:00:00.000Z' });

        const byIds = await call(s, 'POST', 'subscriptions/employee_multi_source/ids', {
          webhook_url: 'http://127.0.0.1:9/hook',
          ids: [1, 2, 2],
        });
        expect(byIds.status).toBe(200);
        expect((byIds.body as { ids: number[] }).ids).toEqual([1, 2]);

        const dated = await call(s, 'POST', 'subscriptions/employee_multi_source/es_dsl', {
          webhook_url: 'https://bgi.example/hook',
          es_dsl_query: { query: { range: { experience_change_last_identified_at: { gte: 'now-7d' } } } },
        });
        expect(dated.status).toBe(422);
        expect((dated.body as { detail: string }).detail).toMatch(/date/i);
        expect((await call(s, 'POST', 'subscriptions/employee_multi_source/ids', { webhook_url: 'ftp://x', ids: [1] })).status).toBe(422);
        expect((await call(s, 'POST', 'subscriptions/employee_multi_source/ids', { webhook_url: 'https://x.example', ids: [] })).status).toBe(422);

        const list = await call(s, 'GET', 'subscriptions');
        expect((list.body as { id: string }[]).map((x) => x.id).sort()).toEqual([sub.id, (byIds.body as { id: string }).id].sort());
        expect(((await call(s, 'GET', 'subscriptions', undefined, { apikey: OTHER_KEY })).body as unknown[]).length).toBe(0);

        now += 60 * 86_400_000;
        const renewed = await call(s, 'POST', `subscriptions/${sub.id}/renew`);
        expect(renewed.status).toBe(200);
        expect((renewed.body as { expires_at: string }).expires_at).toBe(new Date(now + 91 * 86_400_000).toISOString());
        now = Date.parse('2027-10-25T00:00:00Z');
        const capped = await call(s, 'POST', `subscriptions/${sub.id}/renew`);
        expect((capped.body as { expires_at: string }).expires_at).toBe('2027-11-01T00:00:00.000Z');
        expect((await call(s, 'POST', `subscriptions/${sub.id}/renew`)).status).toBe(422);

        expect((await call(s, 'DELETE', `subscriptions/${sub.id}`)).status).toBe(200);
        expect((await call(s, 'DELETE', `subscriptions/${sub.id}`)).status).toBe(404);
        expect((await call(s, 'POST', 'subscriptions/nope/renew')).status).toBe(404);
        expect(s.subscriptions()).toHaveLength(1);
        expect(s.ledger.creditsSpent).toBe(0);
      } finally {
        await s.close();
      }
    });

    it('delivers a JSON array of change notices to a webhook URL', async () => {
      const received: { body: string; contentType: string | undefined }[] = [];
      const receiver: Server = createServer((req, res) => {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => {
          received.push({ body, contentType: req.headers['content-type'] });
          res.writeHead(202).end('ok');
        });
      });
      await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
      try {
        const port = (receiver.address() as AddressInfo).port;
        const notices = [
          { member_id: 1, status: 'changed' as const, changed_fields: ['headline'] },
          { member_id: 5, status: 'stopped_matching_query' as const, changed_fields: null },
        ];
        const result = await sim.deliverWebhook(`http://127.0.0.1:${port}/hook/t0ken`, notices);
        expect(result).toEqual({ status: 202, body: 'ok' });
        expect(received).toEqual([{ body: JSON.stringify(notices), contentType: 'application/json' }]);
        expect(sim.ledger.webhooks.at(-1)).toMatchObject({ status: 202, notices });
      } finally {
        await new Promise((r) => receiver.close(r));
      }
    });
  });

  describe('datasets', () => {
    it('narrows employer searches without losing anyone currently employed there by another active experience', async () => {
      const advisor = employee(10, 'Jack Advisor', 1002, 'VP Marketing', 'Marketing', 'VP-Level', [
        exp(1002, 'VP Marketing', 1, '2020-01-01', null, 'Marketing', 'VP-Level'),
        exp(1001, 'Board Advisor', 1, '2023-01-01', null, 'C-Suite', 'C-Level'),
      ]);
      const s = await start({ dataset: new InMemoryDataset(COMPANIES, [...EMPLOYEES, advisor]) });
      try {
        const activeAt = (companyId: number) => ({
          bool: {
            filter: [
              {
                nested: {
                  path: 'experience',
                  query: {
                    bool: {
                      must: [{ term: { 'experience.company_id': companyId } }, { term: { 'experience.active_experience': true } }],
                    },
                  },
                },
              },
            ],
          },
        });
        expect(await employeeIds(s, activeAt(1001))).toEqual([1, 2, 3, 4, 9, 10]);
        expect(await employeeIds(s, activeAt(1002))).toEqual([5, 6, 10]);
        expect(await employeeIds(s, { term: { active_experience_company_id: 1001 } })).toEqual([1, 2, 3, 4, 9]);
        expect(
          await employeeIds(s, { bool: { must: [{ term: { active_experience_company_id: 1002 } }, activeAt(1001)] } }),
        ).toEqual([10]);
      } finally {
        await s.close();
      }
    });

    it('serves the demo universe through the same interface (small scale)', async () => {
      const { UniverseDataset } = await import('../tools/coresignal-simulator/universe-dataset.js');
      const universe = new UniverseDataset({ seed: 7, scale: 0.01 });
      const companies = universe.companies();
      expect(companies.length).toBeGreaterThan(0);
      const everyone = [...universe.allEmployees()];
      for (const c of companies.slice(0, 3)) {
        const current = new Set(universe.employeesOf(c.id).map((e) => e.id));
        const expected = everyone
          .filter(
            (e) =>
              e.active_experience_company_id === c.id ||
              e.experience.some((x) => x.active_experience === 1 && x.company_id === c.id),
          )
          .map((e) => e.id);
        expect(sorted([...current])).toEqual(sorted(expected));
      }
      const someone = everyone.find((e) => e.professional_network_url)!;
      expect(universe.employee(someone.id)).toEqual(someone);
      const s = await start({ dataset: universe });
      try {
        const slug = someone.professional_network_url!.split('/in/')[1]!;
        const collected = await call(s, 'GET', `employee_multi_source/collect/${encodeURIComponent(slug)}`);
        expect((collected.body as EmployeeRecord).id).toBe(someone.id);
        const company = companies[0]!;
        const ids = await employeeIds(s, { term: { active_experience_company_id: company.id } });
        expect(ids).toEqual(
          sorted(everyone.filter((e) => e.active_experience_company_id === company.id).map((e) => e.id)),
        );
      } finally {
        await s.close();
      }
    });

    it('serves a JSON Lines file', async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'cs-sim-'));
      try {
        const file = path.join(dir, 'records.jsonl');
        const lines = [...COMPANIES.map((c) => JSON.stringify(c)), '', ...EMPLOYEES.map((e) => JSON.stringify(e))];
        await writeFile(file, lines.join('\n') + '\n');
        const s = await createSimulator({ dataset: await loadJsonLinesDataset(file), apiKeys: [KEY], rateLimit: 0 });
        try {
          expect(await employeeIds(s, { term: { active_experience_company_id: 1002 } })).toEqual([5, 6]);
          expect((await call(s, 'GET', 'company_multi_source/collect/initech')).body).toEqual(COMPANIES[2]);
        } finally {
          await s.close();
        }
        await writeFile(file, '{"id": 1, "mystery": true}\n');
        await expect(loadJsonLinesDataset(file)).rejects.toThrow(/:1:/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('exposes the ledger and run-time controls on /__simulator/', async () => {
      const s = await start({ credits: 100 });
      try {
        await call(s, 'GET', 'employee_multi_source/collect/1');
        const ledger = (await fetch(`${s.origin}/__simulator/ledger`).then((r) => r.json())) as Record<string, unknown>;
        expect(ledger.creditsSpent).toBe(20);
        const faults = await fetch(`${s.origin}/__simulator/faults`, {
          method: 'POST',
          body: JSON.stringify({ script: { steps: [503] } }),
        });
        expect(faults.status).toBe(200);
        expect((await call(s, 'GET', 'employee_multi_source/collect/1')).status).toBe(503);
        const bad = await fetch(`${s.origin}/__simulator/faults`, { method: 'POST', body: JSON.stringify({ rules: [{ action: 418 }] }) });
        expect(bad.status).toBe(422);
        await fetch(`${s.origin}/__simulator/credits`, { method: 'POST', body: JSON.stringify({ credits: 5 }) });
        expect((await call(s, 'GET', 'employee_multi_source/collect/1')).status).toBe(402);
      } finally {
        await s.close();
      }
    });
  });
});
