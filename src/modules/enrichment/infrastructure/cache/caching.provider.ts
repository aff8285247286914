import { createHash } from 'node:crypto';
import { resolvedByKey } from '../../domain/company-resolution.js';
import { factsOfRecord, type CompanySearchFilters, type CompanySearchResult } from '../../domain/company-search.js';
import type { CompanyRecord, EmployeePreview, EmployeeRecord } from '../../domain/coresignal-records.js';
import type {
  CallContext,
  CompanyQuery,
  CompanyResolution,
  EmployeeDataProvider,
  EmployeeSearchCriteria,
  EmployeeSearchResult,
} from '../../domain/employee-data.port.js';
import { buildCompanyNameQuery } from '../coresignal/coresignal-query.js';
import { linkedInCompanyShorthand, linkedInProfileShorthand, normaliseDomain, validCompanyId, validShorthand } from '../../domain/provider-input.js';
import type { CacheKind, ProviderCache } from './provider-cache.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The lower-cased slug of a LinkedIn URL of this kind, or null (for aliases of stored records: never throws). */
function slugOf(url: unknown, kind: 'company' | 'in'): string | null {
  if (typeof url !== 'string' || url.trim() === '') return null;
  try {
    return (kind === 'company' ? linkedInCompanyShorthand(url) : linkedInProfileShorthand(url)).toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Wraps a provider so that nothing bought is bought again inside its cache window (unless `ctx.freshSince` asks for
 * a copy fetched after a given instant: change notices): full employee records, company
 * records, company resolutions and preview pages are served from the cache; free searches always go to the
 * provider. Keys are normalised the way the providers normalise their input (a profile URL and its bare shorthand,
 * `https://www.acme.com/x` and `acme.com`, are one entry), and a record bought under one key is stored under every
 * key that names it for sure (its id, its LinkedIn shorthand), so it is never bought twice.
 */
export class CachingEmployeeDataProvider implements EmployeeDataProvider {
  readonly name: EmployeeDataProvider['name'];

  constructor(
    private readonly inner: EmployeeDataProvider,
    private readonly cache: ProviderCache,
  ) {
    this.name = inner.name;
  }

  /**
   * The adapters' strategies (id, LinkedIn URL, website, name; the next only when one finds nothing) over the cached
   * collect / enrich, so a company resolved again inside its window costs nothing. A name resolution is cached whole
   * (the preview and the winner's collect behind it), except an empty not_found (nothing was bought).
   */
  async resolveCompany(query: CompanyQuery, ctx?: CallContext): Promise<CompanyResolution> {
    if (!isObject(query)) return this.inner.resolveCompany(query, ctx); // refuses it with the provider's own error
    const text = (value: unknown): string | undefined => {
      if (typeof value !== 'string' && typeof value !== 'number') return undefined;
      const v = String(value).trim();
      return v === '' ? undefined : v;
    };
    const typed = (['companyId', 'linkedInUrl', 'website', 'name'] as const).every(
      (f) => query[f] === undefined || query[f] === null || typeof query[f] === 'string' || typeof query[f] === 'number',
    );
    const idText = text(query.companyId);
    const urlText = text(query.linkedInUrl);
    const websiteText = text(query.website);
    const nameText = text(query.name);
    if (!typed || (idText ?? urlText ?? websiteText ?? nameText) === undefined) return this.inner.resolveCompany(query, ctx);
    // every field is validated first, as the adapters do: a malformed one is refused before anything is bought
    const id = idText === undefined ? undefined : validCompanyId(idText);
    const slug = urlText === undefined ? undefined : linkedInCompanyShorthand(urlText).toLowerCase();
    const domain = websiteText === undefined ? undefined : normaliseDomain(websiteText);
    if (nameText !== undefined) buildCompanyNameQuery(nameText);

    if (id !== undefined) {
      const company = await this.collectCompany(String(id), ctx);
      if (company) return resolvedByKey(company, 'id', `company id ${id}`);
    }
    if (slug !== undefined) {
      const company = await this.collectCompany(slug, ctx);
      if (company) return resolvedByKey(company, 'linkedin', `LinkedIn page linkedin.com/company/${slug}`);
    }
    if (domain !== undefined) {
      const company = await this.enrichCompanyByWebsite(domain, ctx);
      if (company) return resolvedByKey(company, 'website', `website ${domain}`);
    }
    if (nameText === undefined) return { status: 'not_found', suggestions: [] };
    const name = nameText.replace(/\s+/g, ' ');
    // The winner is not stored under its id: short of budget, an adapter may answer it from a preview (partial).
    const resolution = await this.cache.getOrFetch<CompanyResolution>('company', `resolve/name/${name.toLowerCase()}`, async () => {
      const answer = await this.inner.resolveCompany({ name }, ctx);
      return answer.status === 'not_found' && answer.suggestions.length === 0 ? undefined : answer;
    });
    return resolution ?? { status: 'not_found', suggestions: [] };
  }

  searchEmployees(criteria: EmployeeSearchCriteria, limit: number, ctx?: CallContext): Promise<EmployeeSearchResult> {
    return this.inner.searchEmployees(criteria, limit, ctx);
  }

  async previewEmployees(criteria: EmployeeSearchCriteria, page: number, ctx?: CallContext): Promise<EmployeePreview[]> {
    if (!isObject(criteria)) return this.inner.previewEmployees(criteria, page, ctx); // refuses it
    const key = createHash('sha256').update(JSON.stringify({ criteria: canonical(criteria), page })).digest('hex');
    return (await this.cache.getOrFetch('preview', key, () => this.inner.previewEmployees(criteria, page, ctx))) ?? [];
  }

  async collectEmployees(ids: number[], ctx?: CallContext): Promise<EmployeeRecord[]> {
    if (!Array.isArray(ids)) return this.inner.collectEmployees(ids, ctx); // refuses it
    const unique = [...new Set(ids.map((id) => validCompanyId(id, 'ids')))];
    const found = await Promise.all(
      unique.map((id) =>
        this.cache.getOrFetch<EmployeeRecord>(
          'employee',
          String(id),
          async () => (await this.inner.collectEmployees([id], ctx))[0],
          { fetchedSince: ctx?.freshSince, aliases: (record) => this.aliasKeys('employee', record) },
        ),
      ),
    );
    return found.filter((record): record is EmployeeRecord => record !== undefined);
  }

  collectEmployeeByShorthand(shorthand: string, ctx?: CallContext): Promise<EmployeeRecord | undefined> {
    const slug = (
      typeof shorthand === 'string' && /linkedin\.com\//i.test(shorthand) ? linkedInProfileShorthand(shorthand) : validShorthand(shorthand)
    ).toLowerCase();
    const key = `in/${slug}`;
    return this.cache.getOrFetch('employee', key, () => this.withAliases('employee', key, this.inner.collectEmployeeByShorthand(shorthand, ctx)));
  }

  collectCompany(idOrShorthand: string, ctx?: CallContext): Promise<CompanyRecord | undefined> {
    const raw = typeof idOrShorthand === 'number' ? String(idOrShorthand) : idOrShorthand;
    let key: string;
    if (typeof raw === 'string' && /^\s*\d+\s*$/.test(raw)) key = String(validCompanyId(raw));
    else if (typeof raw === 'string' && /linkedin\.com\//i.test(raw)) key = `company/${linkedInCompanyShorthand(raw).toLowerCase()}`;
    else key = `company/${validShorthand(raw, 'idOrShorthand').toLowerCase()}`;
    return this.cache.getOrFetch('company', key, () => this.withAliases('company', key, this.inner.collectCompany(idOrShorthand, ctx)), {
      fetchedSince: ctx?.freshSince,
    });
  }

  enrichCompanyByWebsite(domain: string, ctx?: CallContext): Promise<CompanyRecord | undefined> {
    const key = `website/${normaliseDomain(domain)}`;
    return this.cache.getOrFetch('company', key, () => this.withAliases('company', key, this.inner.enrichCompanyByWebsite(domain, ctx)));
  }

  private async withAliases<T extends CompanyRecord | EmployeeRecord>(kind: 'company' | 'employee', key: string, fetched: Promise<T | undefined>) {
    const record = await fetched;
    if (record) await this.putAliases(kind, record, key);
    return record;
  }

  /**
   * A record bought under one key is also cached under its id and its LinkedIn shorthand (both name exactly one
   * record), so asking for it another way inside its window is not a second purchase. Not under its website: an
   * enrich by domain may answer another company that shares it.
   */
  private async putAliases(kind: Extract<CacheKind, 'company' | 'employee'>, record: CompanyRecord | EmployeeRecord, except?: string): Promise<void> {
    const keys = new Set(this.aliasKeys(kind, record));
    if (except !== undefined) keys.delete(except); // getOrFetch stores that one
    await this.cache.put(kind, [...keys].map((key): [string, unknown] => [key, record]));
  }

  /** The keys that name this record for sure: its id and its LinkedIn shorthand. */
  private aliasKeys(kind: Extract<CacheKind, 'company' | 'employee'>, record: CompanyRecord | EmployeeRecord): string[] {
    const slug =
      kind === 'company'
        ? slugOf((record as CompanyRecord).linkedin_url, 'company')
        : slugOf((record as EmployeeRecord).professional_network_url, 'in');
    return [String(record.id), ...(slug === null ? [] : [kind === 'company' ? `company/${slug}` : `in/${slug}`])];
  }

  /**
   * Free, so always the provider's answer; matches whose facts the provider could not give for free (Coresignal's
   * search returns ids) get them from company records this cache already holds, at no cost.
   */
  async searchCompanies(filters: CompanySearchFilters, limit: number, ctx?: CallContext): Promise<CompanySearchResult> {
    const result = await this.inner.searchCompanies(filters, limit, ctx);
    const unnamed = result.companies.filter((hit) => hit.facts.name === null).map((hit) => String(hit.id));
    if (unnamed.length === 0) return result;
    const cached = await this.cache.getMany<CompanyRecord>('company', unnamed);
    if (cached.size === 0) return result;
    return {
      ...result,
      companies: result.companies.map((hit) => {
        const record = hit.facts.name === null ? cached.get(String(hit.id)) : undefined;
        return record ? { ...hit, facts: factsOfRecord(record) } : hit;
      }),
    };
  }

  companyIndustries(ctx?: CallContext): Promise<string[]> {
    return this.inner.companyIndustries(ctx);
  }

  checkHealth(): Promise<{ ok: boolean; detail: string }> {
    return this.inner.checkHealth();
  }
}

/** Criteria with sorted keys and lists, so equivalent searches share a cache entry. */
function canonical(criteria: EmployeeSearchCriteria): unknown {
  return Object.fromEntries(
    Object.entries(criteria)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => [key, Array.isArray(value) ? [...value].sort() : value]),
  );
}
