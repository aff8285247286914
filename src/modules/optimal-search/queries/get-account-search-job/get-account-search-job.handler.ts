import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared/domain/domain-error.js';
import { JOB_QUEUE, type JobQueue } from '../../../../shared/jobs/job-queue.js';
import {
  ACCOUNT_SEARCH_QUEUE,
  type AccountSearchJobData,
  type AccountSearchJobStatus,
} from '../../commands/queue-account-search/account-search-job.js';
import type { AccountSearchProgress, AccountSearchResult } from '../search-accounts/account-search-result.js';
import { GetAccountSearchJobQuery } from './get-account-search-job.query.js';

/** Reads the job from the queue; a job of another workspace is reported as missing, so its existence does not leak. */
@QueryHandler(GetAccountSearchJobQuery)
export class GetAccountSearchJobHandler implements IQueryHandler<GetAccountSearchJobQuery> {
  constructor(@Inject(JOB_QUEUE) private readonly jobs: JobQueue) {}

  async execute({ workspaceId, jobId }: GetAccountSearchJobQuery): Promise<AccountSearchJobStatus> {
    const job = await this.jobs.getJob<AccountSearchJobData, AccountSearchResult, AccountSearchProgress>(ACCOUNT_SEARCH_QUEUE, jobId);
    if (!job || job.data.metadata?.workspaceId !== workspaceId) throw new DomainError('NOT_FOUND', `search job ${jobId} not found`);
    const planned = job.data.request.sampling.enabled ? job.data.request.sampling.size : 0;
    const progress: AccountSearchProgress =
      job.state === 'completed'
        ? { phase: 'done', done: job.result?.phase2.requested ?? planned, total: job.result?.phase2.requested ?? planned, percent: 100, message: 'done' }
        : (job.progress ?? { phase: 'market', done: 0, total: planned, percent: 0, message: job.state === 'failed' ? 'failed' : 'queued' });
    return {
      success: true,
      jobId: job.id,
      state: job.state,
      progress,
      ...(job.state === 'completed' && job.result ? { result: job.result } : {}),
      ...(job.state === 'failed' && job.failedReason ? { failedReason: job.failedReason } : {}),
      createdAt: job.createdAt,
      ...(job.startedAt ? { startedAt: job.startedAt } : {}),
      ...(job.finishedAt ? { finishedAt: job.finishedAt } : {}),
    };
  }
}
