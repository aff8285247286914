import { randomUUID } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type {
  CompanyPreview,
  CompanyRecord,
  EmployeePreview,
  EmployeeRecord,
} from '../../src/modules/enrichment/domain/coresignal-records.js';
import { DatasetLookups, type SimulatorDataset } from './dataset.js';
import { compileQuery, DslError, parseSort, sortComparator, type CompiledQuery, type Doc } from './es-dsl.js';
import { FaultInjector, validateFaultConfig, type FaultConfig } from './faults.js';
import { DEFAULT_PRICES, Ledger, type EndpointKind, type LedgerRequest, type PriceTable } from './ledger.js';
import { TokenBucketLimiter, type RateLimitConfig } from './rate-limiter.js';

/**
 * The Coresignal simulator (../../../shared/spec/CORESIGNAL.md, last section): an HTTP server speaking the
 * multi-source Data API contract over a {@link SimulatorDataset}, with the credit table, the rate limit, cursor
 * pagination, subscriptions and fault injection. Tests, benchmarks and local development point
 * CORESIGNAL_BASE_URL at `${simulator.url}` (which ends with the base path, `/cdapi/v2/`).
 */

/** 32 characters, like a real key. */
export const DEFAULT_API_KEY = 'sim0coresignal0simulator0key0001';

export interface SimulatorLimits {
  /** request bodies above this many bytes → 413 (default 1 MiB) */
  maxBodyBytes: number;
  /** a search body whose compact JSON is longer → 422 (default 15,000) */
  maxQueryChars: number;
  /** leaf clauses (terms values, query_string terms count one each) → 422 above (default 1,024) */
  maxClauses: number;
  /** nesting depth of the query → 422 above (default 32) */
  maxDepth: number;
  /** largest items_per_page (default 1,000, also the default page size) */
  maxItemsPerPage: number;
  /** records per preview call (default 20) */
  previewSize: number;
  /** ids per ids subscription (default 10,000) */
  maxSubscriptionIds: number;
}

export const DEFAULT_LIMITS: SimulatorLimits = {
  maxBodyBytes: 1024 * 1024,
  maxQueryChars: 15_000,
  maxClauses: 1024,
  maxDepth: 32,
  maxItemsPerPage: 1000,
  previewSize: 20,
  maxSubscriptionIds: 10_000,
};

export interface SimulatorOptions {
  dataset: SimulatorDataset;
  /** default 0 (any free port) */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
  /** accepted `apikey` values (default [DEFAULT_API_KEY]) */
  apiKeys?: string[];
  /** the account's starting balance (default 1,000,000) */
  credits?: number;
  prices?: Partial<PriceTable>;
  /** requests per second per key (number), or {perSecond, burst}; default 5; 0 = unlimited */
  rateLimit?: number | RateLimitConfig;
  faults?: FaultConfig;
  limits?: Partial<SimulatorLimits>;
  /**
   * x-next-page-after format: 'id' (default) is the last id of the page as decimal text; 'opaque' is standard
   * base64 (with + / =) so a client that does not URL-encode it breaks, as it would against a real opaque token.
   */
  cursor?: 'id' | 'opaque';
  /** company enrich answer: the flat record (default) or `{"data": record}` */
  enrichEnvelope?: 'flat' | 'data';
  /** the API's base path (default /cdapi/v2/) */
  basePath?: string;
  /** serve /__simulator/* (ledger, faults, credits, webhook) without a key (default true) */
  admin?: boolean;
  /** ms since epoch (default Date.now); the rate limiter, ledger, range `now` and subscriptions use it */
  clock?: () => number;
  /** one line per request (default: silent) */
  log?: (line: string) => void;
}

export interface WebhookNotice {
  member_id: number;
  status: 'started_matching_query' | 'stopped_matching_query' | 'changed';
  changed_fields: string[] | null;
}

export interface Subscription {
  id: string;
  dataset: 'employee_multi_source' | 'experience_changes';
  type: 'es_dsl' | 'ids';
  webhook_url: string;
  es_dsl_query?: unknown;
  ids?: number[];
  created_at: string;
  expires_at: string;
  status: 'active' | 'expired';
}

export interface Simulator {
  /** `http://host:port/cdapi/v2/` */
  readonly url: string;
  /** `http://host:port` */
  readonly origin: string;
  readonly port: number;
  readonly ledger: Ledger;
  readonly apiKey: string;
  close(): Promise<void>;
  /** Replaces the fault configuration (script and bursts restart). */
  setFaults(faults: FaultConfig): void;
  setRateLimit(rate: number | RateLimitConfig): void;
  /** Sets the remaining balance. */
  setCredits(credits: number): void;
  subscriptions(): Subscription[];
  /** POSTs a JSON array of change notices to url, as Coresignal's webhook delivery does. */
  deliverWebhook(
    url: string,
    notices: WebhookNotice[],
    options?: { headers?: Record<string, string>; timeoutMs?: number },
  ): Promise<{ status: number; body: string }>;
}

const DAY_MS = 86_400_000;
const SUBSCRIPTION_DAYS = 91;
const SUBSCRIPTION_MAX_DAYS = 365;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

interface Billing {
  kind: Exclude<EndpointKind, 'subscription'>;
  credits: number;
  recordIds: number[];
}

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  billing?: Billing;
}

interface Route {
  kind: EndpointKind;
  handle: (req: RequestContext) => Reply;
}

interface RequestContext {
  url: URL;
  body: Buffer;
  apiKey: string;
  method: string;
  path: string;
}

const EMPLOYEE_NESTED = ['experience'] as const;
const COMPANY_NESTED: readonly string[] = [];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function parseJson(body: Buffer): unknown {
  const text = body.toString('utf8');
  if (text.trim() === '') throw new HttpError(400, 'Request body is empty: expected JSON');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, `Malformed JSON in request body: ${(error as Error).message}`);
  }
}

function employeePreview(e: EmployeeRecord, score: number, company: CompanyRecord | undefined): EmployeePreview {
  const active =
    e.experience?.find((x) => x.active_experience === 1 && x.company_id === e.active_experience_company_id) ??
    e.experience?.find((x) => x.active_experience === 1);
  return {
    id: e.id,
    full_name: e.full_name,
    professional_network_url: e.professional_network_url ?? null,
    headline: e.headline ?? null,
    location_full: e.location_full ?? null,
    location_country: e.location_country ?? null,
    connections_count: e.connections_count ?? null,
    followers_count: e.followers_count ?? null,
    company_name: active?.company_name ?? company?.company_name ?? null,
    company_website: active?.company_website ?? company?.website ?? null,
    company_industry: active?.company_industry ?? company?.industry ?? null,
    active_experience_title: e.active_experience_title ?? null,
    active_experience_department: e.active_experience_department ?? null,
    active_experience_management_level: e.active_experience_management_level ?? null,
    _score: score,
  };
}

function companyPreview(c: CompanyRecord, score: number): CompanyPreview {
  return {
    id: c.id,
    company_name: c.company_name,
    website: c.website ?? null,
    linkedin_url: c.linkedin_url ?? null,
    industry: c.industry ?? null,
    size_range: c.size_range ?? null,
    employees_count: c.employees_count ?? null,
    hq_country: c.hq_country ?? null,
    _score: score,
  };
}

/** Starts the simulator; resolves once it listens. */
export async function createSimulator(options: SimulatorOptions): Promise<Simulator> {
  const clock = options.clock ?? Date.now;
  const limits: SimulatorLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const prices: PriceTable = { ...DEFAULT_PRICES, ...options.prices };
  const apiKeys = new Set(options.apiKeys ?? [DEFAULT_API_KEY]);
  if (apiKeys.size === 0) throw new Error('at least one API key is required');
  const basePath = (options.basePath ?? '/cdapi/v2/').replace(/\/?$/, '/');
  const cursorStyle = options.cursor ?? 'id';
  const enrichEnvelope = options.enrichEnvelope ?? 'flat';
  const admin = options.admin ?? true;
  const log = options.log;
  const dataset = options.dataset;
  const lookups = new DatasetLookups(dataset);
  const ledger = new Ledger(options.credits ?? 1_000_000);
  const toRate = (r: number | RateLimitConfig): RateLimitConfig => (typeof r === 'number' ? { perSecond: r } : r);
  const limiter = new TokenBucketLimiter(toRate(options.rateLimit ?? 5), clock);
  const faults = new FaultInjector(options.faults ?? {});
  const subscriptions = new Map<string, Subscription & { apiKey: string; createdMs: number; expiresMs: number }>();
  const sleepers = new Map<NodeJS.Timeout, () => void>();
  const sockets = new Set<Socket>();

  // ---------------------------------------------------------------------------------------------- searching

  const resultCache = new Map<string, { ids: number[]; scores: Map<number, number> }>();

  function compile(query: unknown, nestedPaths: readonly string[]): CompiledQuery {
    try {
      return compileQuery(query, {
        nestedPaths,
        now: clock,
        maxClauses: limits.maxClauses,
        maxDepth: limits.maxDepth,
      });
    } catch (error) {
      if (error instanceof DslError) throw new HttpError(422, error.message);
      if (error instanceof RangeError) throw new HttpError(422, 'query is too deeply nested');
      throw error;
    }
  }

  /** Validates an es_dsl body ({query, sort?}) and returns the ordered matching ids with their scores. */
  function runSearch(datasetName: 'company' | 'employee', body: unknown): { ids: number[]; scores: Map<number, number> } {
    if (!isPlainObject(body)) throw new HttpError(422, 'The request body must be a JSON object with a "query"');
    for (const key of Object.keys(body)) {
      if (key !== 'query' && key !== 'sort') {
        throw new HttpError(422, `Unsupported top-level key "${key}" (supported: query, sort)`);
      }
    }
    if (body.query === undefined) throw new HttpError(422, 'Field required: "query"');
    const compact = JSON.stringify(body);
    if (compact.length > limits.maxQueryChars) {
      throw new HttpError(422, `Query too long: ${compact.length} characters (limit ${limits.maxQueryChars})`);
    }
    const cacheKey = `${datasetName}\n${compact}`;
    const cached = resultCache.get(cacheKey);
    if (cached) {
      resultCache.delete(cacheKey);
      resultCache.set(cacheKey, cached);
      return cached;
    }
    const nestedPaths = datasetName === 'employee' ? EMPLOYEE_NESTED : COMPANY_NESTED;
    const compiled = compile(body.query, nestedPaths);
    let sortKeys;
    try {
      sortKeys = parseSort(body.sort);
    } catch (error) {
      if (error instanceof DslError) throw new HttpError(422, error.message);
      throw error;
    }
    const hits: { doc: Doc; score: number }[] = [];
    const consider = (doc: Doc): void => {
      const score = compiled.match(doc);
      if (score !== null) hits.push({ doc, score });
    };
    if (datasetName === 'company') {
      for (const c of dataset.companies()) consider(c as unknown as Doc);
    } else {
      // every match is a current employee of one of these companies: scan only them (employeesOf covers both forms)
      const scopes = [
        ...(compiled.requiredValues.get('active_experience_company_id') ?? []),
        ...(compiled.requiredValues.get('experience.company_id@active') ?? []),
      ];
      const scope = scopes.length ? scopes.reduce((a, b) => (b.size < a.size ? b : a)) : null;
      if (scope) {
        const seen = new Set<number>();
        for (const value of scope) {
          const companyId = Number(value);
          if (!Number.isInteger(companyId)) continue;
          for (const e of dataset.employeesOf(companyId)) {
            if (seen.has(e.id)) continue;
            seen.add(e.id);
            consider(e as unknown as Doc);
          }
        }
      } else {
        for (const e of dataset.allEmployees()) consider(e as unknown as Doc);
      }
    }
    hits.sort(sortComparator(sortKeys, nestedPaths));
    const result = { ids: hits.map((h) => Number(h.doc.id)), scores: new Map(hits.map((h) => [Number(h.doc.id), h.score])) };
    resultCache.set(cacheKey, result);
    while (resultCache.size > 32) resultCache.delete(resultCache.keys().next().value as string);
    return result;
  }

  function encodeCursor(id: number): string {
    return cursorStyle === 'opaque' ? Buffer.from(`~cursor:${id}:${'>'.repeat(1 + (id % 3))}`).toString('base64') : String(id);
  }

  function decodeCursor(cursor: string): number {
    if (cursorStyle === 'id') {
      if (!/^\d+$/.test(cursor)) throw new HttpError(400, `Invalid "after" cursor: ${JSON.stringify(cursor)}`);
      return Number(cursor);
    }
    const m = /^~cursor:(\d+):>+$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
    if (!m || Buffer.from(`~cursor:${m[1]}:${'>'.repeat(1 + (Number(m[1]) % 3))}`).toString('base64') !== cursor) {
      throw new HttpError(400, `Invalid "after" cursor: ${JSON.stringify(cursor)} (pass x-next-page-after verbatim, URL-encoded)`);
    }
    return Number(m[1]);
  }

  function searchRoute(datasetName: 'company' | 'employee'): Route {
    const kind = datasetName === 'company' ? 'company_search' : 'employee_search';
    return {
      kind,
      handle: ({ url, body }) => {
        const perPageRaw = url.searchParams.get('items_per_page');
        let perPage = limits.maxItemsPerPage;
        if (perPageRaw !== null) {
          if (!/^\d+$/.test(perPageRaw) || Number(perPageRaw) < 1 || Number(perPageRaw) > limits.maxItemsPerPage) {
            throw new HttpError(422, `items_per_page must be an integer between 1 and ${limits.maxItemsPerPage}`);
          }
          perPage = Number(perPageRaw);
        }
        const { ids } = runSearch(datasetName, parseJson(body));
        let start = 0;
        const after = url.searchParams.get('after');
        if (after !== null) {
          const lastId = decodeCursor(after);
          const index = ids.indexOf(lastId);
          if (index < 0) throw new HttpError(400, `Invalid "after" cursor: ${JSON.stringify(after)} is not in this result set`);
          start = index + 1;
        }
        const page = ids.slice(start, start + perPage);
        const headers: Record<string, string> = {
          'x-total-results': String(ids.length),
          'x-total-pages': String(Math.ceil(ids.length / perPage)),
        };
        if (start + perPage < ids.length && page.length > 0) headers['x-next-page-after'] = encodeCursor(page[page.length - 1]!);
        return { status: 200, body: page, headers, billing: { kind, credits: prices.search, recordIds: page } };
      },
    };
  }

  function previewRoute(datasetName: 'company' | 'employee'): Route {
    const kind = datasetName === 'company' ? 'company_preview' : 'employee_preview';
    return {
      kind,
      handle: ({ url, body }) => {
        const pageRaw = url.searchParams.get('page');
        let page = 1;
        if (pageRaw !== null) {
          if (!/^\d+$/.test(pageRaw) || Number(pageRaw) < 1) throw new HttpError(422, 'page must be an integer >= 1');
          page = Number(pageRaw);
        }
        const { ids, scores } = runSearch(datasetName, parseJson(body));
        const slice = ids.slice((page - 1) * limits.previewSize, page * limits.previewSize);
        const records =
          datasetName === 'company'
            ? slice.map((id) => companyPreview(dataset.company(id)!, scores.get(id) ?? 0))
            : slice.map((id) => {
                const e = dataset.employee(id)!;
                const company =
                  e.active_experience_company_id === null ? undefined : dataset.company(e.active_experience_company_id);
                return employeePreview(e, scores.get(id) ?? 0, company);
              });
        return {
          status: 200,
          body: records,
          headers: { 'x-total-results': String(ids.length) },
          billing: { kind, credits: prices.preview, recordIds: slice },
        };
      },
    };
  }

  function collectRoute(datasetName: 'company' | 'employee', key: string): Route {
    const kind = datasetName === 'company' ? 'company_collect' : 'employee_collect';
    return {
      kind,
      handle: () => {
        let record: CompanyRecord | EmployeeRecord | undefined;
        if (/^\d+$/.test(key)) {
          const id = Number(key);
          record = datasetName === 'company' ? dataset.company(id) : dataset.employee(id);
        } else {
          record = datasetName === 'company' ? lookups.companyByShorthand(key) : lookups.employeeByShorthand(key);
        }
        if (!record) throw new HttpError(404, `${datasetName === 'company' ? 'Company' : 'Employee'} not found: ${key}`);
        return { status: 200, body: record, billing: { kind, credits: prices.collect, recordIds: [record.id] } };
      },
    };
  }

  const enrichRoute: Route = {
    kind: 'company_enrich',
    handle: ({ url }) => {
      const website = url.searchParams.get('website');
      if (website === null || website.trim() === '') throw new HttpError(422, 'Query parameter required: website');
      const record = lookups.companyByWebsite(website);
      if (!record) throw new HttpError(404, `No company found for website ${website}`);
      return {
        status: 200,
        body: enrichEnvelope === 'data' ? { data: record } : record,
        billing: { kind: 'company_enrich', credits: prices.enrich, recordIds: [record.id] },
      };
    },
  };

  // ---------------------------------------------------------------------------------------------- subscriptions

  function publicSubscription(s: Subscription & { expiresMs: number }): Subscription {
    const out: Subscription = {
      id: s.id,
      dataset: s.dataset,
      type: s.type,
      webhook_url: s.webhook_url,
      created_at: s.created_at,
      expires_at: new Date(s.expiresMs).toISOString(),
      status: s.expiresMs > clock() ? 'active' : 'expired',
    };
    if (s.es_dsl_query !== undefined) out.es_dsl_query = s.es_dsl_query;
    if (s.ids !== undefined) out.ids = s.ids;
    return out;
  }

  function createSubscriptionRoute(target: Subscription['dataset'], type: Subscription['type']): Route {
    return {
      kind: 'subscription',
      handle: ({ body, apiKey }) => {
        const payload = parseJson(body);
        if (!isPlainObject(payload)) throw new HttpError(422, 'The request body must be a JSON object');
        const allowed = ['webhook_url', type === 'es_dsl' ? 'es_dsl_query' : 'ids'];
        for (const key of Object.keys(payload)) {
          if (!allowed.includes(key)) throw new HttpError(422, `Unsupported field "${key}" (expected ${allowed.join(', ')})`);
        }
        const webhook = payload.webhook_url;
        let parsed: URL | null = null;
        try {
          parsed = typeof webhook === 'string' ? new URL(webhook) : null;
        } catch {
          parsed = null;
        }
        if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
          throw new HttpError(422, 'webhook_url must be an absolute http(s) URL');
        }
        const now = clock();
        const sub: Subscription & { apiKey: string; createdMs: number; expiresMs: number } = {
          id: randomUUID(),
          dataset: target,
          type,
          webhook_url: parsed.toString(),
          created_at: new Date(now).toISOString(),
          expires_at: new Date(now + SUBSCRIPTION_DAYS * DAY_MS).toISOString(),
          status: 'active',
          apiKey,
          createdMs: now,
          expiresMs: now + SUBSCRIPTION_DAYS * DAY_MS,
        };
        if (type === 'es_dsl') {
          const q = payload.es_dsl_query;
          if (!isPlainObject(q)) throw new HttpError(422, 'es_dsl_query must be an Elasticsearch DSL object');
          // accept {"query": {...}} (the search body) or the query clause itself
          const clause = Object.keys(q).every((k) => k === 'query' || k === 'sort') && q.query !== undefined ? q.query : q;
          if (JSON.stringify(q).length > limits.maxQueryChars) {
            throw new HttpError(422, `Query too long (limit ${limits.maxQueryChars} characters)`);
          }
          const compiled = compile(clause, EMPLOYEE_NESTED);
          if (compiled.dateFilters.length > 0) {
            throw new HttpError(422, `Date filters are not allowed in subscriptions: ${compiled.dateFilters.join('; ')}`);
          }
          sub.es_dsl_query = q;
        } else {
          const ids = payload.ids;
          if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => !Number.isInteger(id) || (id as number) < 1)) {
            throw new HttpError(422, 'ids must be a non-empty array of positive integers');
          }
          if (ids.length > limits.maxSubscriptionIds) {
            throw new HttpError(422, `Too many ids: ${ids.length} (limit ${limits.maxSubscriptionIds})`);
          }
          sub.ids = [...new Set(ids as number[])];
        }
        subscriptions.set(sub.id, sub);
        return { status: 200, body: publicSubscription(sub) };
      },
    };
  }

  function ownSubscription(id: string, apiKey: string): Subscription & { apiKey: string; createdMs: number; expiresMs: number } {
    const sub = subscriptions.get(id);
    if (!sub || sub.apiKey !== apiKey) throw new HttpError(404, `Subscription not found: ${id}`);
    return sub;
  }

  // ---------------------------------------------------------------------------------------------- routing

  function route(method: string, rest: string): Route {
    const parts = rest.split('/').filter((p, i, all) => p !== '' || i < all.length - 1);
    const p = parts.map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        throw new HttpError(404, 'Not Found');
      }
    });
    const expect = (m: string): void => {
      if (method !== m) throw new HttpError(405, 'Method Not Allowed');
    };
    const ds = p[0] === 'company_multi_source' ? 'company' : p[0] === 'employee_multi_source' ? 'employee' : null;
    if (ds !== null) {
      if (p.length === 3 && p[1] === 'search' && p[2] === 'es_dsl') {
        expect('POST');
        return searchRoute(ds);
      }
      if (p.length === 4 && p[1] === 'search' && p[2] === 'es_dsl' && p[3] === 'preview') {
        expect('POST');
        return previewRoute(ds);
      }
      if (p.length === 3 && p[1] === 'collect' && p[2] !== '') {
        expect('GET');
        return collectRoute(ds, p[2]!);
      }
      if (ds === 'company' && p.length === 2 && p[1] === 'enrich') {
        expect('GET');
        return enrichRoute;
      }
    }
    if (p[0] === 'subscriptions') {
      if (p.length === 1) {
        expect('GET');
        return {
          kind: 'subscription',
          handle: ({ apiKey }) => ({
            status: 200,
            body: [...subscriptions.values()].filter((s) => s.apiKey === apiKey).map(publicSubscription),
          }),
        };
      }
      const target = p[1] === 'employee_multi_source' || p[1] === 'experience_changes' ? p[1] : null;
      if (p.length === 3 && target !== null && (p[2] === 'es_dsl' || p[2] === 'ids')) {
        expect('POST');
        return createSubscriptionRoute(target, p[2]);
      }
      if (p.length === 2) {
        const id = p[1]!;
        if (method === 'GET') {
          return {
            kind: 'subscription',
            handle: ({ apiKey }) => ({ status: 200, body: publicSubscription(ownSubscription(id, apiKey)) }),
          };
        }
        expect('DELETE');
        return {
          kind: 'subscription',
          handle: ({ apiKey }) => {
            ownSubscription(id, apiKey);
            subscriptions.delete(id);
            return { status: 200, body: { id, deleted: true } };
          },
        };
      }
      if (p.length === 3 && p[2] === 'renew') {
        expect('POST');
        const id = p[1]!;
        return {
          kind: 'subscription',
          handle: ({ apiKey }) => {
            const sub = ownSubscription(id, apiKey);
            const max = sub.createdMs + SUBSCRIPTION_MAX_DAYS * DAY_MS;
            const next = Math.min(clock() + SUBSCRIPTION_DAYS * DAY_MS, max);
            if (next <= sub.expiresMs) {
              throw new HttpError(422, 'A subscription cannot be renewed beyond one year from its creation');
            }
            sub.expiresMs = next;
            sub.expires_at = new Date(next).toISOString();
            return { status: 200, body: publicSubscription(sub) };
          },
        };
      }
    }
    throw new HttpError(404, 'Not Found');
  }

  // ---------------------------------------------------------------------------------------------- HTTP plumbing

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (res.headersSent || res.destroyed) return;
    const payload = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(payload),
      'x-credits-remaining': String(ledger.creditsRemaining),
      ...headers,
    });
    res.end(payload);
  }

  /** Reads the body up to maxBodyBytes; beyond it keeps draining (up to 16× the limit) and reports too large. */
  function readBody(req: IncomingMessage): Promise<{ body: Buffer; tooLarge: boolean }> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let tooLarge = false;
      const declared = Number(req.headers['content-length']);
      if (Number.isFinite(declared) && declared > limits.maxBodyBytes * 16) {
        req.resume();
        resolve({ body: Buffer.alloc(0), tooLarge: true });
        return;
      }
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxBodyBytes) {
          tooLarge = true;
          chunks.length = 0;
          if (size > limits.maxBodyBytes * 16) {
            req.removeAllListeners('data');
            resolve({ body: Buffer.alloc(0), tooLarge: true });
          }
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => resolve({ body: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), tooLarge }));
      req.on('error', reject);
    });
  }

  /** setTimeout that close() cuts short (the request is then treated as aborted). */
  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        sleepers.delete(t);
        resolve();
      }, ms);
      sleepers.set(t, resolve);
    });
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, entry: LedgerRequest): Promise<void> {
    const method = req.method ?? 'GET';
    if (!url.pathname.startsWith(basePath)) {
      entry.outcome = 'rejected';
      req.resume();
      entry.status = 404;
      return send(res, 404, { detail: 'Not Found' });
    }
    const headerKey = req.headers['apikey'];
    const key = Array.isArray(headerKey) ? headerKey[0] : headerKey;
    if (!key) {
      entry.outcome = 'unauthorized';
      req.resume();
      entry.status = 401;
      const detail = req.headers.authorization
        ? 'Authorization: Bearer is not accepted: send the key in the "apikey" header'
        : 'Missing API key: send it in the "apikey" header';
      return send(res, 401, { detail });
    }
    if (!apiKeys.has(key)) {
      entry.outcome = 'unauthorized';
      req.resume();
      entry.status = 401;
      return send(res, 401, { detail: 'Invalid API key' });
    }
    entry.apiKey = key;
    if (!limiter.tryTake(key)) {
      entry.outcome = 'rate_limited';
      req.resume();
      entry.status = 429;
      return send(res, 429, { detail: 'Too many requests: rate limit exceeded' });
    }
    const { body, tooLarge } = await readBody(req);
    if (tooLarge) {
      entry.status = 413;
      return send(res, 413, { detail: `Request body too large (limit ${limits.maxBodyBytes} bytes)` }, { connection: 'close' });
    }
    let handler: Route;
    try {
      handler = route(method, url.pathname.slice(basePath.length));
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      entry.status = error.status;
      return send(res, error.status, { detail: error.detail });
    }
    entry.kind = handler.kind;
    const decision = faults.decide(handler.kind);
    if (decision.latencyMs > 0) {
      entry.fault = `latency:${Math.round(decision.latencyMs)}`;
      await sleep(decision.latencyMs);
      if (req.socket.destroyed || res.destroyed || closing) {
        entry.aborted = true;
        return;
      }
    }
    if (decision.action === 'drop') {
      entry.fault = 'drop';
      req.socket.destroy();
      return;
    }
    if (decision.action !== null) {
      entry.fault = String(decision.action);
      entry.status = decision.action;
      const detail =
        decision.action === 429
          ? 'Too many requests'
          : decision.action === 503
            ? 'Service unavailable: query too complex or cluster overloaded'
            : decision.action === 502
              ? 'Bad gateway'
              : 'Internal server error';
      return send(res, decision.action, { detail });
    }
    let reply: Reply;
    try {
      reply = handler.handle({ url, body, apiKey: key, method, path: url.pathname + url.search });
    } catch (error) {
      if (error instanceof RangeError) {
        entry.status = 422;
        return send(res, 422, { detail: 'The query is too deeply nested' });
      }
      if (!(error instanceof HttpError)) throw error;
      entry.status = error.status;
      return send(res, error.status, { detail: error.detail });
    }
    if (reply.status === 200 && reply.billing) {
      const { credits } = reply.billing;
      if (credits > ledger.creditsRemaining) {
        entry.status = 402;
        return send(res, 402, {
          detail: `Insufficient credits: this call costs ${credits}, ${ledger.creditsRemaining} remaining`,
        });
      }
      ledger.charge({
        at: clock(),
        apiKey: key,
        kind: reply.billing.kind,
        method,
        path: url.pathname + url.search,
        credits,
        recordIds: reply.billing.recordIds,
      });
    }
    entry.status = reply.status;
    send(res, reply.status, reply.body, reply.headers);
  }

  function handleAdmin(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): void {
    const what = url.pathname.slice('/__simulator/'.length);
    const method = req.method ?? 'GET';
    const payload = (): Record<string, unknown> => {
      const v = parseJson(body);
      if (!isPlainObject(v)) throw new HttpError(422, 'expected a JSON object');
      return v;
    };
    if (what === 'health' && method === 'GET') return send(res, 200, { status: 'ok' });
    if (what === 'ledger' && method === 'GET') return send(res, 200, ledger.snapshot());
    if (what === 'faults' && method === 'GET') return send(res, 200, faults.current);
    if (what === 'faults' && method === 'POST') {
      const config = payload() as FaultConfig;
      try {
        validateFaultConfig(config);
      } catch (error) {
        throw new HttpError(422, (error as Error).message);
      }
      faults.set(config);
      return send(res, 200, faults.current);
    }
    if (what === 'rate-limit' && method === 'POST') {
      const p = payload();
      try {
        limiter.configure({ perSecond: Number(p.perSecond), burst: p.burst === undefined ? undefined : Number(p.burst) });
      } catch (error) {
        throw new HttpError(422, (error as Error).message);
      }
      return send(res, 200, limiter.current);
    }
    if (what === 'credits' && method === 'POST') {
      const credits = payload().credits;
      if (typeof credits !== 'number' || !Number.isFinite(credits) || credits < 0) {
        throw new HttpError(422, 'credits must be a number >= 0');
      }
      ledger.setCreditsRemaining(credits);
      return send(res, 200, { creditsRemaining: ledger.creditsRemaining });
    }
    if (what === 'reset' && method === 'POST') {
      const p = body.length ? payload() : {};
      ledger.reset(typeof p.credits === 'number' ? p.credits : undefined);
      return send(res, 200, { creditsRemaining: ledger.creditsRemaining });
    }
    if (what === 'webhook' && method === 'POST') {
      const p = payload();
      if (typeof p.url !== 'string' || !Array.isArray(p.notices)) throw new HttpError(422, 'expected {url, notices[]}');
      deliverWebhook(p.url, p.notices as WebhookNotice[]).then(
        (r) => send(res, 200, r),
        (error: Error) => send(res, 502, { detail: error.message }),
      );
      return;
    }
    throw new HttpError(404, 'Not Found');
  }

  let closing = false;

  const server: Server = createServer((req, res) => {
    const started = clock();
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://simulator.local');
    } catch {
      req.resume();
      return send(res, 400, { detail: 'Malformed request URL' });
    }
    if (admin && url.pathname.startsWith('/__simulator/')) {
      readBody(req)
        .then(({ body, tooLarge }) => {
          if (tooLarge) return send(res, 413, { detail: 'Request body too large' }, { connection: 'close' });
          handleAdmin(req, res, url, body);
        })
        .catch((error: unknown) => {
          if (error instanceof HttpError) send(res, error.status, { detail: error.detail });
          else send(res, 500, { detail: `Simulator error: ${(error as Error)?.message ?? String(error)}` });
        });
      return;
    }
    const entry: LedgerRequest = {
      at: started,
      apiKey: null,
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      kind: null,
      status: 0,
      outcome: 'accepted',
      fault: null,
      aborted: false,
    };
    handleApi(req, res, url, entry)
      .catch((error: unknown) => {
        entry.status = 500;
        console.error('coresignal simulator: internal error', error);
        send(res, 500, { detail: `Simulator error: ${(error as Error)?.message ?? String(error)}` });
      })
      .finally(() => {
        ledger.recordRequest(entry);
        log?.(`${entry.method} ${entry.path} ${entry.status}${entry.fault ? ` fault=${entry.fault}` : ''} ${clock() - started}ms`);
      });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });

  async function deliverWebhook(
    target: string,
    notices: WebhookNotice[],
    opts: { headers?: Record<string, string>; timeoutMs?: number } = {},
  ): Promise<{ status: number; body: string }> {
    const url = new URL(target);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('webhook url must be http(s)');
    const payload = JSON.stringify(notices);
    const record = { at: clock(), url: target, notices: notices as unknown[], status: 0, error: null as string | null };
    ledger.webhooks.push(record);
    try {
      const result = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const post = url.protocol === 'https:' ? httpsRequest : httpRequest;
        const request = post(
          url,
          {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(payload),
              'user-agent': 'coresignal-simulator-webhook',
              ...opts.headers,
            },
            timeout: opts.timeoutMs ?? 10_000,
          },
          (response) => {
            const chunks: Buffer[] = [];
            let size = 0;
            response.on('data', (c: Buffer) => {
              size += c.length;
              if (size <= 1024 * 1024) chunks.push(c);
            });
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
            response.on('error', reject);
          },
        );
        request.on('timeout', () => request.destroy(new Error('webhook delivery timed out')));
        request.on('error', reject);
        request.end(payload);
      });
      record.status = result.status;
      return result;
    } catch (error) {
      record.error = (error as Error).message;
      throw error;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${hostForUrl}:${address.port}`;

  return {
    url: `${origin}${basePath}`,
    origin,
    port: address.port,
    ledger,
    apiKey: [...apiKeys][0]!,
    close: async () => {
      closing = true;
      for (const [t, wake] of sleepers) {
        clearTimeout(t);
        wake();
      }
      sleepers.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        for (const s of sockets) s.destroy();
      });
    },
    setFaults: (config) => faults.set(config),
    setRateLimit: (rate) => limiter.configure(toRate(rate)),
    setCredits: (credits) => ledger.setCreditsRemaining(credits),
    subscriptions: () => [...subscriptions.values()].map(publicSubscription),
    deliverWebhook,
  };
}
