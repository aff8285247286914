import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Logger } from 'pino';
import { JOB_QUEUE, type JobContext, type JobQueue } from '../../../../shared/jobs/job-queue.js';
import { LOGGER } from '../../../../shared/observability/logger.js';
import type { AccountSearchProgress, AccountSearchResult } from '../../queries/search-accounts/account-search-result.js';
import { SearchAccountsQuery } from '../../queries/search-accounts/search-accounts.query.js';
import { ACCOUNT_SEARCH_CONCURRENCY, ACCOUNT_SEARCH_QUEUE, type AccountSearchJobData } from './account-search-job.js';

/** Runs queued searches: the same SearchAccountsQuery as the synchronous GET, reporting its progress on the job. */
@Injectable()
export class AccountSearchProcessor implements OnApplicationBootstrap {
  constructor(
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly queries: QueryBus,
  ) {}

  /** After bootstrap: query handlers are registered by then, so a job left in Redis can run at once. */
  onApplicationBootstrap(): void {
    this.jobs.process<AccountSearchJobData, AccountSearchResult, AccountSearchProgress>(ACCOUNT_SEARCH_QUEUE, ACCOUNT_SEARCH_CONCURRENCY, (job) =>
      this.run(job),
    );
  }

  async run(job: JobContext<AccountSearchJobData, AccountSearchProgress>): Promise<AccountSearchResult> {
    const { request, metadata } = job.data;
    const result = await this.queries.execute(new SearchAccountsQuery(request, metadata, (progress) => job.reportProgress(progress)));
    this.logger.info(
      { jobId: job.id, matches: result.totalMatches, returned: result.returned, sampled: result.phase2.sampled, credits: result.phase2.credits.spent },
      'account search job finished',
    );
    return result;
  }
}
