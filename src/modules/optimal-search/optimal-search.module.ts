import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EnrichmentModule } from '../enrichment/enrichment.module.js';
import { AccountSearchController } from './api/account-search.controller.js';
import { AccountSearchProcessor } from './commands/queue-account-search/account-search.processor.js';
import { QueueAccountSearchHandler } from './commands/queue-account-search/queue-account-search.handler.js';
import { GetAccountSearchJobHandler } from './queries/get-account-search-job/get-account-search-job.handler.js';
import { SearchAccountsHandler } from './queries/search-accounts/search-accounts.handler.js';
import { SearchRequestReader } from './queries/search-accounts/search-request.reader.js';

/**
 * The two-phase account search (issue 6): phase 1 filters and scores the market with the provider's free company
 * search, phase 2 samples the best candidates' buyer groups through DiscoverBuyerGroupCommand (never saving them),
 * and both are ranked together. GET on the buyer-group path, a queued variant, and `bgi search`.
 */
@Module({
  imports: [CqrsModule, EnrichmentModule],
  controllers: [AccountSearchController],
  providers: [SearchRequestReader, SearchAccountsHandler, QueueAccountSearchHandler, GetAccountSearchJobHandler, AccountSearchProcessor],
  exports: [SearchRequestReader],
})
export class OptimalSearchModule {}
