import { Query } from '@nestjs/cqrs';
import type { EventMetadata } from '../../../../shared/event-store/event.js';
import type { AccountSearchRequest } from '../../domain/search-request.js';
import type { AccountSearchProgress, AccountSearchResult } from './account-search-result.js';

/**
 * The optimal buyer search: phase 1 filters and scores the market (free), phase 2 samples the buyer groups of the
 * best candidates within one credit budget, then both are ranked together. Saves nothing (its discoveries run with
 * saveToDatabase: false), so it is a query; `metadata` says whose it is and correlates its provider calls.
 */
export class SearchAccountsQuery extends Query<AccountSearchResult> {
  constructor(
    readonly request: AccountSearchRequest,
    readonly metadata: EventMetadata,
    readonly onProgress?: (progress: AccountSearchProgress) => void | Promise<void>,
  ) {
    super();
  }
}
