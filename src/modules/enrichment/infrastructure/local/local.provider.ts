import type { Database } from '../../../../shared/database/database.js';
import { sqlQuery } from '../../../../shared/database/sql.js';
import { companyNameSimilarity, companyNameTokens, normaliseCompanyName } from '../../domain/company-name-similarity.js';
import {
  DAY_PATTERN_SOURCE,
  POOL_ORDER,
  dayCutoff,
  numberValue,
  signalsOf,
  validateCompanySearchFilters,
  validateSearchLimit,
  type CompanySearchFilters,
  type CompanySearchHit,
  type CompanySearchResult,
} from '../../domain/company-search.js';
import { DEFAULT_RESOLUTION_RULE, decideResolution, rankCandidates } from '../../domain/company-resolution.js';
import type { CompanyRecord, EmployeePreview, EmployeeRecord } from '../../domain/coresignal-records.js';
import type { CreditKind } from '../../domain/credit-budget.js';
import { EMPLOYEE_ID_FACTOR } from '../../domain/demo-universe/demo-universe.js';
import {
  PREVIEW_PAGE_SIZE,
  type CallContext,
  type CompanyCandidate,
  type CompanyQuery,
  type CompanyResolution,
  type EmployeeDataProvider,
  type EmployeeSearchCriteria,
  type EmployeeSearchResult,
} from '../../domain/employee-data.port.js';
import { ProviderInputError } from '../../domain/provider-errors.js';
import { cleanFilterList } from '../../domain/filter-list.js';
import { linkedInCompanyShorthand, linkedInProfileShorthand, normaliseDomain, parseCompanyQuery, validCompanyId, validEmail, validShorthand } from '../../domain/provider-input.js';
import { domainAndParents, phrasePattern } from './dataset-keys.js';
import type { DemoDatasetLoader } from './demo-dataset.loader.js';


/** Name candidates fetched by trigram similarity before they are ranked by companyNameSimilarity. */
const NAME_POOL = 40;
/** Words of a name that each bring in the companies sharing them (as many as the Coresignal adapter's search uses). */
const NAME_WORDS = 6;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A list filter (cleanFilterList), lower-cased for comparison with lower-cased columns. */
function cleanList(values: readonly string[] | undefined, field: string): string[] | undefined {
  return cleanFilterList(values, field)?.map((value) => value.toLowerCase());
}

function phrasePatterns(values: readonly string[] | undefined, field: string): string[] | undefined {
  const list = cleanList(values, field);
  if (!list) return undefined;
  const patterns = [...new Set(list.map(phrasePattern).filter((p): p is string => p !== null))];
  if (patterns.length === 0) throw new ProviderInputError(`${field} has no letters or digits`, field);
  return patterns;
}

interface CompiledSearch {
  companyId: number;
  where: string;
  params: unknown[];
  score: string;
  scoreParams: unknown[];
}

/**
 * The SQL of a search (Coresignal semantics, see CORESIGNAL.md): current employees of the company — parent records,
 * not deleted, active_experience_company_id = companyId; title phrases match whole, contiguous words of the current
 * title, case-insensitively (like Elasticsearch's match_phrase); departments, levels and countries are whole-value,
 * case-insensitive (like `terms`); the email is exact (case-insensitive). _score = how many of the title phrases the
 * title contains (0 without phrases).
 */
function compileSearch(criteria: EmployeeSearchCriteria): CompiledSearch {
  if (!isObject(criteria)) throw new ProviderInputError('search criteria are required');
  const companyId = validCompanyId(criteria.companyId);
  const where = ['company_id = ?', 'is_parent = 1', 'is_deleted = 0'];
  const params: unknown[] = [companyId];
  const titles = phrasePatterns(criteria.titlePhrases, 'titlePhrases');
  if (titles) {
    where.push('title_tokens like any(?::text[])');
    params.push(titles);
  }
  const excluded = phrasePatterns(criteria.excludeTitlePhrases, 'excludeTitlePhrases');
  if (excluded) {
    where.push(`not (coalesce(title_tokens, '') like any(?::text[]))`);
    params.push(excluded);
  }
  const exact: [keyof EmployeeSearchCriteria, string][] = [
    ['departments', 'department'],
    ['managementLevels', 'management_level'],
    ['countries', 'location_country'],
  ];
  for (const [field, column] of exact) {
    const values = cleanList(criteria[field] as string[] | undefined, field);
    if (values) {
      where.push(`lower(${column}) = any(?::text[])`);
      params.push(values);
    }
  }
  if (criteria.decisionMakersOnly) where.push('is_decision_maker = 1');
  if (criteria.email !== undefined && criteria.email !== null) {
    where.push('email = ?');
    params.push(validEmail(criteria.email).toLowerCase());
  }
  const score = titles ? titles.map(() => `(case when title_tokens like ? then 1 else 0 end)`).join(' + ') : '0';
  return { companyId, where: where.join(' and '), params, score, scoreParams: titles ?? [] };
}

function previewOf(e: EmployeeRecord, score: number, company: CompanyRow | null): EmployeePreview {
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
    company_name: active?.company_name ?? company?.name ?? null,
    company_website: active?.company_website ?? company?.website ?? null,
    company_industry: active?.company_industry ?? company?.industry ?? null,
    active_experience_title: e.active_experience_title ?? null,
    active_experience_department: e.active_experience_department ?? null,
    active_experience_management_level: e.active_experience_management_level ?? null,
    _score: score,
  };
}

interface CompanyRow {
  name: string | null;
  website: string | null;
  industry: string | null;
}

/**
 * LIKE patterns over a normalised name (words between single spaces) matching a company that has the word, or —
 * for words of 5+ letters or digits, one typo tolerated as Coresignal's search does — a word starting with its first
 * half or ending with its second half (3+ characters).
 */
function wordPatterns(word: string): string[] {
  const w = word.replace(/[\\%_]/g, (c) => `\\${c}`);
  const patterns = [w, `${w} %`, `% ${w}`, `% ${w} %`];
  if (word.length >= 5 && /^[\p{L}\p{N}]+$/u.test(word)) {
    const half = Math.ceil(word.length / 2);
    const head = word.slice(0, half);
    patterns.push(`${head}%`, `% ${head}%`);
    if (word.length - half >= 3) {
      const tail = word.slice(half);
      patterns.push(`%${tail}`, `%${tail} %`);
    }
  }
  return patterns;
}

/** The employee id a demo-universe profile shorthand ends with (`jane-doe-6fx2k1`), or null. */
function demoIdOfShorthand(slug: string): number | null {
  const m = /-([0-9a-z]{6,11})$/.exec(slug);
  if (!m) return null;
  const id = parseInt(m[1]!, 36);
  return Number.isSafeInteger(id) && id > EMPLOYEE_ID_FACTOR ? id : null;
}

/**
 * The local dataset as an {@link EmployeeDataProvider}: the same questions as Coresignal, answered in SQL over
 * dataset_companies / dataset_employees, for free. Every call is still accounted as the kind of call Coresignal
 * would bill (search, preview, collect, enrich) with a price of 0 — on `ctx.budget` and in {@link callCounts} — so
 * callers can count calls the same way with either provider. Demo-universe companies are materialised on first use
 * through the loader (none: only what is already in the tables is served).
 */
export class LocalEmployeeDataProvider implements EmployeeDataProvider {
  readonly name = 'local' as const;
  private readonly calls: Record<CreditKind, number> = { search: 0, preview: 0, collect: 0, enrich: 0 };

  constructor(
    private readonly db: Database,
    private readonly loader?: DemoDatasetLoader,
    /** the clock funding recency is measured against (tests) */
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** How many calls of each kind this provider answered (what they would have been billed as). */
  callCounts(): Record<CreditKind | 'total', number> {
    const c = this.calls;
    return { ...c, total: c.search + c.preview + c.collect + c.enrich };
  }

  private begin(ctx: CallContext | undefined): void {
    ctx?.signal?.throwIfAborted();
  }

  /** Records `count` calls of a kind at price 0 (after they answered, as a provider bills only HTTP 200s). */
  private account(kind: CreditKind, ctx: CallContext | undefined, count = 1): void {
    if (count <= 0) return;
    this.calls[kind] += count;
    ctx?.budget?.ensure(0);
    for (let i = 0; i < count; i++) ctx?.budget?.record(kind, 0);
  }

  // -------------------------------------------------------------------------------------------- employees

  async searchEmployees(criteria: EmployeeSearchCriteria, limit: number, ctx?: CallContext): Promise<EmployeeSearchResult> {
    const search = compileSearch(criteria);
    if (!(limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit >= 0))) {
      throw new ProviderInputError(`limit must be a whole number >= 0, got ${String(limit)}`, 'limit');
    }
    this.begin(ctx);
    await this.loader?.ensureSearchable(search.companyId);
    const em = this.db.em.fork();
    const [count] = await sqlQuery<{ total: number }>(
      em,
      `select count(*)::int as total from dataset_employees where ${search.where}`,
      search.params,
    );
    const total = count?.total ?? 0;
    let ids: number[] = [];
    if (limit > 0 && total > 0) {
      const rows = await sqlQuery<{ id: string }>(
        em,
        // without title phrases every score is 0 (and a bare 0 in ORDER BY would mean a column position)
        `select id::text as id from dataset_employees where ${search.where}
         order by ${search.scoreParams.length > 0 ? `${search.score} desc, ` : ''}id limit ?`,
        [...search.params, ...search.scoreParams, limit === Number.POSITIVE_INFINITY ? null : limit],
      );
      ids = rows.map((r) => Number(r.id));
    }
    this.account('search', ctx);
    return { ids, total };
  }

  async previewEmployees(criteria: EmployeeSearchCriteria, page: number, ctx?: CallContext): Promise<EmployeePreview[]> {
    const search = compileSearch(criteria);
    if (!Number.isInteger(page) || page < 1) throw new ProviderInputError(`page must be a whole number >= 1, got ${String(page)}`, 'page');
    this.begin(ctx);
    await this.loader?.ensureSearchable(search.companyId);
    const rows = await sqlQuery<{ record: EmployeeRecord; score: number; name: string | null; website: string | null; industry: string | null }>(
      this.db.em.fork(),
      `select e.record, e.score, c.name, c.record->>'website' as website, c.industry
       from (select record, company_id, id, (${search.score})::int as score from dataset_employees
             where ${search.where} order by score desc, id limit ? offset ?) e
       left join dataset_companies c on c.id = e.company_id
       order by e.score desc, e.id`,
      [...search.scoreParams, ...search.params, PREVIEW_PAGE_SIZE, (page - 1) * PREVIEW_PAGE_SIZE],
    );
    this.account('preview', ctx);
    return rows.map((r) => previewOf(r.record, r.score, r));
  }

  async collectEmployees(ids: number[], ctx?: CallContext): Promise<EmployeeRecord[]> {
    if (!Array.isArray(ids)) throw new ProviderInputError('ids must be a list of employee ids', 'ids');
    const unique = [...new Set(ids.map((id) => validCompanyId(id, 'ids')))];
    if (unique.length === 0) return [];
    this.begin(ctx);
    const found = await this.employeesById(unique);
    const missing = unique.filter((id) => !found.has(id));
    if (missing.length > 0 && this.loader) {
      for (const id of missing) await this.loader.ensureEmployeeAvailable(id);
      for (const [id, record] of await this.employeesById(missing)) found.set(id, record);
    }
    this.account('collect', ctx, found.size);
    return unique.filter((id) => found.has(id)).map((id) => found.get(id)!);
  }

  private async employeesById(ids: number[]): Promise<Map<number, EmployeeRecord>> {
    const rows = await sqlQuery<{ id: string; record: EmployeeRecord }>(
      this.db.em.fork(),
      'select id::text as id, record from dataset_employees where id = any(?::bigint[])',
      [ids],
    );
    return new Map(rows.map((r) => [Number(r.id), r.record]));
  }

  async collectEmployeeByShorthand(shorthand: string, ctx?: CallContext): Promise<EmployeeRecord | undefined> {
    const slug = (
      typeof shorthand === 'string' && /linkedin\.com\//i.test(shorthand) ? linkedInProfileShorthand(shorthand) : validShorthand(shorthand)
    ).toLowerCase();
    this.begin(ctx);
    let record = await this.employeeByShorthand(slug);
    if (!record && this.loader) {
      const demoId = demoIdOfShorthand(slug);
      if (demoId !== null) {
        await this.loader.ensureEmployeeAvailable(demoId);
        record = await this.employeeByShorthand(slug);
      }
    }
    if (record) this.account('collect', ctx);
    return record;
  }

  private async employeeByShorthand(slug: string): Promise<EmployeeRecord | undefined> {
    const [row] = await sqlQuery<{ record: EmployeeRecord }>(
      this.db.em.fork(),
      'select record from dataset_employees where linkedin_shorthand = ? order by is_deleted, is_parent desc, id limit 1',
      [slug],
    );
    return row?.record;
  }

  // -------------------------------------------------------------------------------------------- companies

  async collectCompany(idOrShorthand: string, ctx?: CallContext): Promise<CompanyRecord | undefined> {
    const raw = typeof idOrShorthand === 'number' ? String(idOrShorthand) : idOrShorthand;
    let company: CompanyRecord | undefined;
    if (typeof raw === 'string' && /^\s*\d+\s*$/.test(raw)) {
      const id = validCompanyId(raw);
      this.begin(ctx);
      company = await this.companyWhere('id = ?', id);
    } else {
      const slug = (
        typeof raw === 'string' && /linkedin\.com\//i.test(raw) ? linkedInCompanyShorthand(raw) : validShorthand(raw, 'idOrShorthand')
      ).toLowerCase();
      this.begin(ctx);
      company = await this.companyWhere('linkedin_shorthand = ?', slug);
    }
    if (company) this.account('collect', ctx);
    return company;
  }

  async enrichCompanyByWebsite(domain: string, ctx?: CallContext): Promise<CompanyRecord | undefined> {
    const website = normaliseDomain(domain);
    this.begin(ctx);
    const company = await this.companyByDomain(website);
    if (company) this.account('enrich', ctx);
    return company?.record;
  }

  /** The company with this domain, else with the nearest parent domain (eu.app.acme.com → acme.com). */
  private async companyByDomain(domain: string): Promise<{ record: CompanyRecord; domain: string } | undefined> {
    const candidates = domainAndParents(domain);
    const [row] = await sqlQuery<{ record: CompanyRecord; domain: string }>(
      this.db.em.fork(),
      `select record, domain from dataset_companies where domain = any(?::text[])
       order by length(domain) desc, (source = 'import') desc, employees_count desc nulls last, id limit 1`,
      [candidates],
    );
    return row;
  }

  /** The one company matching the condition; imported rows win over demo ones, then the larger company. */
  private async companyWhere(condition: string, value: unknown): Promise<CompanyRecord | undefined> {
    const [row] = await sqlQuery<{ record: CompanyRecord }>(
      this.db.em.fork(),
      `select record from dataset_companies where ${condition}
       order by (source = 'import') desc, employees_count desc nulls last, id limit 1`,
      [value],
    );
    return row?.record;
  }

  /**
   * Strategies in order of certainty, each tried only when the query has that field, the next one when it finds
   * nothing: company id, LinkedIn URL, website (then its parent domains), name. Every given field is validated
   * first, so a malformed one is a ProviderInputError even when another would have resolved (as with Coresignal).
   *
   * By name: candidates come from pg_trgm (trigram similarity or word similarity of the normalised names, index
   * assisted), are scored by {@link companyNameSimilarity} against the name and legal name, and the pure rule in
   * company-resolution.ts decides (resolved ≥ 0.85 and 0.1 ahead of the runner-up; ambiguous ≥ 0.5; else
   * not_found with suggestions). Accounted as one search, then one collect (a single hit) or one preview.
   */
  async resolveCompany(query: CompanyQuery, ctx?: CallContext): Promise<CompanyResolution> {
    const parsed = parseCompanyQuery(query);
    const { id, domain } = parsed;
    const slug = parsed.slug?.toLowerCase();
    const nameText = parsed.name;
    const name = nameText === undefined ? undefined : validName(nameText);
    this.begin(ctx);

    const resolved = (company: CompanyRecord, matchedBy: 'id' | 'linkedin' | 'website', reason: string): CompanyResolution =>
      decideResolution([{ company, score: 1, reason }], matchedBy);
    if (id !== undefined) {
      const company = await this.companyWhere('id = ?', id);
      if (company) {
        this.account('collect', ctx);
        return resolved(company, 'id', `company id ${id}`);
      }
    }
    if (slug !== undefined) {
      const company = await this.companyWhere('linkedin_shorthand = ?', slug);
      if (company) {
        this.account('collect', ctx);
        return resolved(company, 'linkedin', `LinkedIn page linkedin.com/company/${slug}`);
      }
    }
    if (domain !== undefined) {
      const hit = await this.companyByDomain(domain);
      if (hit) {
        this.account('enrich', ctx);
        const how = hit.domain === domain ? `website ${domain}` : `website ${hit.domain} (parent domain of ${domain})`;
        return resolved(hit.record, 'website', how);
      }
    }
    if (name !== undefined) return this.resolveByName(name, ctx);
    return { status: 'not_found', suggestions: [] };
  }

  private async resolveByName(name: string, ctx?: CallContext): Promise<CompanyResolution> {
    const norm = normaliseCompanyName(name);
    // Like Coresignal's name search (any word of the name, typos tolerated), a company sharing one word (or a
    // misspelling of it) with the name is a candidate too, so near misses still get suggestions ("Northwind
    // Aerospace" → Northwind Traders, Northwind Health); the ranking below decides what they are worth.
    const words = [...new Set(companyNameTokens(name))].slice(0, NAME_WORDS);
    const wordLikes = words.flatMap(wordPatterns);
    const rows = await sqlQuery<{ record: CompanyRecord; trgm: number }>(
      this.db.em.fork(),
      // `%` (similarity ≥ 0.3), `<%` (word similarity ≥ 0.6) and LIKE use the trigram index; equality catches names
      // too short for trigrams ("3M", "HP")
      `select record, greatest(similarity(name_norm, ?), word_similarity(?, name_norm))::float8 as trgm
       from dataset_companies
       where name_norm % ? or ? <% name_norm or name_norm = ?${wordLikes.map(() => ' or name_norm like ?').join('')}
       order by trgm desc, employees_count desc nulls last, id
       limit ?`,
      [norm, norm, norm, norm, norm, ...wordLikes, NAME_POOL],
    );
    this.account('search', ctx);
    if (rows.length === 0) return { status: 'not_found', suggestions: [] };
    this.account(rows.length === 1 ? 'collect' : 'preview', ctx);
    const candidates: CompanyCandidate[] = rows.map(({ record, trgm }) => {
      const names = [record.company_name, record.company_legal_name].filter((n): n is string => typeof n === 'string' && n !== '');
      let best = { n: record.company_name ?? '', sim: companyNameSimilarity(name, record.company_name ?? '') };
      for (const n of names) {
        const sim = companyNameSimilarity(name, n);
        if (sim.score > best.sim.score) best = { n, sim };
      }
      const how = best.sim.exact
        ? `name '${best.n}' matches '${name}'`
        : best.sim.prefix
          ? `name '${best.n}' starts with '${name}'`
          : `name '${best.n}' similar to '${name}' (similarity ${best.sim.score.toFixed(2)}, trigram ${trgm.toFixed(2)})`;
      const size = record.employees_count ?? null;
      return { company: record, score: best.sim.score, reason: size === null ? how : `${how}; ${size} employees` };
    });
    const ranked = rankCandidates(candidates);
    ranked.forEach((c, i) => {
      if (ranked[i - 1]?.score === c.score || ranked[i + 1]?.score === c.score) {
        c.reason = `${c.reason} (same score as another: larger first)`;
      }
    });
    const decision = decideResolution(ranked, 'name', DEFAULT_RESOLUTION_RULE);
    if (decision.status === 'resolved' && rows.length > 1) this.account('collect', ctx);
    return decision;
  }

  // -------------------------------------------------------------------------------------------- company search

  /**
   * One SQL statement over dataset_companies (see {@link compileCompanySearch}); signals are the bands of the values
   * read (domain/company-search.ts), so they equal what the Coresignal adapter learns from its band searches.
   * Accounted as one search (free).
   */
  async searchCompanies(filters: CompanySearchFilters, limit: number, ctx?: CallContext): Promise<CompanySearchResult> {
    const valid = validateCompanySearchFilters(filters);
    validateSearchLimit(limit);
    this.begin(ctx);
    const now = this.now();
    const search = compileCompanySearch(valid, now);
    const em = this.db.em.fork();
    const count = async () =>
      (await sqlQuery<{ total: number }>(em, `${search.from} select count(*)::int as total from v where ${search.where}`, search.params))[0]?.total ?? 0;
    let total = 0;
    let hits: CompanySearchHit[] = [];
    if (limit === 0) {
      total = await count();
    } else {
      const rows = await sqlQuery<CompanySearchRow>(
        em,
        `${search.from}
         select id::text as id, name, industry, employees_count, hq_country, website, linkedin_url, growth, postings,
                funding_day, funding_date, funding_name, funding_amount, b2b, technologies
         from v where ${search.where}
         order by ${search.order} desc, id
         limit ?`,
        [...search.params, ...search.orderParams, limit === Number.POSITIVE_INFINITY ? null : limit],
      );
      // fewer rows than the limit: that is every match; as many: count them all (a second, cheaper statement)
      total = rows.length < limit ? rows.length : await count();
      const requested = valid.technologies ?? [];
      hits = rows.map((r) => ({
        id: Number(r.id),
        facts: {
          name: r.name,
          website: r.website,
          linkedinUrl: r.linkedin_url,
          industry: r.industry,
          employeesCount: r.employees_count,
          country: r.hq_country,
          yearlyHeadcountGrowthPercent: r.growth,
          lastFundingRound:
            r.funding_name !== null || r.funding_date !== null || r.funding_amount !== null
              ? { name: r.funding_name, date: r.funding_date, amountRaised: numberValue(r.funding_amount) }
              : null,
          activeJobPostings: r.postings,
        },
        signals: signalsOf(
          { yearlyGrowth: r.growth, postings: r.postings, fundingDate: r.funding_day, isB2b: r.b2b, technologies: r.technologies },
          requested,
          now,
        ),
      }));
    }
    this.account('search', ctx);
    return { companies: hits, total };
  }

  private industries: { at: number; list: Promise<string[]> } | null = null;

  /** The distinct industries of the dataset's companies (read again after 30 s, so imports show up). */
  async companyIndustries(ctx?: CallContext): Promise<string[]> {
    this.begin(ctx);
    if (!this.industries || Date.now() - this.industries.at > 30_000) {
      const list = sqlQuery<{ industry: string }>(
        this.db.em.fork(),
        `select min(btrim(industry)) as industry from dataset_companies where btrim(coalesce(industry, '')) <> ''
         group by lower(btrim(industry)) order by 1`,
      ).then((rows) => rows.map((r) => r.industry));
      this.industries = { at: Date.now(), list };
      list.catch(() => (this.industries = null));
    }
    return [...(await this.industries.list)];
  }

  // -------------------------------------------------------------------------------------------- health

  async checkHealth(): Promise<{ ok: boolean; detail: string }> {
    try {
      const [row] = await sqlQuery<{ companies: number; employees: number; materialised: number; demo: number }>(
        this.db.em.fork(),
        `select (select count(*) from dataset_companies)::int as companies,
                (select count(*) from dataset_employees)::int as employees,
                (select count(*) from dataset_companies where materialised_at is not null)::int as materialised,
                (select count(*) from dataset_companies where source = 'demo')::int as demo`,
      );
      const { companies = 0, employees = 0, materialised = 0, demo = 0 } = row ?? {};
      const detail =
        `local dataset: ${companies} companies, ${employees} employees materialised` +
        (demo > 0 ? ` (${materialised} of ${demo} demo companies materialised)` : '');
      return companies > 0 ? { ok: true, detail } : { ok: false, detail: `${detail}: the dataset is empty (not loaded yet)` };
    } catch (error) {
      return { ok: false, detail: `local dataset unavailable: ${(error as Error).message}` };
    }
  }
}

interface CompanySearchRow {
  id: string;
  name: string | null;
  industry: string | null;
  employees_count: number | null;
  hq_country: string | null;
  website: string | null;
  linkedin_url: string | null;
  growth: number | null;
  postings: number | null;
  funding_day: string | null;
  funding_date: string | null;
  funding_name: string | null;
  funding_amount: unknown;
  b2b: number | null;
  technologies: unknown;
}

/** A jsonb value as a number when it is one or a plain decimal string (as domain/company-search.ts numberValue). */
const jsonNumber = (x: string) =>
  `(case jsonb_typeof(${x}) when 'number' then (${x} #>> '{}')::float8
     when 'string' then case when btrim(${x} #>> '{}') ~ '^-{0,1}[0-9]+([.][0-9]+){0,1}$' then btrim(${x} #>> '{}')::float8 end
     when 'boolean' then (${x})::boolean::int::float8 end)`;

/**
 * The company search as SQL: `from` defines the relation v (one row per company with the record's fields read once,
 * through jsonb_to_record), `where` filters it, `order` is the candidate order (POOL_ORDER: one point per growth
 * signal present; ties by id). Industry and country compare trimmed, lower-cased whole values (the
 * dataset_companies_industry_size and _country indexes); employee counts use the extracted column.
 */
function compileCompanySearch(filters: CompanySearchFilters, now: Date) {
  const base: string[] = [];
  const baseParams: unknown[] = [];
  const lower = (values: string[]) => values.map((v) => v.toLowerCase());
  if (filters.industries) {
    base.push('lower(btrim(d.industry)) = any(?::text[])');
    baseParams.push(lower(filters.industries));
  }
  if (filters.countries) {
    base.push('lower(btrim(d.hq_country)) = any(?::text[])');
    baseParams.push(lower(filters.countries));
  }
  if (filters.minEmployees !== undefined) {
    base.push('d.employees_count >= ?');
    baseParams.push(filters.minEmployees);
  }
  if (filters.maxEmployees !== undefined) {
    base.push('d.employees_count <= ?');
    baseParams.push(filters.maxEmployees);
  }
  const from = `with v as (
    select d.id, d.name, d.industry, d.employees_count, d.hq_country, r.website, r.linkedin_url,
           ${jsonNumber("r.employees_count_change -> 'change_yearly_percentage'")} as growth,
           ${jsonNumber('r.active_job_postings_count')} as postings,
           case when btrim(r.last_funding_round_announced_date) ~ '${DAY_PATTERN_SOURCE}'
                then left(btrim(r.last_funding_round_announced_date), 10) end as funding_day,
           r.last_funding_round_announced_date as funding_date, r.last_funding_round_name as funding_name,
           r.last_funding_round_amount_raised as funding_amount,
           ${jsonNumber('r.is_b2b')}::int as b2b,
           case when jsonb_typeof(r.technologies_used) = 'array' then r.technologies_used else '[]'::jsonb end as technologies
    from dataset_companies d,
         jsonb_to_record(d.record) as r(website text, linkedin_url text, employees_count_change jsonb,
           active_job_postings_count jsonb, last_funding_round_announced_date text, last_funding_round_name text,
           last_funding_round_amount_raised jsonb, is_b2b jsonb, technologies_used jsonb)
    ${base.length > 0 ? `where ${base.join(' and ')}` : ''}
  )`;
  const where: string[] = ['true'];
  const params: unknown[] = [...baseParams];
  if (filters.minHeadcountGrowthPercent !== undefined) {
    where.push('growth >= ?');
    params.push(filters.minHeadcountGrowthPercent);
  }
  if (filters.fundedWithinDays !== undefined) {
    where.push('funding_day >= ?');
    params.push(dayCutoff(now, filters.fundedWithinDays));
  }
  if (filters.minActiveJobPostings !== undefined) {
    where.push('postings >= ?');
    params.push(filters.minActiveJobPostings);
  }
  if (filters.technologies) {
    where.push(`exists (select 1 from jsonb_array_elements(technologies) t
                        where lower(btrim(t #>> '{}')) = any(?::text[]))`);
    params.push(lower(filters.technologies));
  }
  const order = `(coalesce(growth >= ?, false)::int + coalesce(funding_day >= ?, false)::int
                  + coalesce(postings >= ?, false)::int + coalesce(b2b = ?, false)::int)`;
  const orderParams = [
    POOL_ORDER.minHeadcountGrowthPercent,
    dayCutoff(now, POOL_ORDER.fundedWithinDays),
    POOL_ORDER.minActiveJobPostings,
    POOL_ORDER.b2b ? 1 : 0,
  ];
  return { from, where: where.join(' and '), params, order, orderParams };
}

function validName(name: string): string {
  const raw = name.replace(/\s+/g, ' ').trim();
  if (raw.length > 200) throw new ProviderInputError('company name is longer than 200 characters', 'name');
  if (normaliseCompanyName(raw) === '') throw new ProviderInputError(`company name has no letters or digits: ${JSON.stringify(name)}`, 'name');
  return raw;
}
