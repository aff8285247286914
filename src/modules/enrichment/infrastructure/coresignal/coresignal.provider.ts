import { companyNameSimilarity } from '../../domain/company-name-similarity.js';
import {
  compareCandidates,
  decideResolution,
  DEFAULT_RESOLUTION_RULE,
  resolvedByKey,
  type ResolutionRule,
} from '../../domain/company-resolution.js';
import { companyRecordOf, type CompanyPreview, type CompanyRecord, type EmployeePreview, type EmployeeRecord } from '../../domain/coresignal-records.js';
import type { CreditBudget, CreditKind } from '../../domain/credit-budget.js';
import type {
  CallContext,
  CompanyCandidate,
  CompanyQuery,
  CompanyResolution,
  EmployeeDataProvider,
  EmployeeSearchCriteria,
  EmployeeSearchResult,
} from '../../domain/employee-data.port.js';
import {
  ProviderAuthError,
  ProviderConfigError,
  ProviderError,
  ProviderInputError,
  ProviderUnavailableError,
} from '../../domain/provider-errors.js';
import {
  NO_FACTS,
  validateCompanySearchFilters,
  validateSearchLimit,
  type CompanySearchFilters,
  type CompanySearchResult,
  type CompanySignals,
  type FundingBand,
  type GrowthBand,
  type HiringBand,
} from '../../domain/company-search.js';
import { coresignalPrices, type CoresignalPriceTable } from './coresignal-prices.js';
import { CORESIGNAL_INDUSTRIES } from './coresignal-industries.js';
import {
  buildCompanyNameQuery,
  buildCompanySearchQuery,
  buildEmployeeQuery,
  buildHealthQuery,
  companySignalProbes,
  type EsDslBody,
} from './coresignal-query.js';
import { linkedInCompanyShorthand, linkedInProfileShorthand, normaliseDomain, parseCompanyQuery, validCompanyId, validShorthand } from '../../domain/provider-input.js';
import {
  CoresignalHttpClient,
  type CoresignalCallMetric,
  type CoresignalHttpStats,
  type HttpResponse,
  type RetryOptions,
} from './http-client.js';
import { SlidingWindowRateLimiter, type RateLimiterOptions, type RateLimiterStats } from './rate-limiter.js';

export const DEFAULT_CORESIGNAL_BASE_URL = 'https://api.coresignal.com/cdapi/v2/';

export interface CoresignalProviderOptions {
  /** CORESIGNAL_API_KEY; required */
  apiKey: string | undefined;
  /** CORESIGNAL_BASE_URL (default https://api.coresignal.com/cdapi/v2/) */
  baseUrl?: string;
  /** the limiter's settings (default 5 req/s); ignored when `rateLimiter` is given */
  rateLimit?: RateLimiterOptions;
  /** a limiter shared with other users of the same key in this process */
  rateLimiter?: SlidingWindowRateLimiter;
  retry?: Partial<RetryOptions>;
  prices?: Partial<CoresignalPriceTable>;
  /** page size of es_dsl searches, 1–1000 (default 1000) */
  itemsPerPage?: number;
  /** collects in flight at once, all still through the limiter (default 4) */
  collectConcurrency?: number;
  /**
   * resolveCompany by name: collect the winner (one collect's price) so `company` is the full record; when false, or
   * when the budget cannot pay for it, `company` is built from the preview (partial: id, name, website, LinkedIn,
   * industry, size, country; the rest null / empty). Default true.
   */
  collectResolvedCompany?: boolean;
  /** one call per HTTP attempt, for metrics */
  onCall?: (metric: CoresignalCallMetric) => void;
  /** jitter source, 0 ≤ x < 1 (default Math.random) */
  random?: () => number;
  /** the industry names company searches accept (default CORESIGNAL_INDUSTRIES) */
  industries?: readonly string[];
  /** the clock funding recency is measured against (default: now) */
  now?: () => Date;
}

export interface CoresignalProviderMetrics extends CoresignalHttpStats {
  limiter: RateLimiterStats;
}

/** How name candidates are judged (see resolveCompany): the project's shared rule (domain/company-resolution.ts). */
export const NAME_RESOLUTION: Readonly<ResolutionRule> = DEFAULT_RESOLUTION_RULE;

type Dataset = 'company_multi_source' | 'employee_multi_source';

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function unexpected(what: string, detail: string): ProviderUnavailableError {
  return new ProviderUnavailableError(`Coresignal ${what}: unexpected response (${detail})`, { status: 200, detail });
}

/** A collect / enrich answer: the flat record, or `{data: record}`. */
function recordOf<T extends { id: number }>(body: unknown, what: string): T {
  let value = body;
  if (isObject(value) && !('id' in value) && isObject(value.data)) value = value.data;
  if (!isObject(value) || !Number.isSafeInteger(value.id)) throw unexpected(what, 'no record with an integer id');
  return value as unknown as T;
}

function idsOf(body: unknown, what: string): number[] {
  if (!Array.isArray(body) || body.some((id) => !Number.isSafeInteger(id))) throw unexpected(what, 'expected an array of ids');
  return body as number[];
}

function listOf<T>(body: unknown, what: string): T[] {
  if (!Array.isArray(body) || body.some((x) => !isObject(x))) throw unexpected(what, 'expected an array of records');
  return body as T[];
}

function headerNumber(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name);
  if (raw === null || !/^\s*\d+\s*$/.test(raw)) return undefined;
  return Number(raw);
}

/** The preview of a company as a CompanyRecord: the fields a preview carries, the rest null or empty. */
function companyFromPreview(p: CompanyPreview): CompanyRecord {
  return companyRecordOf({
    id: p.id,
    company_name: p.company_name,
    website: p.website ?? null,
    linkedin_url: p.linkedin_url ?? null,
    industry: p.industry ?? null,
    size_range: p.size_range ?? null,
    employees_count: p.employees_count ?? null,
    hq_country: p.hq_country ?? null,
  });
}

/**
 * EmployeeDataProvider over Coresignal's multi-source Data API v2 (../../../../../../shared/spec/CORESIGNAL.md).
 * Searches are free; previews, collects and enrichments are paid: each checks `ctx.budget` (counting calls of this
 * provider still in flight on the same budget) before the request and records the price after an HTTP 200.
 */
export class CoresignalEmployeeDataProvider implements EmployeeDataProvider {
  readonly name = 'coresignal' as const;
  readonly prices: Readonly<CoresignalPriceTable>;
  readonly limiter: SlidingWindowRateLimiter;
  private readonly http: CoresignalHttpClient;
  private readonly itemsPerPage: number;
  private readonly collectConcurrency: number;
  private readonly collectResolvedCompany: boolean;
  /** credits reserved by calls in flight, per budget */
  private readonly reserved = new WeakMap<CreditBudget, number>();
  private readonly industries: readonly string[];
  private readonly now: () => Date;

  constructor(options: CoresignalProviderOptions) {
    const apiKey = typeof options?.apiKey === 'string' ? options.apiKey.trim() : '';
    if (apiKey === '') throw new ProviderConfigError('CORESIGNAL_API_KEY environment variable is required');
    const baseUrl = options.baseUrl ?? DEFAULT_CORESIGNAL_BASE_URL;
    let parsed: URL;
    try {
      parsed = new URL(baseUrl);
    } catch {
      throw new ProviderConfigError(`CORESIGNAL_BASE_URL is not a URL: ${JSON.stringify(baseUrl)}`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      throw new ProviderConfigError(`CORESIGNAL_BASE_URL must be http(s): ${JSON.stringify(baseUrl)}`);
    }
    const itemsPerPage = options.itemsPerPage ?? 1000;
    if (!Number.isInteger(itemsPerPage) || itemsPerPage < 1 || itemsPerPage > 1000) {
      throw new ProviderConfigError('itemsPerPage must be a whole number from 1 to 1000');
    }
    const concurrency = options.collectConcurrency ?? 4;
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new ProviderConfigError('collectConcurrency must be a whole number >= 1');
    this.itemsPerPage = itemsPerPage;
    this.collectConcurrency = concurrency;
    this.collectResolvedCompany = options.collectResolvedCompany ?? true;
    this.industries = [...new Set(options.industries ?? CORESIGNAL_INDUSTRIES)].sort((a, b) => a.localeCompare(b));
    this.now = options.now ?? (() => new Date());
    this.prices = Object.freeze(coresignalPrices(options.prices));
    this.limiter = options.rateLimiter ?? new SlidingWindowRateLimiter(options.rateLimit);
    this.http = new CoresignalHttpClient({
      apiKey,
      baseUrl: parsed.toString(),
      limiter: this.limiter,
      retry: options.retry,
      onCall: options.onCall,
      random: options.random,
    });
  }

  /** The account balance from the last answer's `x-credits-remaining`. */
  get creditsRemaining(): number | undefined {
    return this.http.creditsRemaining;
  }

  metrics(): CoresignalProviderMetrics {
    return { ...this.http.stats(), limiter: this.limiter.stats() };
  }

  // -------------------------------------------------------------------------------------------- employees

  async searchEmployees(criteria: EmployeeSearchCriteria, limit: number, ctx?: CallContext): Promise<EmployeeSearchResult> {
    const body = buildEmployeeQuery(criteria);
    if (!(limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit >= 0))) {
      throw new ProviderInputError(`limit must be a whole number >= 0, got ${String(limit)}`, 'limit');
    }
    return this.searchIds('employee_multi_source', body, limit, ctx);
  }

  async previewEmployees(criteria: EmployeeSearchCriteria, page: number, ctx?: CallContext): Promise<EmployeePreview[]> {
    const body = buildEmployeeQuery(criteria);
    return (await this.preview<EmployeePreview>('employee_multi_source', body, page, ctx)).slice(0, 20);
  }

  async collectEmployees(ids: number[], ctx?: CallContext): Promise<EmployeeRecord[]> {
    if (!Array.isArray(ids)) throw new ProviderInputError('ids must be a list of employee ids', 'ids');
    const unique = [...new Set(ids.map((id) => validCompanyId(id, 'ids')))];
    if (unique.length === 0) return [];
    // all or nothing: never pay for part of a batch and then fail for lack of budget
    const budget = ctx?.budget;
    if (budget) budget.ensure((this.reserved.get(budget) ?? 0) + unique.length * this.prices.collect);
    const found = new Map<number, EmployeeRecord>();
    let next = 0;
    let failure: { error: unknown } | undefined;
    const worker = async (): Promise<void> => {
      while (failure === undefined && next < unique.length) {
        const id = unique[next++]!;
        try {
          const record = await this.collect<EmployeeRecord>('employee_multi_source', String(id), ctx);
          if (record) found.set(id, record);
        } catch (error) {
          failure ??= { error };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.collectConcurrency, unique.length) }, worker));
    if (failure) throw failure.error;
    return unique.filter((id) => found.has(id)).map((id) => found.get(id)!);
  }

  async collectEmployeeByShorthand(shorthand: string, ctx?: CallContext): Promise<EmployeeRecord | undefined> {
    const slug =
      typeof shorthand === 'string' && /linkedin\.com\//i.test(shorthand)
        ? linkedInProfileShorthand(shorthand)
        : validShorthand(shorthand);
    return this.collect<EmployeeRecord>('employee_multi_source', slug, ctx);
  }

  // -------------------------------------------------------------------------------------------- companies

  async collectCompany(idOrShorthand: string, ctx?: CallContext): Promise<CompanyRecord | undefined> {
    const raw = typeof idOrShorthand === 'number' ? String(idOrShorthand) : idOrShorthand;
    let key: string;
    if (typeof raw === 'string' && /^\s*\d+\s*$/.test(raw)) key = String(validCompanyId(raw));
    else if (typeof raw === 'string' && /linkedin\.com\//i.test(raw)) key = linkedInCompanyShorthand(raw);
    else key = validShorthand(raw, 'idOrShorthand');
    return this.collect<CompanyRecord>('company_multi_source', key, ctx);
  }

  async enrichCompanyByWebsite(domain: string, ctx?: CallContext): Promise<CompanyRecord | undefined> {
    const website = normaliseDomain(domain);
    const res = await this.billable('enrich', this.prices.enrich, ctx, () =>
      this.http.request({
        method: 'GET',
        path: `company_multi_source/enrich?website=${encodeURIComponent(website)}`,
        allowNotFound: true,
        signal: ctx?.signal,
      }),
    );
    return res.status === 404 ? undefined : recordOf<CompanyRecord>(res.body, 'company enrich');
  }

  /**
   * Strategies in order of certainty, each tried only when the query has that field, the next one when it finds
   * nothing: company id (collect), LinkedIn URL (collect by shorthand), website (enrich), name. Every given field
   * is validated first, so a malformed one is a ProviderInputError even when another would have resolved.
   *
   * By name: a free company search (exact name, phrase, all words, any word, typo-tolerant word halves); no hit →
   * not_found. One hit → collected. More → one preview (the 20 best by the search's score), ranked by
   * {@link companyNameSimilarity} to the name asked for, ties broken by employee count (the larger company first),
   * then id, and decided by the project's shared rule ({@link decideResolution}, domain/company-resolution.ts):
   * **resolved** when the best similarity is ≥ 0.85 and leads the runner-up by ≥ 0.1 (so two companies with the
   * same normalised name, "Contoso Ltd" / "Contoso GmbH", are always ambiguous), listing the winner and up to 4
   * runners-up; otherwise **ambiguous** with the candidates ≥ 0.5 (up to 10), or **not_found** with up to 5
   * suggestions ≥ 0.2.
   * Cost: 0 credits when nothing matches, else 20 for the preview (or the single collect) plus 20 to collect a
   * resolved winner (see `collectResolvedCompany`).
   */
  async resolveCompany(query: CompanyQuery, ctx?: CallContext): Promise<CompanyResolution> {
    const parsed = parseCompanyQuery(query);
    const { id, domain } = parsed;
    const slug = parsed.slug;
    const nameText = parsed.name;
    const nameBody = nameText === undefined ? undefined : buildCompanyNameQuery(nameText);

    if (id !== undefined) {
      const company = await this.collect<CompanyRecord>('company_multi_source', String(id), ctx);
      if (company) return resolvedByKey(company, 'id', `company id ${id}`);
    }
    if (slug !== undefined) {
      const company = await this.collect<CompanyRecord>('company_multi_source', slug, ctx);
      if (company) return resolvedByKey(company, 'linkedin', `LinkedIn page linkedin.com/company/${slug}`);
    }
    if (domain !== undefined) {
      const company = await this.enrichCompanyByWebsite(domain, ctx);
      if (company) return resolvedByKey(company, 'website', `website ${domain}`);
    }
    if (nameText !== undefined && nameBody !== undefined) return this.resolveByName(nameText, nameBody, ctx);
    return { status: 'not_found', suggestions: [] };
  }

  private async resolveByName(name: string, body: EsDslBody, ctx?: CallContext): Promise<CompanyResolution> {
    const { ids, total } = await this.searchIds('company_multi_source', body, 2, ctx);
    if (ids.length === 0) return { status: 'not_found', suggestions: [] };
    let pool: { company: CompanyRecord; full: boolean }[];
    if (total === 1) {
      const company = await this.collect<CompanyRecord>('company_multi_source', String(ids[0]), ctx);
      pool = company ? [{ company, full: true }] : [];
    } else {
      const previews = await this.preview<CompanyPreview>('company_multi_source', body, 1, ctx);
      pool = previews.slice(0, 20).map((p) => ({ company: companyFromPreview(p), full: false }));
    }
    const ranked = this.rank(name, pool);
    const decision = decideResolution(ranked, 'name', NAME_RESOLUTION);
    if (decision.status !== 'resolved') return decision;
    const full = pool.some((p) => p.full && p.company.id === decision.company.id);
    if (full || !this.collectResolvedCompany || !this.canAfford(ctx?.budget, this.prices.collect)) return decision;
    const company = (await this.collect<CompanyRecord>('company_multi_source', String(decision.company.id), ctx)) ?? decision.company;
    return {
      ...decision,
      company,
      candidates: decision.candidates.map((c) => (c.company.id === company.id ? { ...c, company } : c)),
    };
  }

  /** Candidates scored by name similarity, with the reason, ranked (score, size, id). */
  private rank(name: string, pool: { company: CompanyRecord }[]): CompanyCandidate[] {
    const scored = pool.map(({ company }): CompanyCandidate => {
      const names = [company.company_name, company.company_legal_name].filter((n): n is string => typeof n === 'string' && n !== '');
      const sims = names.map((n) => ({ n, sim: companyNameSimilarity(name, n) }));
      const top = sims.reduce((a, b) => (b.sim.score > a.sim.score ? b : a), sims[0] ?? { n: '', sim: companyNameSimilarity(name, '') });
      const how = top.sim.exact
        ? `name '${top.n}' matches '${name}'`
        : top.sim.prefix
          ? `name '${top.n}' starts with '${name}'`
          : `name '${top.n}' similar to '${name}' (similarity ${top.sim.score.toFixed(2)})`;
      const size = company.employees_count ?? null;
      return { company, score: top.sim.score, reason: size === null ? how : `${how}; ${size} employees` };
    });
    scored.sort(compareCandidates);
    const tied = scored.map((c, i) => scored[i - 1]?.score === c.score || scored[i + 1]?.score === c.score);
    scored.forEach((c, i) => {
      if (tied[i]) c.reason = `${c.reason} (same score as another: larger first)`;
    });
    return scored;
  }

  // -------------------------------------------------------------------------------------------- company search

  /**
   * Only free searches (`company_multi_source/search/es_dsl`): one for the matches (the first `limit` in the
   * search's order: growth signals first, see buildCompanySearchQuery), then one probe per signal band, b2b value
   * and requested technology (companySignalProbes: about 16 + technologies), each the same query with the band as
   * one more filter. A probe keeps the base query's scoring, so its ids come in the same order as the base search's:
   * it is read only until it passes the last company of the pool. Facts stay empty: they would cost a preview or a
   * collect (the caching wrapper fills them from records it already holds).
   */
  async searchCompanies(filters: CompanySearchFilters, limit: number, ctx?: CallContext): Promise<CompanySearchResult> {
    const valid = validateCompanySearchFilters(filters);
    validateSearchLimit(limit);
    const now = this.now();
    const pool = await this.searchIds('company_multi_source', buildCompanySearchQuery(valid, now), limit, ctx);
    if (pool.ids.length === 0) return { companies: [], total: pool.total };
    const inPool = new Set(pool.ids);
    const probes = companySignalProbes(valid, now);
    const found = await Promise.all(
      probes.map((probe) => this.searchIdsWithin(buildCompanySearchQuery(valid, now, [probe.clause]), inPool, ctx)),
    );
    const signals = new Map<number, CompanySignals>(
      pool.ids.map((id) => [id, { headcountGrowth: null, hiring: null, funding: null, b2b: null, technologies: [] }]),
    );
    probes.forEach((probe, index) => {
      for (const id of found[index]!) {
        const s = signals.get(id)!;
        if (probe.signal === 'headcountGrowth') s.headcountGrowth = probe.value as GrowthBand;
        else if (probe.signal === 'hiring') s.hiring = probe.value as HiringBand;
        else if (probe.signal === 'funding') s.funding = probe.value as FundingBand;
        else if (probe.signal === 'b2b') s.b2b = probe.value === 'true';
        else s.technologies.push(probe.value);
      }
    });
    return { companies: pool.ids.map((id) => ({ id, facts: { ...NO_FACTS }, signals: signals.get(id)! })), total: pool.total };
  }

  async companyIndustries(): Promise<string[]> {
    return [...this.industries];
  }

  /**
   * The ids of a search that are in `pool`, reading pages only until an id outside it: the search returns a
   * subsequence of the pool search's order, and the pool is that order's first ids, so nothing after is in it.
   */
  private async searchIdsWithin(body: EsDslBody, pool: ReadonlySet<number>, ctx?: CallContext): Promise<number[]> {
    const perPage = Math.min(this.itemsPerPage, pool.size + 1);
    const ids: number[] = [];
    const cursors = new Set<string>();
    let cursor: string | undefined;
    for (;;) {
      const after = cursor === undefined ? '' : `&after=${encodeURIComponent(cursor)}`;
      const res = await this.billable('search', this.prices.search, ctx, () =>
        this.http.request({ method: 'POST', path: `company_multi_source/search/es_dsl?items_per_page=${perPage}${after}`, body, signal: ctx?.signal }),
      );
      const page = idsOf(res.body, 'company_multi_source search');
      for (const id of page) {
        if (!pool.has(id)) return ids;
        ids.push(id);
      }
      const next = res.headers.get('x-next-page-after');
      if (page.length === 0 || next === null || next === '' || ids.length >= pool.size) return ids;
      if (cursors.has(next)) throw unexpected('company_multi_source search', `the cursor ${JSON.stringify(next)} came back twice`);
      cursors.add(next);
      cursor = next;
    }
  }

  // -------------------------------------------------------------------------------------------- health

  async checkHealth(): Promise<{ ok: boolean; detail: string }> {
    try {
      await this.http.request({
        method: 'POST',
        path: 'company_multi_source/search/es_dsl?items_per_page=1',
        body: buildHealthQuery(),
        maxAttempts: Math.min(2, this.http.maxAttempts),
      });
      const credits = this.http.creditsRemaining;
      return { ok: true, detail: credits === undefined ? 'ok' : `ok, ${credits} credits remaining` };
    } catch (error) {
      if (error instanceof ProviderAuthError) return { ok: false, detail: 'invalid key' };
      if (error instanceof ProviderError) return { ok: false, detail: error.message };
      return { ok: false, detail: error instanceof Error ? error.message : String(error) };
    }
  }

  // -------------------------------------------------------------------------------------------- plumbing

  /** Every es_dsl page (free, but rate limited) until `limit` ids or the last page. */
  private async searchIds(dataset: Dataset, body: EsDslBody, limit: number, ctx?: CallContext): Promise<EmployeeSearchResult> {
    const perPage = Math.min(this.itemsPerPage, Math.max(1, Number.isFinite(limit) ? limit : this.itemsPerPage));
    const ids: number[] = [];
    const seen = new Set<number>();
    const cursors = new Set<string>();
    let total: number | undefined;
    let cursor: string | undefined;
    let exhausted = false;
    for (;;) {
      const after = cursor === undefined ? '' : `&after=${encodeURIComponent(cursor)}`;
      const res = await this.billable('search', this.prices.search, ctx, () =>
        this.http.request({ method: 'POST', path: `${dataset}/search/es_dsl?items_per_page=${perPage}${after}`, body, signal: ctx?.signal }),
      );
      const page = idsOf(res.body, `${dataset} search`);
      total ??= headerNumber(res.headers, 'x-total-results');
      for (const id of page) {
        if (ids.length >= limit) break;
        if (seen.has(id)) continue;
        seen.add(id);
        ids.push(id);
      }
      const next = res.headers.get('x-next-page-after');
      if (page.length === 0 || next === null || next === '') {
        exhausted = true;
        break;
      }
      if (ids.length >= limit) break;
      if (cursors.has(next)) throw unexpected(`${dataset} search`, `the cursor ${JSON.stringify(next)} came back twice`);
      cursors.add(next);
      cursor = next;
    }
    return { ids, total: total ?? (exhausted ? seen.size : ids.length) };
  }

  private async preview<T>(dataset: Dataset, body: EsDslBody, page: number, ctx?: CallContext): Promise<T[]> {
    if (!Number.isInteger(page) || page < 1) throw new ProviderInputError(`page must be a whole number >= 1, got ${String(page)}`, 'page');
    const res = await this.billable('preview', this.prices.preview, ctx, () =>
      this.http.request({
        method: 'POST',
        path: `${dataset}/search/es_dsl/preview${page > 1 ? `?page=${page}` : ''}`,
        body,
        signal: ctx?.signal,
      }),
    );
    return listOf<T>(res.body, `${dataset} preview`);
  }

  /** GET collect/{key}; undefined on 404 (not billed). */
  private async collect<T extends { id: number }>(dataset: Dataset, key: string, ctx?: CallContext): Promise<T | undefined> {
    const res = await this.billable('collect', this.prices.collect, ctx, () =>
      this.http.request({
        method: 'GET',
        path: `${dataset}/collect/${encodeURIComponent(key)}`,
        allowNotFound: true,
        signal: ctx?.signal,
      }),
    );
    return res.status === 404 ? undefined : recordOf<T>(res.body, `${dataset} collect`);
  }

  private canAfford(budget: CreditBudget | undefined, price: number): boolean {
    return !budget || (this.reserved.get(budget) ?? 0) + price <= budget.remaining;
  }

  /** Reserve the price on the budget (or throw CreditBudgetExceededError), call, record it after an HTTP 200. */
  private async billable(
    kind: CreditKind,
    price: number,
    ctx: CallContext | undefined,
    call: () => Promise<HttpResponse>,
  ): Promise<HttpResponse> {
    const budget = ctx?.budget;
    if (!budget) return call();
    const pending = this.reserved.get(budget) ?? 0;
    budget.ensure(pending + price);
    this.reserved.set(budget, pending + price);
    try {
      const res = await call();
      if (res.status === 200) budget.record(kind, price);
      return res;
    } catch (error) {
      // an HTTP 200 whose body was unusable was still billed
      if (error instanceof ProviderError && error.status === 200) budget.record(kind, price);
      throw error;
    } finally {
      this.reserved.set(budget, (this.reserved.get(budget) ?? price) - price);
    }
  }
}
