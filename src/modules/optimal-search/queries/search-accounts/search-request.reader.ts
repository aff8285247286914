import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../../shared/config/app-config.js';
import { EMPLOYEE_DATA_PROVIDER, type EmployeeDataProvider } from '../../../enrichment/domain/employee-data.port.js';
import { MAX_SYNC_SAMPLE, parseAccountSearch, type ParsedSearch } from '../../domain/search-request.js';

/**
 * Reads a search request (query string, JSON body, CLI options) against what this deployment knows: the provider's
 * industries, MAX_COMPANIES_PER_REQUEST and BUYER_GROUP_SAMPLING. A synchronous search samples at most
 * MAX_SYNC_SAMPLE companies; a queued one up to maxResults.
 */
@Injectable()
export class SearchRequestReader {
  constructor(
    @Inject(EMPLOYEE_DATA_PROVIDER) private readonly provider: EmployeeDataProvider,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async read(raw: Record<string, unknown>, mode: 'sync' | 'queued'): Promise<ParsedSearch> {
    const cap = this.config.maxCompaniesPerRequest;
    return parseAccountSearch(raw, {
      maxResultsCap: cap,
      maxSample: mode === 'sync' ? Math.min(MAX_SYNC_SAMPLE, cap) : cap,
      samplingAvailable: this.config.buyerGroupSampling,
      knownIndustries: await this.provider.companyIndustries(),
    });
  }
}
