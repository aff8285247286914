import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared/domain/domain-error.js';
import { JOB_QUEUE, type JobQueue } from '../../../../shared/jobs/job-queue.js';
import { BATCH_QUEUE, percentOf, type BatchJobData, type BatchProgress, type BatchResult, type BatchStatus } from './batch-job.js';
import { GetBatchStatusQuery } from './get-batch-status.query.js';

/** Reads the job from the queue; a job of another workspace is reported as missing, so its existence does not leak. */
@QueryHandler(GetBatchStatusQuery)
export class GetBatchStatusHandler implements IQueryHandler<GetBatchStatusQuery> {
  constructor(@Inject(JOB_QUEUE) private readonly jobs: JobQueue) {}

  async execute({ workspaceId, jobId }: GetBatchStatusQuery): Promise<BatchStatus> {
    const job = await this.jobs.getJob<BatchJobData, BatchResult, BatchProgress>(BATCH_QUEUE, jobId);
    if (!job || job.data.metadata?.workspaceId !== workspaceId) throw new DomainError('NOT_FOUND', `batch job ${jobId} not found`);
    const companies = job.data.companies;
    const outcomes = job.result?.outcomes ?? job.progress?.outcomes ?? [];
    const done = job.result ? job.result.total : (job.progress?.done ?? 0);
    return {
      success: true,
      jobId: job.id,
      state: job.state,
      progress: { done, total: companies.length, percent: percentOf(done, companies.length) },
      ...(job.result ? { summary: { succeeded: job.result.succeeded, failed: job.result.failed, creditsUsed: job.result.creditsUsed } } : {}),
      results: companies.map((input, index) => ({ ...(outcomes[index] ?? { index, status: 'pending' as const }), input })),
      attemptsMade: job.attemptsMade,
      ...(job.state === 'failed' && job.failedReason ? { failedReason: job.failedReason } : {}),
      createdAt: job.createdAt,
      ...(job.startedAt ? { startedAt: job.startedAt } : {}),
      ...(job.finishedAt ? { finishedAt: job.finishedAt } : {}),
    };
  }
}
