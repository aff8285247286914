import { createHash } from 'node:crypto';
import type { CompanyRecord, EmployeePreview, EmployeeRecord } from '../../domain/coresignal-records.js';
import type {
  CallContext,
  CompanyQuery,
  CompanyResolution,
  EmployeeDataProvider,
  EmployeeSearchCriteria,
  EmployeeSearchResult,
} from '../../domain/employee-data.port.js';
import type { ProviderCache } from './provider-cache.js';

/**
 * Wraps a provider so that nothing bought is bought again inside its cache window: full employee records, company
 * records and preview pages are served from the cache; free searches always go to the provider.
 */
export class CachingEmployeeDataProvider implements EmployeeDataProvider {
  readonly name: EmployeeDataProvider['name'];

  constructor(
    private readonly inner: EmployeeDataProvider,
    private readonly cache: ProviderCache,
  ) {
    this.name = inner.name;
  }

  resolveCompany(query: CompanyQuery, ctx?: CallContext): Promise<CompanyResolution> {
    return this.inner.resolveCompany(query, ctx);
  }

  searchEmployees(criteria: EmployeeSearchCriteria, limit: number, ctx?: CallContext): Promise<EmployeeSearchResult> {
    return this.inner.searchEmployees(criteria, limit, ctx);
  }

  async previewEmployees(criteria: EmployeeSearchCriteria, page: number, ctx?: CallContext): Promise<EmployeePreview[]> {
    const key = createHash('sha256').update(JSON.stringify({ criteria: canonical(criteria), page })).digest('hex');
    return (await this.cache.getOrFetch('preview', key, () => this.inner.previewEmployees(criteria, page, ctx))) ?? [];
  }

  async collectEmployees(ids: number[], ctx?: CallContext): Promise<EmployeeRecord[]> {
    const unique = [...new Set(ids)];
    const found = await Promise.all(
      unique.map((id) =>
        this.cache.getOrFetch<EmployeeRecord>('employee', String(id), async () => (await this.inner.collectEmployees([id], ctx))[0]),
      ),
    );
    return found.filter((record): record is EmployeeRecord => record !== undefined);
  }

  collectEmployeeByShorthand(shorthand: string, ctx?: CallContext): Promise<EmployeeRecord | undefined> {
    return this.cache.getOrFetch('employee', `in/${shorthand.toLowerCase()}`, () =>
      this.alsoById('employee', this.inner.collectEmployeeByShorthand(shorthand, ctx)),
    );
  }

  collectCompany(idOrShorthand: string, ctx?: CallContext): Promise<CompanyRecord | undefined> {
    const key = /^\d+$/.test(idOrShorthand) ? idOrShorthand : `company/${idOrShorthand.toLowerCase()}`;
    return this.cache.getOrFetch('company', key, () => this.alsoById('company', this.inner.collectCompany(idOrShorthand, ctx)));
  }

  enrichCompanyByWebsite(domain: string, ctx?: CallContext): Promise<CompanyRecord | undefined> {
    return this.cache.getOrFetch('company', `website/${domain.toLowerCase()}`, () =>
      this.alsoById('company', this.inner.enrichCompanyByWebsite(domain, ctx)),
    );
  }

  /** A record bought under another key (website, shorthand) is also cached under its id, so it is never bought twice. */
  private async alsoById<T extends { id: number }>(kind: 'company' | 'employee', fetched: Promise<T | undefined>) {
    const record = await fetched;
    if (record) await this.cache.put(kind, [[String(record.id), record]]);
    return record;
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
